import { unitId as seededUnitId } from '#ktf/persistence';
import { HOA } from './support/e2e-stack';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(150_000);

const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];

/**
 * A user's action sent again with the same `Idempotency-Key` and body (a retry after a lost
 * answer, a double click) is answered, not taken twice and not refused: the Update id comes
 * from the key, and Temporal answers a completed Update by id, also once the workflow has ended.
 */
describe('a user action sent again with its Idempotency-Key', () => {
  // A short wait for an action's Update, so a request no worker takes is answered soon (default 30 s).
  const ACTION_WAIT_SECONDS = 3;
  const { stack, api } = useE2eStack({ ACTION_WAIT_SECONDS: String(ACTION_WAIT_SECONDS) });

  const create = async (fullName: string) => {
    const res = await api.post('/nominations', 'officer.vp', { ...HOA, nominee: { ...HOA.nominee, fullName } });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const key = (k: string) => ({ 'Idempotency-Key': k });
  const trail = async (id: string) => (await api.get(`/nominations/${id}/history`, 'officer.vp')).body as { action: string; actorId: string | null }[];
  const deniedAttempts = async (id: string) => (await api.get(`/audit/events?subjectType=access&subjectId=${id}`, 'auditor')).body.items as unknown[];

  /**
   * A request as a client sends it after a restart: a 503 (the restarted workflow's task waits for
   * the lost one's timeout, longer than this suite's short action wait) is sent again after its
   * Retry-After, under the same key.
   */
  async function untilAnswered(send: () => Promise<{ status: number; body: any }>) {
    for (let attempt = 1; ; attempt++) {
      const res = await send();
      if (res.status !== 503 || attempt === 10) return res;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  /**
   * `action` taken with a key, then sent again with it: 200 both times, the second equal to GET,
   * `event` once in the trail; under another key the same body is refused 409.
   */
  async function expectRepeatAnswered(id: string, action: string, user: string, body: object, event: string, check: (first: { body: any }) => void) {
    const first = await api.post(`/nominations/${id}/${action}`, user, body, key(`${action}-1`));
    expect(first.status).toBe(200);
    check(first);
    const again = await api.post(`/nominations/${id}/${action}`, user, body, key(`${action}-1`));
    expect(again.status).toBe(200);
    expect(again.body).toEqual((await api.get(`/nominations/${id}`, user)).body);
    expect((await trail(id)).filter((e) => e.action === event)).toHaveLength(1);
    expect((await api.post(`/nominations/${id}/${action}`, user, body, key(`${action}-2`))).status).toBe(409);
  }

  /**
   * Sends `request` so that what it stores is an orphan: the worker exits right after the commit,
   * the API that would send the Update again is killed, and Temporal, restarted, has forgotten the
   * Update it had only admitted. Everything is running again when it returns.
   */
  async function loseAfterCommit(request: () => Promise<unknown>) {
    await stack.stopWorker();
    await stack.startWorker({ KTF_FAULT_EXIT_AFTER_RECORD: '1' });
    const lost = request().catch((e: unknown) => e);
    expect(await stack.workerExited()).toBe(137);
    await stack.killApi();
    await lost;
    await stack.stopTemporal();
    await stack.startTemporal();
    await stack.startApi();
    await stack.startWorker();
  }

  it('a vote: the same key and body answer 200 with one vote taken; another body or no key is refused', async () => {
    const id = await create('Phạm Thị Lặp Lại');
    const first = await api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'agree' }, key('vote-1'));
    expect(first.status).toBe(200);
    const again = await api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'agree' }, key('vote-1'));
    expect(again.status).toBe(200);
    expect(again.body).toEqual((await api.get(`/nominations/${id}`, 'council.1')).body);
    expect((await trail(id)).filter((e) => e.action === 'vote_cast')).toHaveLength(1);
    expect(await deniedAttempts(id)).toHaveLength(0);

    // The same key with another choice is another request: refused like a second vote.
    const changed = await api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'disagree' }, key('vote-1'));
    expect(changed.status).toBe(409);
    const unkeyed = await api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'agree' });
    expect(unkeyed.status).toBe(409);
    expect((await trail(id)).filter((e) => e.action === 'vote_cast')).toHaveLength(1);
    expect(await deniedAttempts(id)).toHaveLength(2);
  });

  it('an action no worker takes is answered 503 after ACTION_WAIT_SECONDS, not held; sent again under its key once a worker runs, it answers 200, done once', async () => {
    const id = await create('Lê Thị Chờ Đợi');
    await stack.stopWorker();
    let waited: { status: number; body: any };
    const started = Date.now();
    try {
      waited = await api.post(`/nominations/${id}/votes`, 'council.2', { choice: 'agree' }, key('no-worker-1'));
    } finally {
      await stack.startWorker();
    }
    const ms = Date.now() - started;
    expect(waited.status).toBe(503);
    expect(waited.body).toMatchObject({ dependency: 'temporal', retryAfterSeconds: expect.any(Number) });
    expect(ms).toBeGreaterThanOrEqual(ACTION_WAIT_SECONDS * 1000 - 200);
    expect(ms).toBeLessThan(ACTION_WAIT_SECONDS * 1000 + 10_000);
    // The Update waited in Temporal and a worker has taken it since, or takes it now: one vote either way.
    const again = await api.post(`/nominations/${id}/votes`, 'council.2', { choice: 'agree' }, key('no-worker-1'));
    expect(again.status).toBe(200);
    expect(again.body.council.votedMemberIds).toHaveLength(1);
    expect((await trail(id)).filter((e) => e.action === 'vote_cast')).toHaveLength(1);
    expect(await deniedAttempts(id)).toHaveLength(0);
  });

  it('a decision (a batch, and one of a single nomination), a council-session close and a campaign extension no worker takes: 503 after ACTION_WAIT_SECONDS; the same request once a worker runs is answered, done once', async () => {
    const toSigning = async (fullName: string) => {
      const id = await create(fullName);
      for (const m of COUNCIL) expect((await api.post(`/nominations/${id}/votes`, m, { choice: 'agree' })).status).toBe(200);
      expect((await api.post(`/nominations/${id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Đủ hồ sơ' })).status).toBe(200);
      return id;
    };
    const batch = [await toSigning('Phan Văn Lô Một'), await toSigning('Phan Văn Lô Hai')];
    const alone = await toSigning('Phan Thị Một Mình');
    const inCouncil = await create('Phan Văn Hội Đồng');
    const session = await api.post('/council-sessions', 'secretary', { nominationIds: [inCouncil] });
    expect(session.status).toBe(201);
    const campaign = await api.post('/campaigns', 'admin', { name: 'Đợt không có worker', awardCodes: ['BANG_KHEN_CT_UBND'], unitIds: [seededUnitId('VP-UBND')], intakeDeadline: new Date(Date.now() + 3_600_000).toISOString() });
    expect(campaign.status).toBe(201);
    const extendedTo = new Date(Date.now() + 7_200_000).toISOString();
    const requests = {
      batch: () => api.post('/decisions', 'chairman', { nominationIds: batch }, key('no-worker-batch')),
      alone: () => api.post('/decisions', 'chairman', { nominationIds: [alone] }, key('no-worker-alone')),
      close: () => api.post(`/council-sessions/${session.body.id}/close`, 'secretary'),
      extend: () => api.post(`/campaigns/${campaign.body.id}/extend`, 'admin', { intakeDeadline: extendedTo, reason: 'Các đơn vị xin thêm thời gian' }),
    };
    await stack.stopWorker();
    const waited: Record<string, { status: number; ms: number; body: any }> = {};
    try {
      for (const [name, send] of Object.entries(requests)) {
        const started = Date.now();
        const res = await send();
        waited[name] = { status: res.status, body: res.body, ms: Date.now() - started };
      }
    } finally {
      await stack.startWorker();
    }
    for (const { status, body, ms } of Object.values(waited)) {
      expect(status).toBe(503);
      expect(body).toMatchObject({ dependency: 'temporal', retryAfterSeconds: expect.any(Number) });
      expect(ms).toBeGreaterThanOrEqual(ACTION_WAIT_SECONDS * 1000 - 200);
      expect(ms).toBeLessThan(ACTION_WAIT_SECONDS * 1000 + 10_000);
    }
    // Each went on in Temporal, or is taken now: the same request is answered with it, once.
    for (const [name, ids] of [['batch', batch], ['alone', [alone]]] as const) {
      const res = await untilAnswered(requests[name]);
      expect([200, 201]).toContain(res.status);
      expect(res.body).toMatchObject({ status: 'signed', nominationIds: ids });
      for (const id of ids) expect((await trail(id)).filter((e) => e.action === 'signed')).toHaveLength(1);
    }
    // A close sent again joins the one under way (200), or finds it done (409, already closed).
    expect([200, 409]).toContain((await untilAnswered(requests.close)).status);
    expect((await api.get(`/council-sessions/${session.body.id}`, 'secretary')).body.status).toBe('closed');
    expect((await trail(inCouncil)).filter((e) => e.action === 'voting_closed')).toHaveLength(1);
    // The extension, sent again, is the same one (its Update id is the new deadline): answered, even
    // once it is done, where a second extension to the same deadline would be refused 422.
    for (let i = 0; i < 2; i++) {
      const res = await untilAnswered(requests.extend);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'open', intakeDeadline: extendedTo });
    }
    const campaignTrail = (await api.get(`/audit/events?subjectType=campaign&subjectId=${campaign.body.id}`, 'auditor')).body.items as { action: string }[];
    expect(campaignTrail.filter((e) => e.action === 'intake_extended')).toHaveLength(1);
  });

  it('a malformed key is refused 400 before anything happens', async () => {
    const id = await create('Lê Văn Khóa Sai');
    for (const bad of ['caf\u00e9', 'x'.repeat(201), 'two words']) {
      const res = await api.post(`/nominations/${id}/votes`, 'council.2', { choice: 'agree' }, key(bad));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', messages: ['Idempotency-Key must be 1–200 visible ASCII characters'] }]);
    }
    expect((await trail(id)).filter((e) => e.action === 'vote_cast')).toHaveLength(0);
    expect((await api.post(`/nominations/${id}/votes`, 'council.2', { choice: 'agree' }, key('ok'))).status).toBe(200);
  });

  it('an appraisal repeated after the stage moved on is answered, not refused; another key is refused', async () => {
    const id = await create('Nguyễn Thẩm Định Hai Lần');
    for (const m of COUNCIL) expect((await api.post(`/nominations/${id}/votes`, m, { choice: 'agree' })).status).toBe(200);
    await expectRepeatAnswered(id, 'appraisal', 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' }, 'appraisal_approve', (first) => expect(first.body.stage).toBe('signing'));
  });

  it('the action that ended the nomination, sent again, answers the ended nomination', async () => {
    const id = await create('Trần Rút Hồ Sơ');
    // Another key is not the request that ended it: the ended nomination refuses it, as without a key.
    await expectRepeatAnswered(id, 'withdraw', 'officer.vp', { reason: 'Đơn vị rút để bổ sung thành tích' }, 'withdrawn', (first) => expect(first.body.status).toBe('withdrawn'));
  });

  // Last: it restarts Temporal and the API.
  it('a vote stored whose Update was lost (worker, API and Temporal down after the commit): its retry with the key answers 200, counted once', async () => {
    const id = await create('Hoàng Văn Mồ Côi');
    const before = (await api.get(`/nominations/${id}`, 'officer.vp')).body.transition as number;
    // The vote's transition is stored, its Update lost: an orphan, as a power cut leaves it.
    await loseAfterCommit(() => api.post(`/nominations/${id}/votes`, 'council.3', { choice: 'agree' }, key('orphan-1')));
    expect((await trail(id)).filter((e) => e.action === 'vote_cast')).toHaveLength(1);

    // The member, told nothing, votes again with the same key: the orphan is the request itself.
    const retried = await untilAnswered(() => api.post(`/nominations/${id}/votes`, 'council.3', { choice: 'agree' }, key('orphan-1')));
    expect(retried.status).toBe(200);
    expect(retried.body.transition).toBe(before + 1);
    expect(retried.body).toEqual((await api.get(`/nominations/${id}`, 'council.3')).body);
    expect((await trail(id)).filter((e) => e.action === 'vote_cast')).toHaveLength(1);
    // Under another key it is another request: refused, the vote having counted.
    expect((await api.post(`/nominations/${id}/votes`, 'council.3', { choice: 'agree' }, key('orphan-2'))).status).toBe(409);
    // The next member's vote is the next transition: the workflow took the orphan as its own.
    const next = await api.post(`/nominations/${id}/votes`, 'council.4', { choice: 'agree' });
    expect(next.status).toBe(200);
    expect(next.body.transition).toBe(before + 2);
    expect((await api.get('/audit/verify', 'auditor')).body.ok).toBe(true);
  });

  // Found by the crash test: the read model, holding the orphan, refuses the retry before any Update is sent.
  it('an appraisal stored whose Update was lost: its retry with the key answers 200 though the read model has moved on', async () => {
    const id = await create('Đinh Thị Thẩm Định Mất');
    for (const m of COUNCIL) expect((await api.post(`/nominations/${id}/votes`, m, { choice: 'agree' })).status).toBe(200);
    const body = { decision: 'approve', reason: 'Hồ sơ đầy đủ' };
    await loseAfterCommit(() => api.post(`/nominations/${id}/appraisal`, 'appraiser', body, key('appraisal-lost')));
    expect((await api.get(`/nominations/${id}`, 'appraiser')).body.stage).toBe('signing'); // the read model holds it

    // Another key is not this request: still refused, and nothing taken.
    expect((await api.post(`/nominations/${id}/appraisal`, 'appraiser', body, key('appraisal-other'))).status).toBe(409);
    const retried = await untilAnswered(() => api.post(`/nominations/${id}/appraisal`, 'appraiser', body, key('appraisal-lost')));
    expect(retried.status).toBe(200);
    expect(retried.body.stage).toBe('signing');
    expect((await trail(id)).filter((e) => e.action === 'appraisal_approve')).toHaveLength(1);
    // The workflow took it as its own: the nomination can be signed.
    const signed = await api.post('/decisions', 'chairman', { nominationIds: [id] });
    expect(signed.status).toBe(201);
    expect((await api.get('/audit/verify', 'auditor')).body.ok).toBe(true);
  });

  // Last too: it restarts Temporal and the API.
  it('a create-and-submit stored as #1 whose Update was lost: the workflow takes it at its start; the retried POST answers 200', async () => {
    const fullName = 'Vũ Thị Khởi Đầu';
    const body = { ...HOA, nominee: { ...HOA.nominee, fullName } };
    // The workflow's start is in history; the submission riding with it was only admitted: lost.
    await loseAfterCommit(() => api.post('/nominations', 'officer.vp', body, key('create-orphan-1')));

    const retried = await untilAnswered(() => api.post('/nominations', 'officer.vp', body, key('create-orphan-1')));
    expect(retried.status).toBe(200);
    const id = retried.body.id as string;
    // The restarted workflow recorded `created` as #1, found the whole create-and-submit there, and took it.
    const settledRow = async () => (await api.get(`/nominations/${id}`, 'officer.vp')).body;
    for (let i = 0; i < 50 && (await settledRow()).stage !== 'council_review'; i++) await new Promise((r) => setTimeout(r, 200));
    expect(await settledRow()).toMatchObject({ status: 'in_progress', stage: 'council_review', transition: 1 });
    expect((await trail(id)).map((e) => e.action)).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);
    // The workflow agrees: the first vote is transition 2 (sent as a client does: its task may still wait for the lost one's timeout).
    const vote = await untilAnswered(() => api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'agree' }, key('create-orphan-vote')));
    if (vote.status !== 200) console.log('DEBUG', JSON.stringify(vote.body));
    expect(vote.status).toBe(200);
    expect(vote.body.transition).toBe(2);
    expect((await api.get('/audit/verify', 'auditor')).body.ok).toBe(true);
    // It went the orphan's way: the workflow said so (its line reaches the test a moment later).
    const saidSo = () => stack.recentOutput().worker.some((l) => l.includes('taking an orphan transition') && l.includes(id));
    for (let i = 0; i < 50 && !saidSo(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(saidSo()).toBe(true);
  });
});
