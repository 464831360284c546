// Runs the compiled nomination workflow (dist/) on the time-skipping test server with a real
// Worker whose activities are the worker's own, over the shared Postgres of the workflow project
// (./postgres-global-setup), wrapped only with test hooks (./real-activities). One environment,
// bundle, worker and database connection per test file; every nomination gets its own id. The
// people, units and council are the seeded ones (libs/persistence seed), as in `npm start`.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client, WorkflowHandle, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, Duration } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, type Logger, Runtime, Worker } from '@temporalio/worker';
import {
  ActorRequest,
  appraiseUpdate,
  NominationWorkflow,
  nominationWorkflowId,
  NominationWorkflowInput,
  SubmissionContext,
  reserveForDecisionUpdate,
  signUpdate,
  snapshotQuery,
  submitUpdate,
  voteUpdate,
  WORKFLOW_TYPES,
} from '#ktf/contracts';
import type { Actor, VoteChoice } from '#ktf/domain';
import { councilId, type DataSource, findSeedUser, unitId } from '#ktf/persistence';
import { findRepoRoot, resolveTemporalCli, resolveTemporalTestServer } from '../../../infra/dev/temporal-binaries';
import { testCodec } from './codec';
import { historyRecorder } from './history-recorder';
import { ActivityHooks, hookedActivities, workerActivities } from './real-activities';
import { TestDatabase } from './test-database';

/** When the test decisions were signed: a recorded fact, not compared with the server's clock. */
export const SIGNED_AT = '2025-01-15T03:00:00.000Z';
/** Văn phòng UBND tỉnh: officerA's unit; no council member belongs to it. */
export const UNIT_A = unitId('VP-UBND');
/** UBND xã Đồng Thịnh: officerB's unit, and council member 5's (recused from its nominations). */
export const UNIT_B = unitId('XA-DONG-THINH');
/** The provincial council (Hội đồng TĐKT tỉnh): members 1–5. */
export const PROVINCE_COUNCIL_ID = councilId('HD-TDKT-TINH');

/** A seeded user as the API builds the actor from their JWT: `{ id, roles, unitId }`. */
function seeded(username: string): Actor {
  const user = findSeedUser(username);
  if (!user) throw new Error(`${username} is not a seeded user`);
  return { id: user.id, roles: [...user.roles], unitId: user.unitId };
}
export const officerA = seeded('officer.vp');
export const officerB = seeded('officer.dongthinh');
export const members = [1, 2, 3, 4, 5].map((k) => seeded(`council.${k}`));
export const secretary = seeded('secretary');
export const appraiser = seeded('appraiser');
export const signer = seeded('chairman'); // signs for UBND
export const admin = seeded('admin');
/** A signer as the API sends it: with the authority they sign for. */
export const asSigner: ActorRequest = { actor: signer, signerAuthority: 'UBND' };

/** Ids as the database lists people (council members, recipients): ordered by id. */
export const idsOf = (...actors: Actor[]): string[] => actors.map((a) => a.id).sort();

export interface WorkflowTestEnv {
  env: TestWorkflowEnvironment;
  /**
   * A plain client on the test server. `env.client` unlocks time skipping while it awaits a
   * result, and the server then jumps its one clock to the next pending timer of any workflow,
   * even the 10-year default execution timeout of one that already completed (observed: each
   * `result()` moved the clock ~10 years). With this client only `env.sleep` moves time.
   */
  client: Client;
  /** The one task queue of this file's worker; tests are kept apart by workflow id. */
  taskQueue: string;
  /** The shared Postgres the activities write to: what the tests assert on. */
  db: TestDatabase;
  /** Whose hooks wrap the activities of a workflow (by workflow id). */
  hooks: Map<string, ActivityHooks>;
  workflowTaskTimeout?: Duration;
  teardown(): Promise<void>;
}

