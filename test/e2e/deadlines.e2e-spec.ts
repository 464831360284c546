import { unitId as seededUnitId } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { CalendarOracle, vnDate } from './support/calendar-oracle';
import { ApiClient, apiClient, HOA, startE2eStack } from './support/e2e-stack';
import { COUNCIL, eventually, nominationSteps } from './support/nomination-steps';
import { ReceivedMail, startSmtpSink, waitFor } from './support/smtp-sink';

jest.setTimeout(120_000);

describe('deadlines, notifications and campaigns', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let steps: ReturnType<typeof nominationSteps>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    stack = await startE2eStack({ SMTP_URL: smtp.url });
    api = apiClient(stack.apiUrl);
    steps = nominationSteps(api);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await smtp?.stop();
  });

  const mailsTo = (address: string, since = 0): ReceivedMail[] => smtp.mails.slice(since).filter((m) => m.to.includes(address));

  it('serves the seeded 2026 calendar with Tết and the Quốc khánh swap', async () => {
    // Facts of the seed (libs/domain/src/calendar/holiday-seed.ts), not dates relative to today.
    /* eslint-disable no-restricted-syntax */
    const res = await api.get('/holidays?year=2026', 'officer.vp');
    expect(res.status).toBe(200);
    const byDate = new Map((res.body.days as { date: string; kind: string }[]).map((d) => [d.date, d.kind]));
    expect(byDate.get('2026-02-17')).toBe('holiday');
    expect(byDate.get('2026-08-31')).toBe('holiday');
    expect(byDate.get('2026-08-22')).toBe('working_saturday');
    /* eslint-enable no-restricted-syntax */
    expect((await api.get('/holidays?year=abc', 'officer.vp')).status).toBe(400);
  });

  it('computes the stage due date in working days and emails those who must act', async () => {
    const before = smtp.mails.length;
    const cal = await CalendarOracle.load(api);
    const n = await steps.create('officer.vp', 'Trịnh Thị Hạnh');
    const asked = Date.now();
    const res = await api.get(`/nominations/${n.id}`, 'council.1');
    const answered = Date.now();
    expect(res.body.dueAt).toBe(cal.dueAt(res.body.stageOpenedAt, 5));
    expect(res.body.overdue).toBe(false);
    // The API counts from the moment it answered, somewhere between these two (a local midnight
    // may fall in between, and then either count is right).
    expect([cal.workingDaysLeft(asked, res.body.dueAt), cal.workingDaysLeft(answered, res.body.dueAt)]).toContain(res.body.workingDaysLeft);
    expect(res.body.workingDaysLeft).toBeGreaterThanOrEqual(4);
    // Mails of this nomination (another test's may still be arriving).
    const about = (address: string) => mailsTo(address, before).filter((m) => m.subject.includes('Trịnh Thị Hạnh'));
    for (const member of COUNCIL) {
      const got = await waitFor(() => about(`${member}@ktf.local`).length > 0 && about(`${member}@ktf.local`));
      expect(got.map((m) => m.subject)).toEqual(['Hồ sơ cần xử lý: Bằng khen của Chủ tịch UBND tỉnh cho Trịnh Thị Hạnh']);
    }
    expect(about('officer.vp@ktf.local')).toEqual([]);
    const inbox = await api.get('/me/notifications', 'council.2');
    const notice = inbox.body.items.find((i: { nominationId: string }) => i.nominationId === n.id);
    expect(notice).toMatchObject({ kind: 'stage_opened', read: false, email: 'sent' });
    expect((await api.post(`/me/notifications/${notice.id}/read`, 'council.2')).status).toBe(204);
    expect((await api.post(`/me/notifications/${notice.id}/read`, 'council.3')).status).toBe(404);
    const again = await api.get('/me/notifications', 'council.2');
    expect(again.body.items.find((i: { id: string }) => i.id === notice.id).read).toBe(true);
  });

  it('lets an admin extend a running deadline, with a reason, audited', async () => {
    const n = await steps.create('officer.vp', 'Lý Văn Khoa');
    const before = await api.get(`/nominations/${n.id}`, 'admin');
    expect(before.body.allowedActions).toContain('extend_deadline');
    expect((await api.patch(`/nominations/${n.id}/deadline`, 'appraiser', { extendByWorkingDays: 2, reason: 'x' })).status).toBe(403);
    expect((await api.patch(`/nominations/${n.id}/deadline`, 'admin', { extendByWorkingDays: 2 })).status).toBe(400);
    expect((await api.patch(`/nominations/${n.id}/deadline`, 'admin', { dueAt: '2020-01-01T00:00:00Z', reason: 'lùi' })).status).toBe(422);
    const res = await api.patch(`/nominations/${n.id}/deadline`, 'admin', { extendByWorkingDays: 3, reason: 'Hội đồng họp muộn do bão' });
    expect(res.status).toBe(200);
    const cal = await CalendarOracle.load(api);
    expect(res.body.dueAt).toBe(cal.extended(before.body.dueAt, 3));
    const history = await api.get(`/nominations/${n.id}/history`, 'auditor');
    const ext = history.body.find((e: { action: string }) => e.action === 'deadline_extended');
    expect(ext).toMatchObject({ actorRole: 'admin', reason: 'Hội đồng họp muộn do bão' });
    expect(ext.payload).toEqual({ from: before.body.dueAt, to: res.body.dueAt });
  });

  it('moves deadlines of stages that open after a holiday is added', async () => {
    const cal = await CalendarOracle.load(api);
    const a = await steps.create('officer.vp', 'Cao Thị Mai');
    const dueA = (await api.get(`/nominations/${a.id}`, 'admin')).body.dueAt;
    // The second working day from today: still ahead of the next stage's opening day, even if a
    // local midnight passes before it opens.
    const dayOff = cal.nthWorkingDayAfter(vnDate(Date.now()), 2);
    expect((await api.post('/holidays', 'officer.vp', { date: dayOff, kind: 'holiday', name: 'Nghỉ đột xuất' })).status).toBe(403);
    expect((await api.post('/holidays', 'admin', { date: dayOff, kind: 'holiday', name: 'Nghỉ đột xuất do bão' })).status).toBe(201);
    try {
      const b = await steps.create('officer.vp', 'Cao Văn Minh');
      const opened = (await api.get(`/nominations/${b.id}`, 'admin')).body;
      const dueB = opened.dueAt;
      expect(dueB).toBe(cal.withHoliday(dayOff).dueAt(opened.stageOpenedAt, 5));
      expect(Date.parse(dueB)).toBeGreaterThan(Date.parse(dueA));
      expect((await api.get(`/nominations/${a.id}`, 'admin')).body.dueAt).toBe(dueA);
    } finally {
      expect((await api.del(`/holidays/${dayOff}`, 'admin')).status).toBe(204);
    }
  });

  it('tells the unit when its dossier is sent back and when it is decided', async () => {
    const before = smtp.mails.length;
    const n = await steps.create('officer.vp', 'Đoàn Thị Yến');
    const about = (address: string) => mailsTo(address, before).filter((m) => m.subject.includes('Đoàn Thị Yến'));
    await steps.voteAll(n.id);
    await waitFor(() => about('appraiser@ktf.local').length > 0);
    await steps.appraise(n.id, 'supplement', 'Thiếu biên bản họp');
    const supplement = await waitFor(() => about('officer.vp@ktf.local').find((m) => m.subject.startsWith('Yêu cầu bổ sung')));
    expect(supplement.subject).toBe('Yêu cầu bổ sung hồ sơ: Bằng khen của Chủ tịch UBND tỉnh cho Đoàn Thị Yến');
    const resubmitted = await api.post(`/nominations/${n.id}/supplement`, 'officer.vp', { note: 'Đã bổ sung biên bản' });
    expect(resubmitted.body.stage).toBe('appraisal');
    await steps.appraise(n.id, 'approve');
    await steps.sign([n.id]);
    const result = await waitFor(() => about('officer.vp@ktf.local').find((m) => m.subject.startsWith('Kết quả')));
    expect(result.subject).toBe('Kết quả: Bằng khen của Chủ tịch UBND tỉnh cho Đoàn Thị Yến');
    const mine = await api.get('/me/notifications', 'officer.vp');
    expect(mine.body.items[0]).toMatchObject({ kind: 'result', nominationId: n.id });
    // Every notice of the nomination is emailed once, to whoever had to act, in order (the result
    // was the last, so all are in): its Message-ID (the notification id) never repeats.
    const ours = smtp.mails.slice(before).filter((m) => m.subject.includes('Đoàn Thị Yến'));
    const sent = ours.map((m) => [m.to.join(','), m.subject.split(':')[0]]);
    // The five members together (one notice each, in no particular order among them), then one by one.
    expect(sent.slice(0, 5).sort()).toEqual(COUNCIL.map((c) => [`${c}@ktf.local`, 'Hồ sơ cần xử lý']));
    expect(sent.slice(5)).toEqual([
      ['appraiser@ktf.local', 'Hồ sơ cần xử lý'],
      ['officer.vp@ktf.local', 'Yêu cầu bổ sung hồ sơ'],
      ['appraiser@ktf.local', 'Hồ sơ cần xử lý'],
      ['chairman@ktf.local', 'Hồ sơ cần xử lý'],
      ['officer.vp@ktf.local', 'Kết quả'],
    ]);
    const ids = ours.map((m) => /^Message-ID: (.*)$/im.exec(m.raw)?.[1]);
    for (const id of ids) expect(id).toMatch(/^<[0-9a-f-]{36}@/);
    expect(new Set(ids).size).toBe(ours.length);
  });

  it('closes campaign intake at its deadline and reopens it when extended', async () => {
    const unitId = seededUnitId('VP-UBND'); // officer.vp's unit
    // A near deadline: intake is open for the first three requests, then the campaign's durable
    // timer closes it (awaited below through the API, not slept through).
    const deadline = new Date(Date.now() + 8_000).toISOString();
    const forbidden = await api.post('/campaigns', 'officer.vp', { name: 'x', awardCodes: ['BANG_KHEN_CT_UBND'], unitIds: [unitId], intakeDeadline: deadline });
    expect(forbidden.status).toBe(403);
    const created = await api.post('/campaigns', 'admin', {
      name: 'Tổng kết năm',
      awardCodes: ['BANG_KHEN_CT_UBND'],
      unitIds: [unitId],
      intakeDeadline: deadline,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', intakeDeadline: deadline, closedAt: null });
    const id = created.body.id;
    const ok = await api.post('/nominations', 'officer.vp', { ...HOA, campaignId: id });
    expect(ok.status).toBe(201);
    expect(ok.body.campaignId).toBe(id);
    const wrongAward = await api.post('/nominations', 'officer.vp', { ...HOA, awardCode: 'CSTD_TINH', campaignId: id });
    expect(wrongAward.status).toBe(422);
    const notAddressed = await api.post('/nominations', 'officer.dongthinh', { ...HOA, campaignId: id });
    expect(notAddressed.status).toBe(422);

    const closed = await eventually(() => api.get(`/campaigns/${id}`, 'admin'), (r) => r.body.closedAt !== null, 60_000, 'the campaign workflow to close intake');
    expect(closed.body.status).toBe('closed');
    expect(Date.parse(closed.body.closedAt)).toBeGreaterThanOrEqual(Date.parse(deadline));
    expect(closed.body.units).toEqual([expect.objectContaining({ unitId, nominations: 1, submitted: 1 })]);
    const late = await api.post('/nominations', 'officer.vp', { ...HOA, campaignId: id });
    expect(late.status).toBe(422);
    expect(late.body.detail).toMatch(/intake for campaign "Tổng kết năm" closed/);
    const extended = await api.post(`/campaigns/${id}/extend`, 'admin', { intakeDeadline: new Date(Date.now() + 3600_000).toISOString(), reason: 'Gia hạn theo đề nghị của các đơn vị' });
    expect(extended.status).toBe(200);
    expect(extended.body.status).toBe('open');
    expect((await api.post('/nominations', 'officer.vp', { ...HOA, campaignId: id })).status).toBe(201);
    expect((await api.get(`/campaigns/${id}`, 'admin')).body.units[0].nominations).toBe(2);
  });

  it('reports stage load now and, over its period, the on-time rate and working days per stage', async () => {
    type Load = { stage: string; open: number; overdue: number };
    const openBy = (stages: Load[]) => Object.fromEntries(stages.map((s) => [s.stage, s.open]));
    const from = new Date().toISOString();
    const before = openBy((await api.get('/stats', 'auditor')).body.stages);
    // This test's own traffic: one nomination stays in council review, one passes it today.
    await steps.create('officer.vp', 'Tôn Thất Số');
    const passed = await steps.create('officer.vp', 'Tôn Nữ Liệu');
    await steps.voteAll(passed.id);
    const to = new Date(Date.now() + 1000).toISOString();
    const res = await api.get(`/stats?from=${from}&to=${to}`, 'auditor');
    expect(res.status).toBe(200);
    const after = openBy(res.body.stages);
    expect(after).toEqual({ ...before, council_review: (before.council_review ?? 0) + 1, appraisal: (before.appraisal ?? 0) + 1 });
    expect(res.body).toMatchObject({
      period: { from, to },
      closedWithDeadline: 1,
      onTime: 1,
      onTimeRate: 1,
      workingDaysPerStage: [{ stage: 'council_review', visits: 1, median: 0, p90: 0 }],
    });
    expect((await api.get('/stats', 'officer.vp')).status).toBe(403);
  });
});
