import * as wf from '@temporalio/workflow';
import type { DomainErrorCode } from '#ktf/domain';
import type { CouncilSessionActivities, CouncilSessionCloseInput, CouncilSessionCloseResult } from '#ktf/contracts';
import { toFailure } from './failures';

const acts = wf.proxyActivities<CouncilSessionActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
});

/**
 * Closes a council session: ends voting on every nomination of its agenda still in council
 * review (each tallies with the ballots cast), then marks the session closed. Started by the
 * API and finished here, so a crash of either process leaves no session half closed for good.
 * A refusal (e.g. the secretary served another duty on one nomination) fails it with that
 * refusal and leaves the session open, as a closing done by hand would stop there.
 */
export async function councilSessionCloseWorkflow(input: CouncilSessionCloseInput): Promise<CouncilSessionCloseResult> {
  const { runId } = wf.workflowInfo();
  const results = await Promise.all(
    input.nominationIds.map((nominationId) => acts.closeNominationVoting({ sessionId: input.sessionId, nominationId, runId, actor: input.actor })),
  );
  const refused = results.findIndex((r) => r.result === 'refused');
  const first = results[refused];
  if (first?.result === 'refused') {
    const { code, message, details } = first.refusal;
    throw toFailure({ code: code as DomainErrorCode, message, details: { ...details, nominationId: input.nominationIds[refused] } });
  }
  await acts.closeCouncilSession(input.sessionId);
  const ids = (result: string) => input.nominationIds.filter((_, i) => results[i].result === result);
  return { sessionId: input.sessionId, closed: ids('closed'), skipped: ids('skipped') };
}
