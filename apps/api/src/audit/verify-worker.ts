import { parentPort, workerData } from 'node:worker_threads';
import { ChainVerifier } from '#ktf/domain';
import { AuditChainReader, connectDatabase, DataSource, sha256Hex } from '#ktf/persistence';
import type { FromWorker, RangeTask, ToWorker, VerifyWorkerData } from './verify-protocol';

/**
 * A verify worker thread (started by VerifyWorkerPool): verifies one key range at a time in
 * the snapshot it is given, with the verifier the rest of the service uses, and reports
 * counts after each batch. Its one database connection stays open between ranges.
 */
const port = parentPort;
if (!port) throw new Error('verify-worker runs as a worker thread');
const { databaseUrl } = workerData as VerifyWorkerData;
let database: Promise<DataSource> | undefined;
/** The pool gives a thread one range at a time. */
let current: { task: number; stop: boolean } | null = null;

const post = (m: FromWorker) => port.postMessage(m);

port.on('message', (m: ToWorker) => {
  switch (m.type) {
    case 'range':
      void verifyRange(m);
      break;
    case 'stop':
      if (current?.task === m.task) current.stop = true;
      break;
    case 'close':
      void close();
      break;
  }
});

function connect(): Promise<DataSource> {
  database ??= connectDatabase({ url: databaseUrl, poolSize: 1, applicationName: 'ktf-api-verify' }).catch((e: unknown) => {
    database = undefined; // the next range tries again
    throw e;
  });
  return database;
}

async function verifyRange(t: RangeTask): Promise<void> {
  const state = { task: t.task, stop: false };
  current = state;
  try {
    const reader = new AuditChainReader(await connect());
    const verifier = new ChainVerifier(sha256Hex, { maxBreaks: t.maxBreaks });
    for await (const batch of reader.batches(t.filter, { snapshot: t.snapshot, range: t.range })) {
      for (const row of batch) verifier.push(row);
      post({ type: 'progress', task: t.task, ...verifier.progress });
      if (state.stop) break;
    }
    post({ type: 'done', task: t.task, result: verifier.result() });
  } catch (e) {
    post({ type: 'failed', task: t.task, message: e instanceof Error ? e.message : String(e) });
  } finally {
    current = null;
  }
}

/** Ends the connection, then lets the thread finish on its own. */
async function close(): Promise<void> {
  const ds = await database?.catch(() => undefined);
  await ds?.destroy().catch(() => undefined);
  port?.close();
}
