import { Client } from 'pg';
import { unitId } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { ApiClient, apiClient, Caller, startE2eStack } from './support/e2e-stack';
import { COUNCIL, Created, eventually, nominationSteps, withQuery } from './support/nomination-steps';
import { createOwnUnit } from './support/unit-fixture';

jest.setTimeout(120_000);

const VP = unitId('VP-UBND');
const DONG_THINH = unitId('XA-DONG-THINH');

type Item = { id: string; unitId: string; nomineeName: string; [k: string]: unknown };
type Page = { items: Item[]; nextCursor: string | null };

describe('reading: GET /nominations, /inbox, /awards', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let db: Client;
  let steps: ReturnType<typeof nominationSteps>;
  let CAMPAIGN: string;
  // The fixed cast of the filter, search and inbox tests (created in beforeAll, never moved on:
  // tests that move nominations, or make more, do so in a unit of their own).
  let hoa: Created, dong: Created, tuan: Created, draft: Created, cstd: Created, hoaDt: Created, ducDt: Created;

  const list = async (user: string, params: Record<string, string | number | boolean | undefined> = {}) => {
    const res = await api.get<Page>(withQuery('/nominations', { limit: 100, ...params }), user);
    if (res.status !== 200) throw new Error(`list ${JSON.stringify(params)}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.items;
  };
  const ids = (items: Item[]) => items.map((i) => i.id).sort();
  const idsOf = (...cs: Created[]) => cs.map((c) => c.id).sort();
  const inbox = async (user: Caller) => (await api.get<Page>('/inbox?limit=100', user)).body.items;
  const setDue = (id: string, sql: string) => db.query(`UPDATE nominations SET due_at = ${sql} WHERE id = $1`, [id]);

  beforeAll(async () => {
    stack = await startE2eStack();
    api = apiClient(stack.apiUrl);
    steps = nominationSteps(api);
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const campaign = await api.post('/campaigns', 'admin', {
      name: 'Tổng kết năm 2026', awardCodes: ['BANG_KHEN_CT_UBND'], unitIds: [VP, DONG_THINH], intakeDeadline: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    });
    expect(campaign.status).toBe(201);
    CAMPAIGN = campaign.body.id;
    hoa = await steps.create('officer.vp', 'Nguyễn Thị Hoa', { year: 2025, campaignId: CAMPAIGN });
    dong = await steps.create('officer.vp', 'Đặng Văn Đông');
    // Decomposed (NFD) input: the marks arrive as separate combining characters.
    tuan = await steps.create('officer.vp', 'Hoàng Minh Tuấn'.normalize('NFD'), { campaignId: CAMPAIGN });
    draft = await steps.create('officer.vp', 'Trần Thị Mai', { submit: false });
    cstd = await steps.create('officer.vp', 'Phạm Văn Khánh', { awardCode: 'CSTD_TINH', submit: false });
    hoaDt = await steps.create('officer.dongthinh', 'Lê Thị Hòa'); // old-style tone placement (Hòa, not Hoà)
    ducDt = await steps.create('officer.dongthinh', 'ĐỖ ĐỨC ANH');
    // Drafts get their stage when the workflow's first transition is projected.
    await eventually(() => list('auditor', { stage: 'unit_proposal' }), (items) => items.length === 2, 10_000, 'the drafts to be projected');
    // Due dates of the cast: two past due, one due soon, one with none.
    await setDue(tuan.id, `now() - interval '3 days'`);
    await setDue(hoa.id, `now() - interval '2 days'`);
    await setDue(dong.id, `now() + interval '2 days'`);
    await setDue(ducDt.id, 'NULL');
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  });

  describe('filters', () => {
    it('each narrow the list to exactly the matching nominations', async () => {
      expect(ids(await list('auditor', { stage: 'council_review' }))).toEqual(idsOf(hoa, dong, tuan, hoaDt, ducDt));
      expect(ids(await list('auditor', { stage: 'unit_proposal' }))).toEqual(idsOf(draft, cstd));
      expect(ids(await list('auditor', { status: 'draft' }))).toEqual(idsOf(draft, cstd));
      expect(ids(await list('auditor', { unitId: DONG_THINH }))).toEqual(idsOf(hoaDt, ducDt));
      expect(ids(await list('auditor', { awardCode: 'CSTD_TINH' }))).toEqual(idsOf(cstd));
      expect(ids(await list('auditor', { awardType: 'CSTD_TINH' }))).toEqual(idsOf(cstd));
      expect(ids(await list('auditor', { campaignId: CAMPAIGN }))).toEqual(idsOf(hoa, tuan));
      expect(ids(await list('auditor', { year: 2025 }))).toEqual(idsOf(hoa));
      expect(ids(await list('auditor', { unitId: VP, stage: 'council_review', campaignId: CAMPAIGN, year: 2025 }))).toEqual(idsOf(hoa));
      expect(await list('auditor', { status: 'awarded', unitId: DONG_THINH })).toEqual([]);
    });

    it('overdue=true: past due and still open; overdue=false: the rest', async () => {
      const overdue = await list('auditor', { overdue: true, unitId: VP });
      expect(overdue.map((i) => [i.id, i.overdue])).toEqual([[tuan.id, true], [hoa.id, true]]);
      const onTime = await list('auditor', { overdue: false, unitId: VP });
      expect(onTime.map((i) => [i.id, i.overdue])).toEqual([[cstd.id, false], [draft.id, false], [dong.id, false]]);
    });

    it('returns the compact summary, newest first', async () => {
      const items = await list('auditor', { unitId: VP });
      expect(items.map((i) => i.id)).toEqual([cstd, draft, tuan, dong, hoa].map((c) => c.id));
      expect(items.find((i) => i.id === hoa.id)).toEqual({
        id: hoa.id, awardCode: 'BANG_KHEN_CT_UBND', subject: 'individual', nomineeName: 'Nguyễn Thị Hoa', unitId: VP,
        status: 'in_progress', stage: 'council_review', stageOpenedAt: expect.any(String), dueAt: expect.any(String),
        overdue: true, year: 2025, campaignId: CAMPAIGN, createdAt: expect.any(String),
      });
      // Stored composed (NFC), whatever form it came in.
      expect(items.find((i) => i.id === tuan.id)?.nomineeName).toBe('Hoàng Minh Tuấn'.normalize('NFC'));
    });

    it('refuses bad parameters naming the field: 400 for the form, 422 for what only the API can judge', async () => {
      for (const [query, field, status] of [
        ['limit=0', 'limit', 400], ['limit=101', 'limit', 400], ['limit=abc', 'limit', 400], ['overdue=yes', 'overdue', 400],
        ['stage=voting', 'stage', 400], ['status=done', 'status', 400], ['unitId=x', 'unitId', 400], ['year=19', 'year', 400],
        ['awardCode=bang khen', 'awardCode', 400], ['cursor=not a cursor', 'cursor', 400], ['q=', 'q', 400], ['sort=name', 'sort', 400],
        // Well-formed, but an alias given two values, and a cursor this list never wrote.
        ['awardCode=GIAY_KHEN&awardType=LDTT', 'awardType', 422], ['cursor=bm90LWEtY3Vyc29y', 'cursor', 422],
      ] as const) {
        const res = await api.get(`/nominations?${query}`, 'auditor');
        expect({ query, status: res.status }).toEqual({ query, status });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect((await api.get('/nominations')).status).toBe(401);
    });

    it('leaves GET /nominations/:id to the nominations controller', async () => {
      const one = await api.get(`/nominations/${hoa.id}`, 'council.1');
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id: hoa.id, allowedActions: ['vote', 'reassign'] });
    });
  });

  describe('Vietnamese free-text search (q)', () => {
    const search = async (q: string) => ids(await list('auditor', { q }));

    it('matches with or without diacritics, any case', async () => {
      for (const q of ['nguyen thi hoa', 'Nguyễn Thị Hoa', 'NGUYỄN THỊ HOA', 'Nguyễn Thị Hoà', 'hoa nguyen']) {
        expect({ q, found: await search(q) }).toEqual({ q, found: idsOf(hoa) });
      }
      // A substring of any word: "hoa" is also inside "Hoàng" and the old-style "Hòa".
      expect(await search('hoa')).toEqual(idsOf(hoa, tuan, hoaDt));
      expect(await search('thi hoa')).toEqual(idsOf(hoa, hoaDt));
    });

    it('folds đ/Đ to d', async () => {
      for (const q of ['dang van dong', 'Đặng Văn Đông', 'ĐẶNG', 'đông', 'dong']) {
        expect({ q, found: await search(q) }).toEqual({ q, found: idsOf(dong) });
      }
      expect(await search('do duc anh')).toEqual(idsOf(ducDt));
      expect(await search('Đỗ Đức')).toEqual(idsOf(ducDt));
    });

    it('is indifferent to Unicode normalisation and tone-mark placement', async () => {
      expect(await search('Hoàng Minh Tuấn'.normalize('NFD'))).toEqual(idsOf(tuan)); // stored from NFD
      expect(await search('Tuấn'.normalize('NFC'))).toEqual(idsOf(tuan));
      expect(await search('Lê Thị Hoà'.normalize('NFD'))).toEqual(idsOf(hoaDt)); // query Hoà, stored Hòa
      expect(await search('le thi hoa')).toEqual(idsOf(hoaDt));
    });

    it('treats LIKE wildcards as text', async () => {
      expect(await search('%')).toEqual([]);
      expect(await search('h_a')).toEqual([]);
    });

    it('is served by the trigram index, and the list order by its keyset index', async () => {
      await db.query('BEGIN');
      try {
        await db.query('SET LOCAL enable_seqscan = off'); // a tiny table would otherwise be scanned
        const plan = async (sql: string) => (await db.query(`EXPLAIN ${sql}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
        expect(await plan(`SELECT id FROM nominations WHERE nominee_search LIKE '%hoa%'`)).toContain('nominations_search_trgm');
        expect(
          await plan(`SELECT id FROM nominations WHERE (created_at, id) < (now(), gen_random_uuid()) ORDER BY created_at DESC, id DESC LIMIT 21`),
        ).toContain('nominations_created');
        expect(await plan(`SELECT id FROM award_records WHERE nominee_search LIKE '%dat%'`)).toContain('award_records_search_trgm');
      } finally {
        await db.query('ROLLBACK');
      }
    });
  });

  describe('unit scope', () => {
    it('a unit officer sees only their own unit, whatever they ask for', async () => {
      const mine = await list('officer.dongthinh');
      expect(ids(mine)).toEqual(idsOf(hoaDt, ducDt));
      expect(ids(await list('officer.dongthinh', { q: 'hoa' }))).toEqual(idsOf(hoaDt));
      expect(ids(await list('officer.dongthinh', { unitId: DONG_THINH }))).toEqual(idsOf(hoaDt, ducDt));
      const other = await api.get(`/nominations?unitId=${VP}`, 'officer.dongthinh');
      expect(other.status).toBe(403);
      expect(ids(await list('officer.vp'))).toEqual(idsOf(hoa, dong, tuan, draft, cstd));
    });
  });

  describe('cursor pagination', () => {
    it('visits every nomination exactly once while new ones are inserted between and during page fetches', async () => {
      // Drafts of a unit of its own, withdrawn at the end: the cast's lists never see them.
      const unit = await createOwnUnit(api, 'XA-TRANG-AN', 'UBND xã Tràng An');
      const q = 'vuong thi trang';
      const initial: Created[] = [];
      const added: Created[] = [];
      try {
        for (let i = 1; i <= 9; i++) initial.push(await steps.create(unit.officer, `Vương Thị Trang ${i}`, { submit: false }));
        const seen: Item[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          // Inserts race the page fetch and land before the next one: with OFFSET, rows would repeat.
          const [page, ...more] = await Promise.all([
            api.get<Page>(withQuery('/nominations', { q, limit: 4, cursor }), 'auditor'),
            steps.create(unit.officer, `Vương Thị Trang mới ${pages}a`, { submit: false }),
            steps.create(unit.officer, `Vương Thị Trang mới ${pages}b`, { submit: false }),
          ]);
          expect(page.status).toBe(200);
          seen.push(...page.body.items);
          added.push(...more);
          cursor = page.body.nextCursor ?? undefined;
          pages++;
        } while (cursor && pages < 10);
        const seenIds = seen.map((i) => i.id);
        expect(new Set(seenIds).size).toBe(seenIds.length); // no repeats
        const addedIds = new Set(added.map((a) => a.id));
        expect(seenIds.filter((id) => !addedIds.has(id)).sort()).toEqual(idsOf(...initial)); // nothing missed
        const created = seen.map((i) => Date.parse(i.createdAt as string));
        expect(created).toEqual([...created].sort((a, b) => b - a)); // newest first throughout
        // A fresh walk now sees everything, the inserted ones first.
        const all = await list('auditor', { q });
        expect(all).toHaveLength(initial.length + added.length);
      } finally {
        for (const d of [...initial, ...added]) await steps.expectOk(api.post(`/nominations/${d.id}/withdraw`, unit.officer, { reason: 'Hết dùng' }), 'withdraw');
      }
    });

    it('pages through the inbox the same way', async () => {
      const full = (await inbox('secretary')).map((i) => i.id);
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await api.get<Page>(withQuery('/inbox', { limit: 2, cursor }), 'secretary');
        walked.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      expect(walked).toEqual(full);
      expect((await api.get(withQuery('/inbox', { cursor: 'abc' }), 'secretary')).status).toBe(422);
      const listCursor = (await api.get<Page>('/nominations?limit=1', 'auditor')).body.nextCursor as string;
      expect((await api.get(withQuery('/inbox', { cursor: listCursor }), 'secretary')).status).toBe(422);
    });
  });

  describe('inbox and registry as nominations advance', () => {
    const has = async (user: Caller, c: Created) => (await inbox(user)).find((i) => i.id === c.id);

    it('shows each role what it must act on now', async () => {
      // Inbox order: oldest due first, no due date last, then longest waiting (the cast's due dates).
      const sec = await inbox('secretary');
      expect(sec.slice(0, 2).map((i) => i.id)).toEqual([tuan.id, hoa.id]);
      expect(ids(sec.filter((i) => [hoa, dong, tuan, hoaDt, ducDt].some((c) => c.id === i.id)))).toEqual(idsOf(hoa, dong, tuan, hoaDt, ducDt));
      for (const i of sec) expect([i.stage, i.expectedActions]).toEqual(['council_review', expect.arrayContaining(['close_voting'])]);
      const keys = sec.map((i) => [i.dueAt ? Date.parse(i.dueAt as string) : Infinity, Date.parse(i.stageOpenedAt as string)]);
      keys.slice(1).forEach((k, n) => expect(k[0] > keys[n][0] || (k[0] === keys[n][0] && k[1] >= keys[n][1])).toBe(true));

      // Council: pinned and not yet voted; the recused council.5 never sees Đồng Thịnh's.
      expect(await has('council.1', hoaDt)).toMatchObject({ expectedActions: ['vote'] });
      const c5 = await inbox('council.5');
      expect(c5.some((i) => i.unitId === DONG_THINH)).toBe(false);
      expect(ids(c5)).toEqual(idsOf(hoa, dong, tuan));

      // Unit officers: their own drafts to submit; nothing waiting on others.
      const vp = await inbox('officer.vp');
      expect(ids(vp)).toEqual(idsOf(draft, cstd));
      expect(vp.find((i) => i.id === draft.id)).toMatchObject({ expectedActions: ['submit'], allowedActions: ['submit', 'withdraw'] });
      expect(await inbox('officer.dongthinh')).toEqual([]);
      expect(await inbox('auditor')).toEqual([]);

      // A vote takes the nomination out of that member's inbox only (one of a unit of its own,
      // withdrawn at the end, so the cast stays as it is).
      const unit = await createOwnUnit(api, 'XA-HOP-THU', 'UBND xã Hộp Thư');
      const voted = await steps.create(unit.officer, 'Phùng Văn Kiểm');
      try {
        expect(await has('council.1', voted)).toMatchObject({ expectedActions: ['vote'] });
        await steps.vote(voted.id, 'council.1');
        expect(await has('council.1', voted)).toBeUndefined();
        expect(await has('council.2', voted)).toMatchObject({ expectedActions: ['vote'] });
      } finally {
        await steps.expectOk(api.post(`/nominations/${voted.id}/withdraw`, unit.officer, { reason: 'Hết dùng' }), 'withdraw');
      }
    });

    it('follows appraisal, supplement, signing and the central decision; the registry records the awards', async () => {
      // Created out of alphabetical order; byte order would put Âu after Dương and Đinh last.
      const unit = await createOwnUnit(api, 'XA-KHANH-AN', 'UBND xã Khánh An');
      const names = ['Dương Thị Mai', 'Đinh Văn Đạt', 'Bùi Thị Bình', 'Âu Văn An'];
      const awarded = await Promise.all(names.map((n) => steps.create(unit.officer, n, { year: 2024 })));
      const central = await steps.create(unit.officer, 'Cao Thị Trung Ương', { awardCode: 'BANG_KHEN_TTG', year: 2024 });
      const back = await steps.create(unit.officer, 'Kiều Văn Bổ Sung', { year: 2024 });
      const all = [...awarded, central, back];
      await Promise.all(all.map((c) => steps.voteAll(c.id, COUNCIL)));
      for (const c of all) expect(await has('appraiser', c)).toMatchObject({ stage: 'appraisal', expectedActions: ['appraise'] });
      expect(await has('secretary', central)).toBeUndefined();

      await Promise.all([...awarded, central].map((c) => steps.appraise(c.id, 'approve')));
      await steps.appraise(back.id, 'supplement', 'Thiếu bản thành tích');
      expect(await has(unit.officer, back)).toMatchObject({ stage: 'supplement', expectedActions: ['supplement'] });
      expect(await has('officer.vp', back)).toBeUndefined();
      expect(await has('officer.dongthinh', back)).toBeUndefined();
      for (const c of [...awarded, central]) expect(await has('chairman', c)).toMatchObject({ expectedActions: ['sign', 'return'] });
      expect(await has('appraiser', awarded[0])).toBeUndefined();

      // The only decisions of this file's stack: a quyết định and a tờ trình, numbered apart.
      const decision = await steps.sign(awarded.map((c) => c.id));
      expect(decision.number).toBe('1/QĐ-UBND');
      expect((await steps.sign([central.id])).number).toBe('1/TTr-UBND');
      expect(await has('chairman', awarded[0])).toBeUndefined();
      expect(await has('appraiser', central)).toMatchObject({ stage: 'external_decision', expectedActions: ['record_external_decision'] });

      const registry = (await api.get<Page>('/awards?year=2024', 'officer.dongthinh')).body;
      expect(registry.items.map((i) => i.nomineeName)).toEqual(['Âu Văn An', 'Bùi Thị Bình', 'Dương Thị Mai', 'Đinh Văn Đạt']);
      expect(registry.items[3]).toMatchObject({
        awardCode: 'BANG_KHEN_CT_UBND', awardName: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2024, unitId: unit.id,
        unitName: 'UBND xã Khánh An', decision: { id: decision.id, number: '1/QĐ-UBND' }, subject: 'individual',
      });
      for (const person of ['dinh van dat', 'Đinh Văn Đạt', 'ĐẠT', 'đinh'.normalize('NFD')]) {
        const found = (await api.get<Page>(withQuery('/awards', { person }), 'auditor')).body.items;
        expect({ person, names: found.map((i) => i.nomineeName) }).toEqual({ person, names: ['Đinh Văn Đạt'] });
      }
      expect((await api.get<Page>(withQuery('/awards', { person: 'nguyen thi hoa' }), 'auditor')).body.items).toEqual([]);
      expect((await api.get<Page>(`/awards?unitId=${DONG_THINH}`, 'auditor')).body.items).toEqual([]);
      expect((await api.get<Page>('/awards?awardCode=BANG_KHEN_CT_UBND&year=2024', 'auditor')).body.items).toHaveLength(4);

      await steps.expectOk(
        api.post(`/nominations/${central.id}/external-decision`, 'appraiser', { outcome: 'awarded', decisionNumber: '123/QĐ-TTg' }),
        'external decision',
      );
      const centralRecord = (await api.get<Page>(withQuery('/awards', { person: 'cao thi trung uong' }), 'auditor')).body.items;
      expect(centralRecord).toMatchObject([{ awardCode: 'BANG_KHEN_TTG', decision: { id: null, number: '123/QĐ-TTg' } }]);

      // The registry pages in the same order, one record at a time.
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = (await api.get<Page>(withQuery('/awards', { year: 2024, limit: 1, cursor }), 'auditor')).body;
        walked.push(...page.items.map((i) => i.nomineeName));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(walked).toEqual(['Âu Văn An', 'Bùi Thị Bình', 'Cao Thị Trung Ương', 'Dương Thị Mai', 'Đinh Văn Đạt']);
    });
  });
});