export interface TestEnvOptions {
  /** Activities that replace the worker's own (e.g. campaign doubles), or how to make them from the test database. */
  otherActivities?: object | ((ds: DataSource) => object);
  /** Where the worker's log goes (default: warnings and errors to the console); one per test file. */
  logger?: Logger;
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
  Runtime.install({ logger: opts.logger ?? new DefaultLogger('WARN') });
  const db = await TestDatabase.connect(`ktf-workflow-tests-${randomUUID().slice(0, 8)}`);
  const env = await (opts.server === 'dev' ? startDevServer() : startTimeSkippingServer());
  // KTF_WORKFLOWS_PATH runs the same tests against another build of the workflows (e.g. an older commit).
  const workflowsPath = require.resolve(process.env.KTF_WORKFLOWS_PATH ?? join(findRepoRoot(__dirname), 'dist', 'workflows', 'src'));
  const bundle = await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
  const hooks = new Map<string, ActivityHooks>();
  const taskQueue = `nominations-${randomUUID()}`;
  const real = workerActivities(db.ds);
  // Payloads encrypted as in production, so the tests run the codec on every Update and query.
  const dataConverter = { payloadCodecs: [testCodec()] };
  const worker = await Worker.create({
    dataConverter,
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: bundle,
    activities: {
      ...real,
      ...hookedActivities(real, (workflowId) => hooks.get(workflowId)),
      ...(typeof opts.otherActivities === 'function' ? opts.otherActivities(db.ds) : opts.otherActivities),
    },
  });
  const running = worker.run();
  const recorder = historyRecorder();
  const client = new Client({ connection: env.connection, namespace: env.namespace, dataConverter, interceptors: { workflow: [recorder.interceptor] } });
  return {
    env,
    client,
    taskQueue,
    db,
    hooks,
    workflowTaskTimeout: opts.workflowTaskTimeout,
    async teardown() {
      worker.shutdown();
      await running;
      await recorder.flush(client);
      await env.teardown();
      await db.close();
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

/** A nomination under test: its workflow handle, and its rows in the database. */
export class Nomination {
  constructor(
    readonly id: string,
    readonly handle: WorkflowHandle,
    readonly db: TestDatabase,
  ) {}

  /** Its audit chain as stored, in sequence order. */
  events() {
    return this.db.events(this.id);
  }
  async actions(): Promise<string[]> {
    return (await this.events()).map((e) => e.action);
  }
  /** Its read-model row. */
  projection() {
    return this.db.projection(this.id);
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
  /** The hooks on this test's activities (gates, crashes, what they were called with). */
  hooks: ActivityHooks;
  db: TestDatabase;
  /**
   * Inserts the draft row, as the API does, and starts the nomination's workflow; `submitting`:
   * started as the API's create-and-submit starts it (send the submit with it, a gate held).
   */
  start(awardCode: string, unitId?: string, opts?: { submitting?: boolean; submission?: SubmissionContext }): Promise<Nomination>;
}

/** Polls `probe` until it returns true (the workflow writes after an Update returns, e.g. notices). */
export async function eventually(probe: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until `action` is in the nomination's stored trail. */
export const untilAction = (n: Nomination, action: string) => eventually(async () => (await n.actions()).includes(action), `${action} in the trail`);

/** Waits until the database holds everything the workflow has committed so far (at least `created`). */
export async function settled(n: Nomination): Promise<void> {
  const transition = Math.max(1, (await n.snapshot()).transition);
  await eventually(async () => ((await n.projection())?.transition ?? 0) >= transition, `transition ${transition} to be recorded`);
}

/**
 * Runs `body` with fresh hooks (and fresh nominations). Afterwards, every gate is opened and
 * each nomination still running is terminated once idle, so nothing of this test keeps a timer
 * or a task on the shared server clock.
 */
export async function withWorker<T>(t: WorkflowTestEnv, body: (ctx: RunContext) => Promise<T>, hooks = new ActivityHooks()): Promise<T> {
  const started: WorkflowHandle[] = [];
  const start = async (awardCode: string, unitId = UNIT_A, opts: { submitting?: boolean; submission?: SubmissionContext } = {}) => {
    const id = randomUUID();
    const createdBy = unitId === UNIT_B ? officerB : officerA;
    await t.db.insertDraft(id, unitId, awardCode, createdBy.id);
    const workflowId = nominationWorkflowId(id);
    t.hooks.set(workflowId, hooks);
    const input: NominationWorkflowInput = { nominationId: id, unitId, createdBy, ...(opts.submitting ? { submitting: true } : {}), ...(opts.submission ? { submission: opts.submission } : {}) };
    const handle = await t.client.workflow.start<NominationWorkflow>(WORKFLOW_TYPES.nomination, { taskQueue: t.taskQueue, workflowId, args: [input], workflowTaskTimeout: t.workflowTaskTimeout });
    started.push(handle);
    const n = new Nomination(id, handle, t.db);
    // A submit that arrives before `created` is recorded rides with it in one transition. Tests
    // that want that race hold loadNominationContext first; the others get a recorded draft, so
    // their transition numbers do not depend on timing.
    if (!hooks.loadContextGate) await eventually(async () => (await n.events()).length > 0, `${id} to be created`);
    return n;
  };
  // Fail a stuck test before jest's own timeout, so the cleanup below always runs.
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('test body did not finish within 45 s')), 45_000);
  });
  try {
    return await Promise.race([body({ hooks, db: t.db, start }), guard]);
  } finally {
    clearTimeout(timer);
    hooks.releaseGates(); // activities held on a gate must finish
    for (const handle of started) await stop(handle);
    for (const handle of started) t.hooks.delete(handle.workflowId);
  }
}

/** The workflow has ended, or has no activity and no workflow task pending (it waits for an Update or a timer). */
async function isIdle(handle: WorkflowHandle): Promise<boolean> {
  const d = await handle.describe();
  return d.status.name !== 'RUNNING' || (!d.raw.pendingActivities?.length && !d.raw.pendingWorkflowTask);
}

/** Waits until each nomination is idle: whatever its last workflow task decided (a transition, its notices) is recorded. */
export async function idle(...ns: Nomination[]): Promise<void> {
  for (const n of ns) await eventually(() => isIdle(n.handle), `${n.id} to be idle`);
}

async function stop(handle: WorkflowHandle): Promise<void> {
  await eventually(() => isIdle(handle), `${handle.workflowId} to be idle`, 5_000).catch(() => undefined);
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

/** Asserts the refusal left no trace: no audit event, the read-model row untouched, same transition. */
export async function expectRefusedWithoutTrace(n: Nomination, update: () => Promise<unknown>, type: string) {
  await settled(n);
  const before = { events: await n.events(), row: await n.db.row(n.id), snapshot: await n.snapshot() };
  const failure = await expectRefused(update(), type);
  expect(await n.events()).toEqual(before.events);
  expect(await n.db.row(n.id)).toEqual(before.row);
  expect(await n.snapshot()).toEqual(before.snapshot);
  return failure;
}

/**
 * The stored trail is whole: sequences exactly 1..N, every prev_hash the previous hash and every
 * hash recomputed from its row; the same for the nomination's notice chain, each of whose notices
 * has a stored row for exactly the recipients its event names.
 */
export async function expectGapFreeChain(n: Nomination): Promise<void> {
  const events = await n.events();
  expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));
  expect(await n.db.verify('nomination', n.id)).toMatchObject({ ok: true, checked: events.length, brokenCount: 0 });
  expect(await n.db.verify('notification', n.id)).toMatchObject({ ok: true, brokenCount: 0 });
  const notices = await n.db.notices(n.id);
  for (const notice of notices) expect([notice.key, notice.recipients]).toEqual([notice.key, [...notice.announced].sort()]);
  expect(new Set(notices.map((x) => x.key)).size).toBe(notices.length);
}
