import { closeVotingUpdate } from '#ktf/contracts';
import type { CouncilSessionActivities, VotingCloseResult } from '#ktf/contracts';
import { activityClientUpdater, NominationUpdater } from './nomination-updates';

export interface CouncilSessionStore {
  close(sessionId: string): Promise<void>;
}

export function createCouncilSessionActivities(sessions: CouncilSessionStore, nominations: NominationUpdater = activityClientUpdater): CouncilSessionActivities {
  return {
    async closeNominationVoting({ sessionId, nominationId, runId, actor }): Promise<VotingCloseResult> {
      const answer = await nominations.update(nominationId, closeVotingUpdate, `council-session:${sessionId}:${runId}:close`, { actor, signerAuthority: null });
      if ('done' in answer) return { result: 'closed' };
      if ('gone' in answer) return { result: 'skipped' };
      if (answer.refused.code !== 'stage_conflict') return { result: 'refused', refusal: answer.refused };
      // Out of council review: tallied already (or withdrawn…). Still in it: a stage is opening
      // (e.g. a voting deadline being scheduled), so try again in a moment.
      const now = await nominations.snapshot(nominationId);
      if (now.stage === 'council_review' && now.status === 'in_progress') throw new Error(`${nominationId}: ${answer.refused.message}`);
      return { result: 'skipped' };
    },
    closeCouncilSession: (sessionId) => sessions.close(sessionId),
  };
}
