import * as wf from '@temporalio/workflow';
import type { DomainErrorCode } from '#ktf/domain';
import {
  DecisionOutcome,
  DecisionProgress,
  decisionProgressQuery,
  DecisionRecord,
  DecisionWorkflowInput,
  NominationCall,
} from '#ktf/contracts';
import type { DecisionActivities } from '#ktf/contracts';
import { toFailure } from './failures';

/**
 * Unlimited attempts, short attempts: every step is idempotent (Updates carry an id derived
 * from this run, the number is taken once per decision id, sealing happens once), so an attempt
 * lost with a crashed worker is simply made again after 10 s, and it joins what the first did.
 */
export const STEP_OPTIONS = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '10 seconds' },
} as const;
const ordinarySteps = wf.proxyActivities<DecisionActivities>(STEP_OPTIONS);
/**
 * The same steps run in the worker's workflow task: no trip through matching and no extra
 * workflow task per step (~15–20 ms each). A worker lost mid-step times the task out and the
 * next worker runs the steps not yet recorded again, which the idempotency above makes safe.
 */
const localSteps = wf.proxyLocalActivities<DecisionActivities>(STEP_OPTIONS);

/**
 * One decision (quyết định) over a batch of nominations, all or nothing, owned by this
 * workflow from the first reservation to the sealed decision: whatever crashes (the API that
 * started it, the worker running it), it either signs every nomination under one gap-free
 * number or releases every reservation it took, and never takes a number for a refused batch.
 */
export async function decisionWorkflow(input: DecisionWorkflowInput): Promise<DecisionOutcome> {
  // Runs started before this patch replay their ordinary activities, sealing with the PDF made last.
  const fast = wf.patched('decision-local-steps-early-document');
  const acts = fast ? localSteps : ordinarySteps;
  const { runId } = wf.workflowInfo();
  const progress: DecisionProgress = { decisionId: input.decisionId, mode: input.mode, phase: 'reserving', reserved: [], signed: [], number: null };
  wf.setHandler(decisionProgressQuery, () => ({ ...progress, reserved: [...progress.reserved], signed: [...progress.signed] }));
  const call = (nominationId: string): NominationCall => ({
    decisionId: input.decisionId,
    nominationId,
    runId,
    actor: input.actor,
    signerAuthority: input.signerAuthority,
  });

  const releaseAll = async (ids: string[]) => {
    progress.phase = 'releasing';
    await Promise.all(ids.map((id) => acts.releaseNomination(call(id))));
    progress.reserved = [];
    progress.phase = 'released';
  };

  if (input.mode === 'release') {
    await releaseAll(input.nominationIds);
    return { outcome: 'released', decisionId: input.decisionId, nominationIds: input.nominationIds };
  }

  if (input.mode === 'sign') {
    // One by one, in the order given: the first refusal names its nomination.
    for (const id of input.nominationIds) {
      const refusal = await acts.reserveNomination(call(id));
      if (refusal) {
        await releaseAll(progress.reserved);
        throw toFailure({ code: refusal.code as DomainErrorCode, message: refusal.message, details: { ...refusal.details, nominationId: id } });
      }
      progress.reserved.push(id);
    }
  }

  progress.phase = 'numbering';
  const decision = await number(input, acts);
  progress.number = decision.number;

  // Every nomination is reserved for this decision: none can refuse any more. Its PDF needs only
  // the number and the awardees, so it is drawn and signed while the nominations are signed.
  progress.phase = 'signing';
  const [document] = await Promise.all([
    fast ? acts.prepareDecisionDocument(input.decisionId) : Promise.resolve(undefined),
    ...input.nominationIds.map(async (id) => {
      await acts.signNomination({ ...call(id), decisionNumber: decision.number, signedAt: decision.signedAt });
      progress.signed.push(id);
    }),
  ]);

  progress.phase = 'sealing';
  const sealed = await acts.sealDecision({ decisionId: input.decisionId, actorId: input.actor.id, ...(document !== undefined ? { document } : {}) });
  progress.phase = 'signed';
  return { outcome: 'signed', decision: sealed };
}

/** A new batch takes the next number (once per decision id); a resumed one has its number already. */
async function number(input: DecisionWorkflowInput, acts: typeof ordinarySteps): Promise<DecisionRecord> {
  if (input.mode === 'resume') {
    const found = await acts.findDecision(input.decisionId);
    if (!found) throw toFailure({ code: 'not_found', message: `decision ${input.decisionId} has no number to resume`, details: {} });
    return found;
  }
  // Signed under a delegation: the number is stored with it (both people, the KT./TL. lines).
  // Behind a patch although only new inputs carry `signing`: the activity's arguments change.
  const delegated = input.signing !== undefined && input.signing.capacity !== 'direct' && wf.patched('decision-delegated-signing');
  return acts.takeDecisionNumber({
    decisionId: input.decisionId,
    kind: input.kind,
    authority: input.authority,
    signerId: input.actor.id,
    nominationIds: input.nominationIds,
    signedAt: new Date(Date.now()).toISOString(),
    ...(delegated ? { signing: input.signing } : {}),
  });
}
