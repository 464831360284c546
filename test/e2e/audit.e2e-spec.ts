import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { connectDatabase, DataSource, AuditRepository, findSeedUser } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';
import {
  chainRows,
  EventsPage,
  EventView,
  COUNCIL,
  driveNomination,
  expectOk,
  getText,
  ndjson,
  reinsertRow,
  ndjsonStream,
  seedSyntheticChains,
  verifyOffline,
  verifyReference,
  withTriggerDisabled,
} from './support/audit-support';
import { ApiClient, apiClient, ApiResponse, HOA, stackDataConverter, startE2eStack } from './support/e2e-stack';

jest.setTimeout(180_000);

const uid = (username: string) => findSeedUser(username)!.id;
const gapFree = (seqs: number[]) => expect(seqs).toEqual(seqs.map((_, i) => i + 1));

describe('audit trail: append-only, hash-chained, verifiable, exportable', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let pg: PgClient;

  const verify = async (subject: string, subjectType = 'nomination') =>
    (await api.get(`/audit/verify?subject=${subject}&subjectType=${subjectType}`, 'auditor')).body;
  const events = async (query: string, user = 'auditor') => api.get<EventsPage>(`/audit/events?${query}`, user);
  const exportText = async (query: string) => {
    const res = await getText(stack.apiUrl, `/audit/export?${query}`, 'auditor');
    expect(res.status).toBe(200);
    expect(res.contentType).toContain('application/x-ndjson');
    return res.text;
  };

  beforeAll(async () => {
    // Every whole-trail verify here runs on two worker threads, however small the trail.
    stack = await startE2eStack({ AUDIT_VERIFY_WORKERS: '2', AUDIT_VERIFY_PARALLEL_MIN_EVENTS: '0' });
    api = apiClient(stack.apiUrl);
    pg = new PgClient({ connectionString: stack.databaseUrl });
    await pg.connect();
  }, 180_000);

  afterAll(async () => {
    await pg?.end();
    await stack?.stop();
  });

  it('records every transition with its Temporal run, labels it in two languages, and audits the signed decision', async () => {
    const { id, decisionId } = await driveNomination(api, 'awarded');
    const page = await events(`subjectType=nomination&subjectId=${id}&limit=500`);
    expect(page.status).toBe(200);
    const items = page.body.items;
    gapFree(items.map((e) => e.sequence));
    expect(items.map((e) => e.action)).toEqual(expect.arrayContaining(['created', 'vote_cast', 'vote_passed', 'appraisal_approve', 'signed', 'awarded']));
    expect(items[0].prevHash).toBe('0'.repeat(64));
    items.slice(1).forEach((e, i) => expect(e.prevHash).toBe(items[i].hash));

    // Each event names the workflow run that produced it, and Temporal knows that run.
    const temporal = new TemporalClient({ connection: await Connection.connect({ address: stack.temporalAddress }), dataConverter: stackDataConverter(stack) });
    const run = await temporal.workflow.getHandle(`nomination-${id}`).describe();
    await temporal.connection.close();
    expect(new Set(items.map((e) => `${e.workflowId}/${e.runId}`))).toEqual(new Set([`nomination-${id}/${run.runId}`]));

    const history = (await api.get<Record<string, unknown>[]>(`/nominations/${id}/history`, 'auditor')).body;
    expect(history.find((e) => e.action === 'vote_cast')).toMatchObject({ labelVi: 'Thành viên Hội đồng đã bỏ phiếu', labelEn: 'Council member voted', actorRole: 'council_member' });
    expect(history.find((e) => e.stageAfter === 'appraisal' && e.action === 'stage_opened')).toMatchObject({ labelVi: 'Chuyển sang bước: Thẩm định', labelEn: 'Moved to stage: Appraisal' });
    expect(history.every((e) => e.labelVi && e.labelEn && e.occurredAt && 'reason' in e)).toBe(true);

    const decision = (await events(`subjectType=decision&subjectId=${decisionId}`)).body.items;
    expect(decision).toHaveLength(1);
    expect(decision[0]).toMatchObject({ sequence: 1, action: 'decision_signed', actorId: uid('chairman'), actorRole: 'signer', labelEn: 'Decision signed and numbered' });
    expect(decision[0].payload).toMatchObject({ number: expect.stringMatching(/^\d+\/QĐ-UBND$/), nominationIds: [id] });
    expect(await verify(id)).toMatchObject({ ok: true, checked: items.length, firstBroken: null });
    expect(await verify(decisionId!, 'decision')).toMatchObject({ ok: true, checked: 1 });
  });

  it('audits denied attempts (403/409) on the nomination’s access chain, without their arguments', async () => {
    const { id } = await driveNomination(api, 'council_review');
    await expectOk(api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'disagree' }));
    const attempts: [string, string, unknown, number][] = [
      ['votes', 'appraiser', { choice: 'agree' }, 403],
      ['appraisal', 'appraiser', { decision: 'approve', reason: 'quá sớm' }, 409],
      ['withdraw', 'officer.dongthinh', { reason: 'không phải đơn vị mình' }, 403],
      ['votes', 'council.1', { choice: 'agree' }, 409],
    ];
    for (const [path, user, body, status] of attempts) expect((await api.post(`/nominations/${id}/${path}`, user, body)).status).toBe(status);
    expect((await api.post('/decisions', 'appraiser', { nominationIds: [id] })).status).toBe(403);

    const denied = (await events(`subjectType=access&subjectId=${id}`)).body.items;
    gapFree(denied.map((e) => e.sequence));
    expect(denied.map((e) => [e.actorId, e.payload.attemptedAction, e.payload.httpStatus])).toEqual([
      [uid('appraiser'), 'vote', 403],
      [uid('appraiser'), 'appraise', 409],
      [uid('officer.dongthinh'), 'withdraw', 403],
      [uid('council.1'), 'vote', 409],
      [uid('appraiser'), 'sign', 403],
    ]);
    expect(denied[1]).toMatchObject({ action: 'access_denied', actorRole: 'appraiser', stageBefore: 'council_review', labelVi: 'Thao tác bị từ chối', workflowId: `nomination-${id}` });
    expect(denied[3].reason).toMatch(/already voted/);
    expect(JSON.stringify(denied)).not.toMatch(/"choice"|"(agree|disagree)"|quá sớm/);
    expect(await verify(id, 'access')).toMatchObject({ ok: true, checked: 5 });
    // The workflow's own chain is untouched by refusals.
    expect((await events(`subjectType=nomination&subjectId=${id}`)).body.items.at(-1)?.action).toBe('vote_cast');
  });

  it('serves events to auditors and admins only, filtered, in stable cursor pages', async () => {
    expect((await events('limit=1', 'council.1')).status).toBe(403);
    expect((await events('limit=1', 'officer.vp')).status).toBe(403);
    expect((await events('limit=1', 'admin')).status).toBe(200);
    for (const bad of ['limit=0', 'limit=501', 'subjectType=user', 'from=yesterday', 'cursor=not+a+cursor', 'colour=red']) {
      const res = await events(bad);
      expect([bad, res.status]).toEqual([bad, 400]);
    }
    // Well-formed, but not a cursor the trail wrote, or an id without its type.
    for (const unjudgeable of ['cursor=bm90LWEtY3Vyc29y', 'subjectId=x']) {
      const res = await events(unjudgeable);
      expect([unjudgeable, res.status]).toEqual([unjudgeable, 422]);
    }

    // This test's own events: a nomination voted on by three members, one after another.
    const start = new Date(Date.now() - 1).toISOString();
    const { id } = await driveNomination(api, 'council_review', 'Lọc Thị Sự Kiện');
    for (const m of COUNCIL.slice(0, 3)) await expectOk(api.post(`/nominations/${id}/votes`, m, { choice: 'agree' }));
    const own = (await events(`subjectType=nomination&subjectId=${id}`)).body.items;
    expect(own.map((e) => e.action)).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned', 'vote_cast', 'vote_cast', 'vote_cast']);

    const byActor = (await events(`actorId=${uid('council.2')}&action=vote_cast&limit=500`)).body.items;
    expect(byActor.filter((e) => e.subjectId === id).map((e) => e.id)).toEqual([own[5].id]);
    for (const e of byActor) expect([e.actorId, e.action]).toEqual([uid('council.2'), 'vote_cast']);

    // [the first vote, the third): the first two votes (and whatever else happened meanwhile).
    const [from, to] = [own[4].occurredAt, own[6].occurredAt];
    const ownIds = new Set(own.map((e) => e.id));
    const ranged = (await events(`from=${from}&to=${to}&limit=500`)).body.items;
    expect(ranged.filter((e) => ownIds.has(e.id)).map((e) => e.id)).toEqual([own[4].id, own[5].id]);
    for (const e of ranged) expect(e.occurredAt >= from && e.occurredAt < to).toBe(true);

    // Page through in threes (from this test's start) while new events are written: no row
    // twice, order kept, nothing that was there at the start missed.
    const seen: EventView[] = [];
    let cursor: string | null = null;
    let writer: Promise<unknown> | null = null;
    do {
      const res: ApiResponse<EventsPage> = await events(`from=${start}&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
      writer ??= driveNomination(api, 'council_review', 'Trịnh Văn Mới');
    } while (cursor);
    await writer;
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    const keys = seen.map((e) => [e.occurredAt, BigInt(e.id)] as const);
    keys.slice(1).forEach(([t, i], k) => expect(t > keys[k][0] || (t === keys[k][0] && i > keys[k][1])).toBe(true));
    expect(seen.filter((e) => ownIds.has(e.id)).map((e) => e.id)).toEqual(own.map((e) => e.id));
  });

  it('refuses UPDATE, DELETE and TRUNCATE; a role that owns nothing cannot drop or disable the trigger', async () => {
    const { id } = await driveNomination(api, 'council_review', 'Bất Biến');
    const [first] = await chainRows(pg, 'nomination', id);
    await expect(pg.query(`UPDATE audit_events SET reason='x' WHERE id=$1`, [first.id])).rejects.toThrow(/append-only \(UPDATE refused\)/);
    await expect(pg.query(`DELETE FROM audit_events WHERE id=$1`, [first.id])).rejects.toThrow(/append-only \(DELETE refused\)/);
    await expect(pg.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    // The production application role (infra/docker/postgres-init): data rights, no ownership.
    await pg.query(`DO $$ BEGIN CREATE ROLE ktf_app_probe NOLOGIN NOSUPERUSER NOINHERIT; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await pg.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON audit_events TO ktf_app_probe`);
    await pg.query('SET ROLE ktf_app_probe');
    try {
      await expect(pg.query('DROP TRIGGER audit_events_no_update_delete ON audit_events')).rejects.toThrow(/must be owner/);
      await expect(pg.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete')).rejects.toThrow(/must be owner/);
      await expect(pg.query('DROP FUNCTION audit_events_append_only() CASCADE')).rejects.toThrow(/must be owner/);
      await expect(pg.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
      await expect(pg.query(`UPDATE audit_events SET reason='x' WHERE id=$1`, [first.id])).rejects.toThrow(/append-only/);
    } finally {
      await pg.query('RESET ROLE');
    }
  });

  describe('tampering is found at its first broken link, online and offline', () => {
    let id: string;
    let length: number;

    beforeAll(async () => {
      id = (await driveNomination(api, 'awarded', 'Phạm Thị Kiểm')).id;
      length = (await chainRows(pg, 'nomination', id)).length;
    });

    /** API verify (one chain and all chains, JSON and NDJSON) and the offline verifier agree. */
    async function expectBrokenAt(sequence: number, reason: RegExp) {
      const one = await verify(id);
      expect(one).toMatchObject({ ok: false, firstBroken: { subject: id, subjectType: 'nomination', sequence, reason: expect.stringMatching(reason) } });
      const all = (await api.get('/audit/verify', 'auditor')).body;
      expect(all).toMatchObject({ ok: false, firstBroken: one.firstBroken });
      const streamed = ndjson((await getText(stack.apiUrl, '/audit/verify', 'auditor', 'application/x-ndjson')).text);
      expect(streamed.at(-1)).toMatchObject({ type: 'result', ok: false, firstBroken: one.firstBroken });
      const offline = await verifyOffline(await exportText(`subject=${id}`));
      expect(offline).toMatchObject({ ok: false, firstBroken: { subject: id, sequence } });
    }

    afterEach(async () => {
      expect(await verify(id)).toMatchObject({ ok: true, checked: length });
      expect(await verifyOffline(await exportText(`subject=${id}`))).toMatchObject({ ok: true, checked: length });
    });

    it('a changed field', async () => {
      const [row] = (await chainRows(pg, 'nomination', id)).filter((r) => r.sequence === 5);
      await withTriggerDisabled(pg, () => pg.query(`UPDATE audit_events SET actor_id=$2 WHERE id=$1`, [row.id, uid('council.5')]));
      try {
        await expectBrokenAt(5, /hash does not match/);
      } finally {
        await withTriggerDisabled(pg, () => pg.query(`UPDATE audit_events SET actor_id=$2 WHERE id=$1`, [row.id, row.actor_id]));
      }
    });

    it('a deleted row', async () => {
      const [row] = (await chainRows(pg, 'nomination', id)).filter((r) => r.sequence === 7);
      await withTriggerDisabled(pg, () => pg.query(`DELETE FROM audit_events WHERE id=$1`, [row.id]));
      try {
        await expectBrokenAt(7, /event 7 missing/);
      } finally {
        await reinsertRow(pg, row);
      }
    });

    it('two rows swapped', async () => {
      const swap = (a: number, b: number) =>
        withTriggerDisabled(pg, async () => {
          const q = `UPDATE audit_events SET sequence=$3 WHERE subject_type='nomination' AND subject_id=$1 AND sequence=$2`;
          await pg.query(q, [id, a, 100_000]);
          await pg.query(q, [id, b, a]);
          await pg.query(q, [id, 100_000, b]);
        });
      await swap(3, 4);
      try {
        await expectBrokenAt(3, /prev_hash does not match/);
      } finally {
        await swap(3, 4);
      }
    });

    it('a forged row', async () => {
      const rows = await chainRows(pg, 'nomination', id);
      const last = rows[rows.length - 1];
      const { id: _lastId, ...copy } = last;
      // Links to the real head but carries a hash that is not its own. (A tail row with a correctly
      // recomputed hash is caught only against heads kept from an earlier export: see README.)
      await reinsertRow(pg, { ...copy, sequence: last.sequence + 1, action: 'awarded', prev_hash: last.hash, recorded_at: new Date() });
      try {
        await expectBrokenAt(length + 1, /hash does not match/);
      } finally {
        await withTriggerDisabled(pg, () => pg.query(`DELETE FROM audit_events WHERE subject_id=$1 AND sequence=$2`, [id, length + 1]));
      }
    });
  });

  it('exports a time range as a bundle the offline command verifies, trusting cut chains and naming them', async () => {
    // From this test's nomination's first vote on: its chain is cut there (events 1–4 share
    // one earlier instant), and nothing else happens meanwhile.
    const { id } = await driveNomination(api, 'awarded', 'Xuất Thị Bó');
    const chain = (await events(`subjectType=nomination&subjectId=${id}`)).body.items;
    const from = chain[4].occurredAt;
    expect(chain.slice(0, 4).every((e) => e.occurredAt < from)).toBe(true);
    const bundle = await exportText(`from=${from}&to=${new Date(Date.now() + 60_000).toISOString()}`);
    const lines = ndjson(bundle);
    expect(lines[0]).toMatchObject({ type: 'header', format: 'ktf-audit-bundle', version: 1, hashAlgorithm: 'sha256' });
    expect(lines[0].canonicalization).toMatch(/sorted/);
    expect(lines.at(-1)).toMatchObject({ type: 'trailer', events: lines.length - 2 });
    expect(lines.find((l) => l.subjectType === 'nomination')).toEqual(
      expect.objectContaining({ workflowId: expect.any(String), runId: expect.any(String), prevHash: expect.any(String), hash: expect.any(String), occurredAt: expect.any(String) }),
    );

    const dir = mkdtempSync(join(tmpdir(), 'ktf-audit-'));
    const file = join(dir, 'bundle.ndjson');
    writeFileSync(file, bundle);
    const cli = join(findRepoRoot(), 'dist/infra/tools/audit-verify.js');
    const ok = await promisify(execFile)(process.execPath, [cli, file]);
    expect(ok.stdout).toMatch(/OK: every sequence, link and hash verifies/);
    expect(ok.stdout).toContain(`starts at sequence 5: its prev_hash ${chain[3].hash.slice(0, 12)}… is trusted, not verified`);

    writeFileSync(file, bundle.replace('"action":"vote_cast"', '"action":"vote_failed"'));
    const broken = await promisify(execFile)(process.execPath, [cli, file, '--json']).catch((e: { code: number; stdout: string }) => e);
    expect('code' in broken ? broken.code : 0).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, firstBroken: { reason: expect.stringMatching(/hash does not match/) } });
  });

  it('keeps chains valid and gap-free with many nominations moving at once', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => driveNomination(api, 'council_review', `Đồng Thời ${i}`).then((n) => n.id)));
    // Every member votes on every nomination at once: concurrent Updates on each workflow.
    await Promise.all(ids.flatMap((id) => COUNCIL.map((m) => expectOk(api.post(`/nominations/${id}/votes`, m, { choice: 'agree' })))));
    await Promise.all(ids.map((id) => expectOk(api.post(`/nominations/${id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Đủ điều kiện' }))));
    const signed = await Promise.all([ids.slice(0, 10), ids.slice(10)].map((batch) => expectOk(api.post('/decisions', 'chairman', { nominationIds: batch }))));

    // Denied attempts from the API and appends from a second process race on one access chain.
    const target = ids[0];
    const other: DataSource = await connectDatabase({ url: stack.databaseUrl, poolSize: 5 });
    try {
      const direct = new AuditRepository(other);
      await Promise.all([
        ...Array.from({ length: 15 }, () => api.post(`/nominations/${target}/votes`, 'council.2', { choice: 'agree' })),
        ...Array.from({ length: 15 }, (_, i) => direct.appendNext('access', target, { action: 'access_denied', actorId: 'probe', reason: `probe ${i}` })),
      ]);
    } finally {
      await other.destroy();
    }
    const access = (await events(`subjectType=access&subjectId=${target}&limit=500`)).body.items;
    expect(access).toHaveLength(30);
    gapFree(access.map((e) => e.sequence));

    for (const id of ids) {
      const chain = (await events(`subjectType=nomination&subjectId=${id}&limit=500`)).body.items;
      gapFree(chain.map((e) => e.sequence));
      expect(chain.filter((e) => e.action === 'vote_cast')).toHaveLength(5);
      expect(chain.at(-1)?.action).toBe('awarded');
    }
    for (const d of signed) expect(await verify(d.body.id, 'decision')).toMatchObject({ ok: true, checked: 1 });
    const all = (await api.get('/audit/verify', 'auditor')).body;
    expect(all).toMatchObject({ ok: true, firstBroken: null, brokenCount: 0 });
  });

  it('secret ballot: no endpoint, export or log line shows how a member voted', async () => {
    const created = await expectOk(api.post('/nominations', 'officer.vp', { ...HOA, awardCode: 'CSTD_TINH', nominee: { kind: 'individual', fullName: 'Lương Thị Bí Mật' } }));
    const id = created.body.id as string;
    // Ballots arrive every way there is: a council session, a single vote, a written opinion.
    const session = await expectOk(api.post('/council-sessions', 'secretary', { nominationIds: [id] }));
    const sessionId = session.body.id as string;
    for (const [m, choice] of [['council.1', 'agree'], ['council.2', 'disagree'], ['council.3', 'abstain']]) {
      await expectOk(api.post(`/council-sessions/${sessionId}/votes`, m, { votes: [{ nominationId: id, choice }] }));
    }
    await expectOk(api.post(`/nominations/${id}/votes`, 'council.4', { choice: 'agree' }));
    expect((await api.post(`/nominations/${id}/votes`, 'council.2', { choice: 'agree' })).status).toBe(409); // audited denial
    await expectOk(api.post(`/council-sessions/${sessionId}/absent-opinions`, 'secretary', { memberId: uid('council.5'), votes: [{ nominationId: id, choice: 'disagree' }] }));

    const seen = [
      ...(await Promise.all(['auditor', 'secretary', 'council.1', 'officer.vp', 'admin'].map((u) => api.get(`/nominations/${id}`, u)))).map((r) => r.body),
      (await api.get(`/nominations/${id}/history`, 'auditor')).body,
      (await events(`subjectType=nomination&subjectId=${id}&limit=500`)).body,
      (await events(`subjectType=access&subjectId=${id}`)).body,
      (await events(`subjectType=nomination&subjectId=${id}&action=vote_cast`)).body.items,
      await verify(id),
      (await expectOk(api.get(`/council-sessions/${sessionId}`, 'secretary'))).body,
      (await expectOk(api.get(`/council-sessions/${sessionId}`, 'council.1'))).body,
    ].map((b) => JSON.stringify(b));
    seen.push(await exportText(`subject=${id}`), await exportText(`subject=${id}&subjectType=access`));
    const output = stack.recentOutput();
    const leaks = /"choice"|:"(agree|disagree|abstain)"/;
    for (const text of seen) expect(text).not.toMatch(leaks);
    for (const line of [...output.api, ...output.worker]) expect(line).not.toMatch(/\b(agree|disagree|abstain)\b/);
    // Who voted is public, the tally is counts only.
    expect(seen[0]).toMatch(/"vote_cast"[\s\S]*"absent_opinion_recorded"/);
    expect(JSON.parse(seen[0]).tally).toMatchObject({ agree: 2, disagree: 2, abstain: 1, passed: false });

    // The detector works: an open ballot does record the choice.
    const open = await driveNomination(api, 'council_review', 'Công Khai');
    await expectOk(api.post(`/nominations/${open.id}/votes`, 'council.1', { choice: 'agree' }));
    expect(await exportText(`subject=${open.id}`)).toMatch(leaks);
  });

  it(`verifies ${60_000} events of one type, and streams its progress`, async () => {
    // How fast is for the benchmark (`npm run bench -- --only audit`), not for a test on a shared machine.
    const seeded = await seedSyntheticChains(pg, 3_000, 20);
    const res = await api.get('/audit/verify?subjectType=campaign', 'auditor');
    expect(res.body).toMatchObject({ ok: true, checked: seeded, chains: 3_000, firstBroken: null, brokenCount: 0 });
    expect(res.body.eventsPerSecond).toEqual(expect.any(Number));
    const streamed = ndjson((await getText(stack.apiUrl, '/audit/verify', 'auditor', 'application/x-ndjson')).text);
    expect(streamed.filter((l) => l.type === 'progress').length).toBeGreaterThan(5);
    expect(streamed.at(-1)).toMatchObject({ type: 'result', ok: true, firstBroken: null });
  });

  it('duplicates and skips nothing when the worker dies after the append, before the activity completes', async () => {
    await stack.stopWorker();
    // Calls in this worker: 1 = created and submitted (+ stage_opened, council_pinned: one
    // transition, as the API creates and submits with one update-with-start), 2 = the first vote.
    await stack.startWorker({ KTF_FAULT_EXIT_AFTER_RECORD: '2' });
    const { id } = await driveNomination(api, 'council_review', 'Sập Nguồn');
    const vote = api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'agree' });
    expect(await stack.workerExited()).toBe(137);
    // The transaction committed before the crash: the event is there, the activity never reported it.
    const committed = await chainRows(pg, 'nomination', id);
    expect(committed.map((r) => r.action).at(-1)).toBe('vote_cast');
    await stack.startWorker();
    // recordTransition runs as a local activity in the vote's workflow task: Temporal gives that
    // task again to the new worker (after its timeout), the vote runs again with a new clock and
    // the recorder finds it stored.
    expect((await vote).status).toBe(200);
    for (const m of COUNCIL.slice(1)) await expectOk(api.post(`/nominations/${id}/votes`, m, { choice: 'agree' }));
    const chain = await chainRows(pg, 'nomination', id);
    gapFree(chain.map((r) => r.sequence));
    expect(chain.map((r) => r.action)).toEqual([
      'created', 'submitted', 'stage_opened', 'council_pinned',
      'vote_cast', 'vote_cast', 'vote_cast', 'vote_cast', 'vote_cast', 'vote_passed', 'stage_opened',
    ]);
    expect(chain[4]).toEqual(committed[4]); // the same row, its first time included, not a rewrite
    expect(await verify(id)).toMatchObject({ ok: true, checked: chain.length, firstBroken: null });
    expect(stack.recentOutput().worker.join('\n')).toMatch(/fault injection: exiting after recordTransition #2/);
  });

  it('adopts the stored times when the worker dies after a stage-opening transition committed, before its task completed', async () => {
    await stack.stopWorker();
    // Call 1 in this worker = the create-and-submit (created, submitted, stage_opened, council_pinned).
    await stack.startWorker({ KTF_FAULT_EXIT_AFTER_RECORD: '1' });
    const name = 'Mất Điện Lúc Mở Bước';
    const create = api.post('/nominations', 'officer.vp', { ...HOA, nominee: { ...HOA.nominee, fullName: name } });
    expect(await stack.workerExited()).toBe(137);
    const stored = async () => (await pg.query(`SELECT id, transition, stage, stage_opened_at FROM nominations WHERE nominee_name=$1`, [name])).rows[0];
    const before = await stored();
    const committed = await chainRows(pg, 'nomination', before.id);
    expect(committed.map((r) => r.action)).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);
    expect(before).toMatchObject({ transition: 1, stage: 'council_review' });
    await stack.startWorker();
    // The retried task ran the transition again with its own clock; the answer is the stored one.
    expect((await create).status).toBe(201);
    expect((await api.get(`/nominations/${before.id}`, 'officer.vp')).body).toMatchObject({ stage: 'council_review', status: 'in_progress' });
    // The next transition writes the row from the workflow's state: the stage's opening time is
    // the one first stored (adopted), not the retried task's.
    await expectOk(api.post(`/nominations/${before.id}/votes`, COUNCIL[0], { choice: 'agree' }));
    expect(await stored()).toEqual({ ...before, transition: 2 });
    const chain = await chainRows(pg, 'nomination', before.id);
    expect(chain.slice(0, 4)).toEqual(committed);
    expect(chain.map((r) => r.action).slice(4)).toEqual(['vote_cast']);
    expect(await verify(before.id)).toMatchObject({ ok: true, checked: 5, firstBroken: null });
  });
  describe('whole-trail verify on worker threads: ranges of one snapshot, merged in chain order', () => {
    const summary = (body: Record<string, unknown>) => {
      const { ok, checked, firstBroken, chains, brokenCount, broken } = body;
      return { ok, checked, firstBroken, chains, brokenCount, broken };
    };
    const verifyAll = async (query = '') => summary((await api.get(`/audit/verify${query}`, 'auditor')).body);

    /** Chains at evenly spaced points of the whole trail in chain order (so in every range). */
    async function spreadChains(count: number) {
      const { rows } = await pg.query<{ subject_type: string; subject_id: string; n: number }>(
        `SELECT subject_type, subject_id, count(*)::int AS n FROM audit_events GROUP BY 1, 2 ORDER BY 1, 2`,
      );
      const total = rows.reduce((s, r) => s + r.n, 0);
      const picked: { subjectType: string; subjectId: string }[] = [];
      let seen = 0;
      for (const r of rows) {
        const at = (picked.length + 0.5) / count; // the next point, as a fraction of the trail
        if (picked.length < count && seen + r.n > at * total) picked.push({ subjectType: r.subject_type, subjectId: r.subject_id });
        seen += r.n;
      }
      return picked;
    }

    /** Changes the first event's reason in each chain; returns how to undo it. */
    async function tamper(chains: { subjectType: string; subjectId: string }[]) {
      const before: { id: string; reason: string | null }[] = [];
      await withTriggerDisabled(pg, async () => {
        for (const c of chains) {
          const { rows } = await pg.query(`SELECT id, reason FROM audit_events WHERE subject_type=$1 AND subject_id=$2 AND sequence=1`, [c.subjectType, c.subjectId]);
          before.push(...rows);
          await pg.query(`UPDATE audit_events SET reason = coalesce(reason, '') || ' (sửa lén)' WHERE id=$1`, [rows[0].id]);
        }
      });
      // One client runs one query at a time (pg 9 will refuse overlapping ones).
      return () =>
        withTriggerDisabled(pg, async () => {
          for (const r of before) await pg.query(`UPDATE audit_events SET reason=$2 WHERE id=$1`, [r.id, r.reason]);
        });
    }

    beforeAll(async () => {
      await seedSyntheticChains(pg, 2_000, 20, { subjectType: 'catalog', prefix: 'par' });
    });

    it('counts the same events and chains as one verifier reading in order, with or without a type filter', async () => {
      const reference = await verifyReference(pg);
      expect(reference).toMatchObject({ ok: true });
      expect(reference.checked).toBeGreaterThan(40_000);
      expect(await verifyAll()).toEqual(reference);
      const catalog = await verifyAll('?subjectType=catalog');
      expect(catalog).toEqual(await verifyReference(pg, 'catalog'));
      expect(catalog.checked).toBe(40_000); // no admin writes in this file: only the seeded chains
    });

    it('finds a tampered event far from the first range, and names the first breaks in chain order across ranges', async () => {
      const [late] = (await spreadChains(8)).slice(-2);
      let undo = await tamper([late]);
      try {
        const found = await verifyAll();
        expect(found).toMatchObject({ ok: false, brokenCount: 1, firstBroken: { subjectType: late.subjectType, subject: late.subjectId, sequence: 1 } });
        expect(found).toEqual(await verifyReference(pg));
      } finally {
        await undo();
      }
      // More breaks than the 20 reported, spread over every range: the first 20 in chain order.
      undo = await tamper(await spreadChains(25));
      try {
        const reference = await verifyReference(pg);
        expect(reference).toMatchObject({ ok: false, brokenCount: 25 });
        expect(reference.broken).toHaveLength(20);
        expect(await verifyAll()).toEqual(reference);
        const streamed = ndjson((await getText(stack.apiUrl, '/audit/verify', 'auditor', 'application/x-ndjson')).text);
        expect(summary(streamed.at(-1)!)).toEqual(reference);
      } finally {
        await undo();
      }
      expect(await verifyAll()).toMatchObject({ ok: true, brokenCount: 0 });
    });

    it('does not count events committed after the run took its snapshot', async () => {
      const before = (await verifyReference(pg)).checked;
      let insertedAt: number | undefined;
      let result: Record<string, unknown> | undefined;
      const requestedAt = Date.now();
      try {
        for await (const line of ndjsonStream(stack.apiUrl, '/audit/verify', 'auditor')) {
          if (line.type === 'progress' && insertedAt === undefined) {
            // A chain last in chain order: the last range is read well after this commits.
            await seedSyntheticChains(pg, 1, 3, { subjectType: 'notification', prefix: 'zz-after-snapshot' });
            insertedAt = Date.now();
          }
          if (line.type === 'result') result = line;
        }
        expect(insertedAt).toBeDefined();
        // The run began after the request was sent, so it was still reading when the insert committed.
        expect(requestedAt + Number(result?.elapsedMs)).toBeGreaterThan(insertedAt!);
        expect(result).toMatchObject({ ok: true, checked: before });
        expect(await verifyAll()).toMatchObject({ ok: true, checked: before + 3 });
      } finally {
        await withTriggerDisabled(pg, () => pg.query(`DELETE FROM audit_events WHERE subject_id = 'zz-after-snapshot-000000'`));
      }
    });
  });
});
