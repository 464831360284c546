import type { Actor } from '#ktf/domain';
import type { Refusal } from './decision-workflow.contract';

export const councilSessionCloseWorkflowId = (sessionId: string): string => `council-session-close-${sessionId}`;

export interface CouncilSessionCloseInput {
  sessionId: string;
  /** The secretary closing the session. */
  actor: Actor;
  nominationIds: string[];
}

export interface CouncilSessionCloseResult {
  sessionId: string;
  /** Nominations whose voting this close ended (tallied). */
  closed: string[];
  /** Nominations already out of council review (tallied earlier, withdrawn…). */
  skipped: string[];
}

/** `skipped`: no longer in council review (tallied earlier, withdrawn…); `refused`: e.g. the secretary may not act on it. */
export type VotingCloseResult = { result: 'closed' } | { result: 'skipped' } | { result: 'refused'; refusal: Refusal };

export interface CouncilSessionActivities {
  /** Closes voting on one nomination (Update `closeVoting`; a retried attempt joins the first). */
  closeNominationVoting(input: { sessionId: string; nominationId: string; runId: string; actor: Actor }): Promise<VotingCloseResult>;
  /** Marks the session closed (idempotent). */
  closeCouncilSession(sessionId: string): Promise<void>;
}
