// Temporal refusing an Update for now, against the real dev server: a workflow whose task is
// being retried takes no Update ("Workflow Task in failed state", FAILED_PRECONDITION with a
// WorkflowNotReadyFailure; an Update-with-Start gets it inside its per-operation statuses). The
// bench met it with an overloaded worker (10,000 creations at 64 at once, tasks timing out) and
// the API answered 500. It is a 503 with Retry-After: the request was not taken and may be sent again.
import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { unreachableDependency } from '../../apps/api/src/problem/dependency-outage';
import { resolveTemporalCli } from '../../infra/dev/temporal-binaries';
import { pingUpdate } from './support/not-ready.workflow';

jest.setTimeout(120_000);

describe('an Update Temporal cannot take now', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  let handle: WorkflowHandle;
  const taskQueue = `not-ready-${randomUUID()}`;
  const workflowId = `failing-task-${randomUUID()}`;

  beforeAll(async () => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    env = await TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: resolveTemporalCli() }, ip: '127.0.0.1', ui: false } });
    const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('./support/not-ready.workflow'), logger: new DefaultLogger('ERROR') });
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { code } });
    running = worker.run();
    handle = await env.client.workflow.start('failingTaskWorkflow', { workflowId, taskQueue });
    // Its first task has failed: from now on it is retried, and Updates are refused meanwhile.
    for (let i = 0; ; i++) {
      const { events } = await handle.fetchHistory();
      if (events?.some((e) => e.workflowTaskFailedEventAttributes)) break;
      if (i > 100) throw new Error('the workflow task never failed');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    await handle?.terminate().catch(() => undefined);
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  /** The request's error, which must be Temporal's refusal for a task in failed state (somewhere along its causes). */
  const refusal = async (request: Promise<unknown>) => {
    const error = await request.then(() => undefined, (e: unknown) => e);
    const messages: string[] = [];
    for (let c: unknown = error; c instanceof Error; c = c.cause) messages.push(c.message);
    expect(messages.join(' ← ')).toMatch(/Workflow Task in failed state/);
    return error;
  };

  it('names Temporal for an Update it refuses while the workflow task is retried (so the API answers 503)', async () => {
    const error = await refusal(handle.executeUpdate(pingUpdate));
    // The API's problem filter answers every error so named 503 with Retry-After (the outage e2e shows that).
    expect(unreachableDependency(error)).toBe('temporal');
  });

  it('names Temporal for an Update-with-Start (a create-and-submit) refused so, inside the operations’ statuses', async () => {
    const start = new WithStartWorkflowOperation('failingTaskWorkflow', { workflowId, taskQueue, workflowIdConflictPolicy: 'USE_EXISTING' });
    const error = await refusal(env.client.workflow.executeUpdateWithStart(pingUpdate, { startWorkflowOperation: start }));
    expect(unreachableDependency(error)).toBe('temporal');
  });

  it('names nothing for an Update to a workflow that has ended: a refusal that stays one', async () => {
    await handle.terminate();
    const error = await handle.executeUpdate(pingUpdate).then(() => undefined, (e: unknown) => e);
    expect(error).toBeDefined();
    expect(unreachableDependency(error)).toBeNull();
  });
});
