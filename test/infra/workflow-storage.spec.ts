// The worker's workflow bundle against the real dev server: open workflows must not each keep an
// AsyncLocalStorage of their own. Node gives every new promise of the workflow thread a slot per
// enabled storage, so one per cached workflow made each promise grow with the open nominations:
// ~3 MB of worker memory per creation, and workflow tasks of 5–10 s at 1,000 open (the full
// bench's memory scenario collapsed). The bundle is built as the worker's is (interceptors and
// preloaded modules), around two probe workflows.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { findRepoRoot, resolveTemporalCli } from '../../infra/dev/temporal-binaries';
import type * as WorkflowSource from '../../apps/worker/src/workflow-source';
import { releaseSignal } from './support/promise-slots.workflow';

jest.setTimeout(120_000);

const OPEN = 40;

describe('the workflow thread with many open workflows', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `promise-slots-${randomUUID()}`;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    env = await TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: resolveTemporalCli() }, ip: '127.0.0.1', ui: false } });
    // The compiled worker's options: their module paths are the compiled ones the bundler can read.
    const compiled: typeof WorkflowSource = await import(join(findRepoRoot(__dirname), 'dist/apps/worker/src/workflow-source.js'));
    const { workflowBundleOptions } = compiled;
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./support/promise-slots.workflow'), ...workflowBundleOptions(false), logger: new DefaultLogger('ERROR') });
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { code } });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  const slots = () => env.client.workflow.execute('promiseSlotsWorkflow', { workflowId: `slots-${randomUUID()}`, taskQueue }) as Promise<number>;

  it('gives a promise as many storage slots with 40 workflows open as with none', async () => {
    const before = await slots();
    // The request context's storage is enabled while a workflow runs: the count sees it.
    expect(before).toBeGreaterThan(0);
    const handles = await Promise.all(Array.from({ length: OPEN }, () => env.client.workflow.start('openWorkflow', { workflowId: `open-${randomUUID()}`, taskQueue })));
    // Each has run its first task (and so its interceptors) and waits in the cache.
    for (const handle of handles) {
      for (let i = 0; !(await handle.fetchHistory()).events?.some((e) => e.workflowTaskCompletedEventAttributes); i++) {
        if (i > 100) throw new Error(`${handle.workflowId} never ran`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    expect(await slots()).toBe(before);
    await Promise.all(handles.map((handle) => handle.signal(releaseSignal)));
    await Promise.all(handles.map((handle) => handle.result()));
  });
});
