import type { DecisionActivities, NominationActivities } from '#ktf/contracts';

/**
 * TEST-ONLY fault injection. `KTF_FAULT_EXIT_AFTER_RECORD=<n>` makes this worker process
 * exit with status 137 (as if SIGKILLed) right after the n-th `recordTransition` of the
 * process has committed its database transaction, before Temporal learns the activity
 * completed. That is the window where a retried activity could duplicate or skip audit
 * events; test/e2e/audit.e2e-spec.ts uses it to prove neither happens. Refused when
 * NODE_ENV=production.
 */
export function withFaultInjection<T extends Pick<NominationActivities, 'recordTransition'>>(activities: T, env: NodeJS.ProcessEnv = process.env): T {
  const raw = env.KTF_FAULT_EXIT_AFTER_RECORD;
  if (!raw) return activities;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error('KTF_FAULT_EXIT_AFTER_RECORD must be a positive integer');
  if (env.NODE_ENV === 'production') throw new Error('KTF_FAULT_EXIT_AFTER_RECORD is a test-only setting and is refused in production');
  console.warn(`worker: FAULT INJECTION (test only): exit(137) after recordTransition #${n} commits`);
  let calls = 0;
  return {
    ...activities,
    async recordTransition(input: Parameters<T['recordTransition']>[0]) {
      calls += 1;
      const recorded = await activities.recordTransition(input);
      if (calls === n) {
        console.warn(`worker: fault injection: exiting after recordTransition #${n} (${input.nominationId}, transition ${input.projection.transition})`);
        process.exit(137);
      }
      return recorded;
    },
  };
}

export const DECISION_FAULT_STEPS = ['numbered', 'first_signature'] as const;

/**
 * TEST-ONLY fault injection for batch signing. `KTF_FAULT_EXIT_AT_DECISION_STEP=numbered` makes
 * this worker exit with status 137 right after a decision's number is committed (before
 * Temporal hears of it); `=first_signature` right after the first nomination this process signs
 * into a decision has been signed. The decision workflow must then finish on the next worker
 * with the same number, no gap and no duplicate (test/e2e/decision-durability.e2e-spec.ts).
 * Refused when NODE_ENV=production.
 */
export function withDecisionFaults<T extends Pick<DecisionActivities, 'takeDecisionNumber' | 'signNomination'> & Pick<NominationActivities, 'recordTransition'>>(
  activities: T,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const step = env.KTF_FAULT_EXIT_AT_DECISION_STEP;
  if (!step) return activities;
  if (!(DECISION_FAULT_STEPS as readonly string[]).includes(step)) throw new Error(`KTF_FAULT_EXIT_AT_DECISION_STEP must be one of ${DECISION_FAULT_STEPS.join(', ')}`);
  if (env.NODE_ENV === 'production') throw new Error('KTF_FAULT_EXIT_AT_DECISION_STEP is a test-only setting and is refused in production');
  console.warn(`worker: FAULT INJECTION (test only): exit(137) at decision step ${step}`);
  const exit = (what: string) => {
    console.warn(`worker: fault injection: exiting after ${what}`);
    process.exit(137);
  };
  return {
    ...activities,
    async takeDecisionNumber(input: Parameters<T['takeDecisionNumber']>[0]) {
      const decision = await activities.takeDecisionNumber(input);
      if (step === 'numbered') exit(`numbering decision ${input.decisionId} (${decision.number})`);
      return decision;
    },
    async signNomination(input: Parameters<T['signNomination']>[0]) {
      await activities.signNomination(input);
      if (step === 'first_signature') exit(`signing ${input.nominationId} into decision ${input.decisionId}`);
    },
    // A decision of one nomination takes these steps in its own transitions' transactions.
    async recordTransition(input: Parameters<T['recordTransition']>[0]) {
      const recorded = await activities.recordTransition(input);
      const d = input.decision;
      if (d && 'number' in d && step === 'numbered') exit(`numbering decision ${d.number.decisionId} (${recorded.decision?.number}) with its reservation`);
      if (d && 'seal' in d && step === 'first_signature') exit(`signing ${input.nominationId} into decision ${d.seal.decisionId}`);
      return recorded;
    },
  };
}
