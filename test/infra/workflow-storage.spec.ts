// The worker's workflow bundle against the real dev server: open workflows must not each keep an
// AsyncLocalStorage of their own. Node gives every new promise of the workflow thread a slot per
// enabled storage, so one per cached workflow made each promise grow with the open nominations:
// ~3 MB of worker memory per creation, and workflow tasks of 5–10 s at 1,000 open (the full
// bench's memory scenario collapsed). The bundle is built as the worker's is (interceptors and
// preloaded modules), around two probe workflows.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { findRepoRoot, resolveTemporalCli } from '../../infra/dev/temporal-binaries';
import type * as WorkflowSource from '../../apps/worker/src/workflow-source';
import { releaseSignal } from './support/promise-slots.workflow';

jest.setTimeout(120_000);

const OPEN = 40;

describe('the workflow thread with many open workflows', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  let taskQueue: string;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    env = await TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: resolveTemporalCli() }, ip: '127.0.0.1', ui: false } });
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  /** A worker on a queue of its own, its bundle built as the worker's is (the compiled options: their module paths are the ones the bundler can read). */
  async function startWorker(traced: boolean, maxCachedWorkflows?: number): Promise<void> {
    if (worker) {
      worker.shutdown();
      await running;
    }
    taskQueue = `promise-slots-${randomUUID()}`;
    const compiled: typeof WorkflowSource = await import(join(findRepoRoot(__dirname), 'dist/apps/worker/src/workflow-source.js'));
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./support/promise-slots.workflow'), ...compiled.workflowBundleOptions(traced), logger: new DefaultLogger('ERROR') });
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { code }, ...(maxCachedWorkflows ? { maxCachedWorkflows } : {}) });
    running = worker.run();
  }

  /** Opens `count` workflows and waits until each has run its first task (and so its interceptors). */
  async function openWorkflows(count: number): Promise<WorkflowHandle[]> {
    const handles = await Promise.all(Array.from({ length: count }, () => env.client.workflow.start('openWorkflow', { workflowId: `open-${randomUUID()}`, taskQueue })));
    for (const handle of handles) {
      for (let i = 0; !(await handle.fetchHistory()).events?.some((e) => e.workflowTaskCompletedEventAttributes); i++) {
        if (i > 100) throw new Error(`${handle.workflowId} never ran`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return handles;
  }

  async function release(handles: WorkflowHandle[]): Promise<void> {
    await Promise.all(handles.map((handle) => handle.signal(releaseSignal)));
    await Promise.all(handles.map((handle) => handle.result()));
  }

  const slots = () => env.client.workflow.execute('promiseSlotsWorkflow', { workflowId: `slots-${randomUUID()}`, taskQueue }) as Promise<number>;

  it('gives a promise as many storage slots with 40 workflows open as with none', async () => {
    await startWorker(false);
    const before = await slots();
    // The request context's storage is enabled while a workflow runs: the count sees it.
    expect(before).toBeGreaterThan(0);
    const handles = await openWorkflows(OPEN);
    expect(await slots()).toBe(before);
    await release(handles);
  });

  // OpenTelemetry's workflow interceptors (the SDK's, tracing on) still keep one per cached
  // workflow; an evicted workflow gives its storage back, which is why a traced worker's cache
  // is bounded (workflowCacheSize).
  it('with tracing, gives a promise no more slots than the workflows the cache holds', async () => {
    const cache = 10;
    await startWorker(true, cache);
    const before = await slots();
    const handles = await openWorkflows(OPEN);
    const after = await slots();
    expect(after - before).toBeGreaterThan(0);
    expect(after - before).toBeLessThanOrEqual(cache);
    await release(handles);
  });
});
