// Batch signing and council-session closes survive crashes: the worker killed right after a
// decision's number is committed, or right after its first signature (test-only fault points,
// KTF_FAULT_EXIT_AT_DECISION_STEP), and the API killed in the middle of POST /decisions and of a
// session close. Whatever dies, the decision completes (or is fully released) by itself, and the
// number sequence has no gap and no duplicate. Also: what the code before the decision workflow
// left behind (reservations without a decision, decisions stuck `numbered`) is recovered by
// `npm run -s decisions:recover`, through the decisions' own workflows.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client as PgClient } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { nominationWorkflowId, reserveForDecisionUpdate, signUpdate } from '#ktf/contracts';
import type { Actor } from '#ktf/domain';
import { connectDatabase, DecisionRepository, findSeedUser } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';
import { ApiClient, apiClient, stackDataConverter, startE2eStack } from './support/e2e-stack';
import { eventually, nominationSteps } from './support/nomination-steps';

jest.setTimeout(240_000);

describe('durable multi-nomination operations', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let steps: ReturnType<typeof nominationSteps>;
  let db: PgClient;
  let round = 0;

  beforeAll(async () => {
    stack = await startE2eStack();
    api = apiClient(stack.apiUrl);
    steps = nominationSteps(api);
    db = new PgClient({ connectionString: stack.databaseUrl });
    await db.connect();
  }, 180_000);

  // A test that fails while its worker is down must not leave the next ones without one.
  afterEach(async () => {
    if (stack && !stack.workerPid()) await stack.startWorker();
  });

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  });

  /** `count` nominations waiting in signing (created, voted through, approved). */
  async function readyToSign(count: number): Promise<string[]> {
    round += 1;
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const n = await steps.create('officer.vp', `Đặng Văn Bền ${round}-${i}`);
      await steps.voteAll(n.id);
      await steps.appraise(n.id, 'approve');
      ids.push(n.id);
    }
    return ids;
  }

  const sign = (ids: string[], key: string) => api.post('/decisions', 'chairman', { nominationIds: ids }, { 'Idempotency-Key': key });

  /** Numbers of UBND decisions this year: 1..n, each once, and the counter says n. */
  async function expectGapFreeNumbers() {
    const { rows } = await db.query(`SELECT year, seq FROM decisions WHERE authority='UBND' AND kind='decision' ORDER BY year, seq`);
    const { rows: counters } = await db.query(`SELECT year, last_seq FROM decision_counters WHERE authority='UBND' AND kind='decision'`);
    for (const { year, last_seq } of counters) {
      const seqs = rows.filter((r) => r.year === year).map((r) => r.seq);
      expect(seqs).toEqual(Array.from({ length: last_seq }, (_, i) => i + 1));
    }
  }

  /** Nothing is left half done: no reservation, no decision short of signed, one decision_signed each, chains whole. */
  async function expectSettled() {
    const reserved = await db.query(`SELECT id, reserved_by_decision_id FROM nominations WHERE reserved_by_decision_id IS NOT NULL`);
    expect(reserved.rows).toEqual([]);
    const numbered = await db.query(`SELECT id FROM decisions WHERE status <> 'signed'`);
    expect(numbered.rows).toEqual([]);
    const events = await db.query(
      `SELECT d.id, count(e.id)::int AS n FROM decisions d
         LEFT JOIN audit_events e ON e.subject_type='decision' AND e.subject_id=d.id::text AND e.action='decision_signed'
        GROUP BY d.id HAVING count(e.id) <> 1`,
    );
    expect(events.rows).toEqual([]);
    await expectGapFreeNumbers();
    const verify = await api.get('/audit/verify', 'auditor');
    expect(verify.body).toMatchObject({ ok: true, firstBroken: null });
  }

  async function expectAwarded(ids: string[], number: string) {
    for (const id of ids) {
      const n = await api.get(`/nominations/${id}`, 'auditor');
      expect(n.body).toMatchObject({ status: 'awarded', stage: null });
      const history = await api.get(`/nominations/${id}/history`, 'auditor');
      const actions = history.body.map((e: { action: string }) => e.action);
      expect(actions.filter((a: string) => a === 'signed')).toHaveLength(1);
      expect(actions.filter((a: string) => a === 'reserved_for_decision')).toHaveLength(1);
      expect(history.body.find((e: { action: string }) => e.action === 'signed').payload.decisionNumber).toBe(number);
    }
  }

  const decisionRow = async (nominationId: string) =>
    (await db.query(`SELECT id, status, number FROM decisions WHERE $1 = ANY(nomination_ids)`, [nominationId])).rows[0] as { id: string; status: string; number: string } | undefined;

  it('a worker stopped by Ctrl-C exits 0, without an error: SIGINT from the terminal, then SIGTERM from the launcher', async () => {
    const exited = stack.workerExited();
    // A terminal's Ctrl-C reaches the whole process group: the worker gets SIGINT itself, and the
    // launcher's ordered stop sends SIGTERM right after.
    process.kill(stack.workerPid() as number, 'SIGINT');
    await stack.stopWorker();
    expect(await exited).toBe(0);
    const output = stack.recentOutput().worker.join('\n');
    expect(output).toContain('worker: polling');
    expect(output).not.toContain('IllegalStateError');
    await stack.startWorker();
  });

  /**
   * Signs `count` nominations on a worker that exits right after the decision's number is
   * committed (with the reservations: a batch's first phase, or a decision of one's first commit);
   * the request waits, and the next worker signs them under that number.
   */
  async function signAcrossDeathAtNumber(count: number) {
    const ids = await readyToSign(count);
    await stack.stopWorker();
    await stack.startWorker({ KTF_FAULT_EXIT_AT_DECISION_STEP: 'numbered' });
    const signing = sign(ids, randomUUID());
    expect(await stack.workerExited()).toBe(137);
    const numbered = await decisionRow(ids[0]);
    expect(numbered).toMatchObject({ status: 'numbered' });
    expect((await db.query(`SELECT count(*)::int AS n FROM nominations WHERE reserved_by_decision_id = $1`, [numbered?.id])).rows[0].n).toBe(count);
    await stack.startWorker();
    const res = await signing; // the request waited all along
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: numbered?.id, number: numbered?.number, status: 'signed', nominationIds: ids });
    expect(stack.recentOutput().worker.join('\n')).toMatch(/fault injection: exiting after numbering decision/);
    await expectAwarded(ids, numbered?.number as string);
    return numbered as { id: string; number: string };
  }

  it('the worker dies right after the number is committed: the decision signs on the next worker, same number', async () => {
    await signAcrossDeathAtNumber(10);
    await expectSettled();
  });

  it('the worker dies right after the first signature: the rest are signed under the same number, none twice', async () => {
    const ids = await readyToSign(10);
    await stack.stopWorker();
    await stack.startWorker({ KTF_FAULT_EXIT_AT_DECISION_STEP: 'first_signature' });
    const key = randomUUID();
    const signing = sign(ids, key);
    expect(await stack.workerExited()).toBe(137);
    const numbered = await decisionRow(ids[0]);
    expect(numbered).toMatchObject({ status: 'numbered' });
    const signedSoFar = (await db.query(`SELECT count(*)::int AS n FROM nominations WHERE decision_id = $1`, [numbered?.id])).rows[0].n;
    expect(signedSoFar).toBeGreaterThanOrEqual(1);
    await stack.startWorker();
    expect((await signing).status).toBe(201);
    // The same request again: answered from the signed decision.
    const again = await sign(ids, key);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: numbered?.id, number: numbered?.number, status: 'signed' });
    await expectAwarded(ids, numbered?.number as string);
    await expectSettled();
  });

  it('a decision of one nomination (signed by the nomination itself): the worker dies right after the number; the waiting request gets it signed under that number', async () => {
    // The lost workflow task's Update is taken again on the next worker, over what it had stored.
    const numbered = await signAcrossDeathAtNumber(1);
    // Its PDF comes after the answer; the decision's chain vouches for it once.
    expect((await api.get(`/decisions/${numbered.id}/document.pdf`, 'chairman')).status).toBe(200);
    const events = await api.get(`/audit/events?subjectType=decision&subjectId=${numbered.id}`, 'auditor');
    expect(events.body.items.map((e: { action: string }) => e.action)).toEqual(['decision_signed', 'decision_document_signed']);
    await expectSettled();
  });

  it('a decision of one nomination: the API dies as soon as the number is taken; the retry answers the same decision', async () => {
    const ids = await readyToSign(1);
    const key = randomUUID();
    const signing = sign(ids, key).catch((e: unknown) => ({ cut: e }));
    await eventually(() => decisionRow(ids[0]), (row) => row !== undefined, 30_000);
    await stack.killApi();
    await signing;
    await stack.startApi();
    const retry = await sign(ids, key);
    expect([200, 201]).toContain(retry.status);
    const row = await decisionRow(ids[0]);
    expect(retry.body).toMatchObject({ id: row?.id, number: row?.number, status: 'signed', nominationIds: ids });
    await expectAwarded(ids, retry.body.number);
    await expectSettled();
  });

  it('the API dies in the middle of POST /decisions: the decision completes by itself; the retry gets it', async () => {
    // Two kills by the clock (before the workflow starts, among the reservations) and one as soon
    // as the number is committed (the 345 ms case of the report: signed, never sealed).
    for (const killAt of [60, 150, 'numbered'] as const) {
      const ids = await readyToSign(10);
      const key = randomUUID();
      const signing = sign(ids, key).catch((e: unknown) => ({ cut: e }));
      if (killAt === 'numbered') await eventually(() => decisionRow(ids[0]), (row) => row !== undefined, 30_000);
      else await new Promise((r) => setTimeout(r, killAt));
      await stack.killApi();
      const cut = await signing;
      // Where the kill landed (for the log): reservations taken, number taken, signatures made.
      const { rows: [at] } = await db.query(
        `SELECT count(*) FILTER (WHERE reserved_by_decision_id IS NOT NULL)::int AS reserved, count(*) FILTER (WHERE decision_id IS NOT NULL)::int AS signed
           FROM nominations WHERE id = ANY($1)`,
        [ids],
      );
      console.log(`API killed at ${killAt}: ${at.reserved} reserved, ${at.signed} signed, decision ${(await decisionRow(ids[0]))?.status ?? 'not numbered'}, request ${'cut' in cut ? 'cut' : `answered ${cut.status}`}`);
      await stack.startApi();
      // The client's retry of the same request joins the decision (or starts it, if the API died
      // before it had): never a 409 over its own reservations.
      const retry = await sign(ids, key);
      expect([200, 201]).toContain(retry.status);
      expect(retry.body).toMatchObject({ status: 'signed', nominationIds: ids });
      await expectAwarded(ids, retry.body.number);
    }
    await expectSettled();
  });

  it('recovers what the old code left: reservations without a decision are released, a decision stuck numbered is signed', async () => {
    const [orphan, leftA, leftB] = await readyToSign(3);
    const chairman = findSeedUser('chairman');
    const actor: Actor = { id: chairman?.id as string, roles: ['signer'], unitId: chairman?.unitId as string };
    const connection = await Connection.connect({ address: stack.temporalAddress });
    const ds = await connectDatabase({ url: stack.databaseUrl, applicationName: 'e2e-old-code' });
    const lost = randomUUID();
    const stuck = randomUUID();
    try {
      // Exactly the steps of the old in-request code, cut where the kills cut it.
      const temporal = new Client({ connection, dataConverter: stackDataConverter(stack) });
      const update = (id: string) => temporal.workflow.getHandle(nominationWorkflowId(id));
      await update(orphan).executeUpdate(reserveForDecisionUpdate, { args: [{ actor, signerAuthority: 'UBND', decisionId: lost }] });
      for (const id of [leftA, leftB]) await update(id).executeUpdate(reserveForDecisionUpdate, { args: [{ actor, signerAuthority: 'UBND', decisionId: stuck }] });
      const numbered = await new DecisionRepository(ds).takeNumber({ id: stuck, kind: 'decision', authority: 'UBND', signedAt: new Date(), signerId: actor.id, nominationIds: [leftA, leftB] });
      await update(leftA).executeUpdate(signUpdate, { args: [{ actor, signerAuthority: 'UBND', decisionId: stuck, decisionNumber: numbered.number, signedAt: numbered.signedAt }] });
    } finally {
      await connection.close();
      await ds.destroy();
    }
    // Stuck as reported: nobody may act on the orphan, and a retry is refused.
    expect((await api.get(`/nominations/${orphan}`, 'chairman')).body.allowedActions).toEqual([]);
    expect((await api.post('/decisions', 'chairman', { nominationIds: [orphan] })).status).toBe(409);

    const root = findRepoRoot();
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'dist/infra/tools/decisions-recover.js'), '--grace-seconds', '0'], {
      // The stack's key ring: payloads the tool sends must be readable by the stack's worker.
      env: { ...process.env, ...stack.codecEnv, DATABASE_URL: stack.databaseUrl, TEMPORAL_ADDRESS: stack.temporalAddress, TEMPORAL_TASK_QUEUE: stack.taskQueue },
    });
    expect(stdout).toContain(`released ${lost}`);
    expect(stdout).toMatch(new RegExp(`signed ${stuck} as \\d+/QĐ-UBND`));

    const released = await api.get(`/nominations/${orphan}`, 'chairman');
    expect(released.body).toMatchObject({ stage: 'signing', status: 'in_progress' });
    expect(released.body.allowedActions).toContain('sign');
    const history = await api.get(`/nominations/${orphan}/history`, 'auditor');
    expect(history.body.at(-1)).toMatchObject({ action: 'reservation_released', payload: { decisionId: lost } });
    const decision = await api.get(`/decisions/${stuck}`, 'auditor');
    expect(decision.body).toMatchObject({ status: 'signed', nominationIds: [leftA, leftB] });
    await expectAwarded([leftA, leftB], decision.body.number);
    // Released, it signs normally.
    expect((await steps.sign([orphan])).status).toBe('signed');
    await expectSettled();
  });

  it('the API dies in the middle of a council-session close: the close finishes by itself', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await steps.create('officer.vp', `Lò Thị Họp ${i}`)).id);
    for (const id of ids) for (const m of ['council.1', 'council.2', 'council.3', 'council.4']) await steps.vote(id, m);
    const session = await api.post('/council-sessions', 'secretary', { nominationIds: ids });
    expect(session.status).toBe(201);
    const closing = api.post(`/council-sessions/${session.body.id}/close`, 'secretary').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 40));
    await stack.killApi();
    await closing;
    await stack.startApi();
    const closed = await eventually(
      () => api.get(`/council-sessions/${session.body.id}`, 'secretary'),
      (r) => r.body.status === 'closed',
      30_000,
    );
    expect(closed.body.status).toBe('closed');
    for (const n of closed.body.nominations) {
      expect(n.stage).not.toBe('council_review'); // tallied with the 4 ballots cast
      expect(n.tally).toMatchObject({ agree: 4 });
    }
    for (const id of ids) {
      const history = await api.get(`/nominations/${id}/history`, 'auditor');
      expect(history.body.filter((e: { action: string }) => e.action === 'voting_closed')).toHaveLength(1);
    }
  });
});
