// Replays every recorded history (test/workflows/histories, written by `npm run histories:record`)
// against the workflow code built in dist/: a change that would break a workflow already running
// in production (a nomination lives for months) fails here, not on the first open nomination.
// See README "Changing workflow code". Recorded sets are never deleted: each is old code's work.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { historyFromJson } from './support/history-json';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { WORKFLOW_TYPES } from '#ktf/contracts';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';
import { replayCodec } from './support/codec';

jest.setTimeout(300_000);

const root = join(__dirname, 'histories');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** The workflow type a history's first event started. */
function typeOf(history: ReturnType<typeof historyFromJson>): string | null | undefined {
  return history.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name;
}

describe('recorded histories replay on the current workflow code', () => {
  const files = jsonFiles(root).sort();
  const histories = files.map((file) => ({ workflowId: relative(root, file), history: historyFromJson(JSON.parse(readFileSync(file, 'utf8'))) }));

  it('has histories of every workflow type', () => {
    // An empty directory would make the replay below pass while proving nothing.
    expect(files.length).toBeGreaterThan(0);
    const types = new Set(histories.map((h) => typeOf(h.history)));
    for (const type of Object.values(WORKFLOW_TYPES)) expect([type, types.has(type)]).toEqual([type, true]);
  });

  it('has encrypted histories among them, so the replay below runs the payload codec', () => {
    const sealed = files.filter((file) => readFileSync(file, 'utf8').includes(Buffer.from('binary/encrypted').toString('base64')));
    expect(sealed.length).toBeGreaterThan(0);
  });

  it('replays each of them without a nondeterminism error', async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const workflowsPath = require.resolve(process.env.KTF_WORKFLOWS_PATH ?? join(findRepoRoot(__dirname), 'dist', 'workflows', 'src'));
    // With the request-context interceptors production bundles (absent from older builds): the
    // headers they copy onto activities must change no command.
    const requestContext = join(dirname(workflowsPath), 'request-context.interceptors.js');
    const workflowInterceptorModules = existsSync(requestContext) ? [requestContext] : [];
    const workflowBundle = await bundleWorkflowCode({ workflowsPath, workflowInterceptorModules, logger: new DefaultLogger('WARN') });
    const failed: string[] = [];
    let replayed = 0;
    // Histories recorded since payload encryption hold ciphertext under the committed replay key;
    // older ones hold plain payloads, which the codec passes through (as production's would).
    const dataConverter = { payloadCodecs: [replayCodec()] };
    for await (const result of Worker.runReplayHistories({ workflowBundle, dataConverter }, histories)) {
      replayed += 1;
      if (result.error) failed.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failed).toEqual([]);
    expect(replayed).toBe(histories.length);
  });
});
