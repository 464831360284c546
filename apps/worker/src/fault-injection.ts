import type { NominationActivities } from '#ktf/contracts';

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
