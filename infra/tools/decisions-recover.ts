import { Client, Connection } from '@temporalio/client';
import { loadConfig, payloadCodecFor, temporalConnectionOptions, temporalDataConverter } from '#ktf/config';
import { connectDatabase, DecisionRepository, ReferenceRepository } from '#ktf/persistence';
import { DecisionRecovery } from '../../apps/api/src/decisions/decision-recovery';

/**
 * One-off recovery of batch signing left behind by the code before the decision workflow
 * (the API also runs it at start-up):
 *
 *   npm run -s decisions:recover -- [--grace-seconds 60] [--no-wait]
 *
 * with the API's environment (DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE,
 * TEMPORAL_TASK_QUEUE, and the TEMPORAL_TLS_* / TEMPORAL_API_KEY settings). Decisions stuck `numbered` are finished, reservations for decisions
 * without a number are released, each by the decision's own workflow; by default it waits
 * for them and prints what happened. Exit status: 0 done, 1 something failed or was skipped.
 */
async function main(argv: string[]): Promise<number> {
  const graceAt = argv.indexOf('--grace-seconds');
  const graceSeconds = graceAt >= 0 ? Number(argv[graceAt + 1]) : 60;
  if (!Number.isFinite(graceSeconds) || graceSeconds < 0) throw new Error('--grace-seconds needs a number ≥ 0');
  const config = loadConfig();
  const ds = await connectDatabase({ url: config.DATABASE_URL, applicationName: 'ktf-decisions-recover' });
  const connection = await Connection.connect(temporalConnectionOptions(config));
  try {
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: temporalDataConverter(payloadCodecFor(config)) });
    const recovery = new DecisionRecovery(client, config.TEMPORAL_TASK_QUEUE, new DecisionRepository(ds), new ReferenceRepository(ds));
    const report = await recovery.recover(graceSeconds * 1000);
    console.log(`resumed (numbered, now signing): ${report.resumed.join(', ') || 'none'}`);
    console.log(`releasing (reserved, no number): ${report.released.join(', ') || 'none'}`);
    for (const s of report.skipped) console.log(`skipped ${s.decisionId}: ${s.why}`);
    let failed = report.skipped.length;
    if (!argv.includes('--no-wait')) {
      for (const [i, settled] of (await Promise.allSettled(report.results)).entries()) {
        if (settled.status === 'rejected') {
          failed += 1;
          console.log(`decision workflow #${i + 1} failed: ${settled.reason instanceof Error ? settled.reason.message : String(settled.reason)}`);
        } else if (settled.value.outcome === 'signed') {
          console.log(`signed ${settled.value.decision.id} as ${settled.value.decision.number}`);
        } else {
          console.log(`released ${settled.value.decisionId}: ${settled.value.nominationIds.join(', ')}`);
        }
      }
    }
    return failed ? 1 : 0;
  } finally {
    await connection.close();
    await ds.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
