import { RunningStack } from '../../infra/dev/stack';
import { CalendarOracle } from './support/calendar-oracle';
import { ApiClient, apiClient, startE2eStack } from './support/e2e-stack';
import { nominationSteps } from './support/nomination-steps';

jest.setTimeout(120_000);

const AWARD = 'BANG_KHEN_CT_UBND';
const MAJORITY = { threshold: 0.5, comparison: 'more_than', base: 'all_members', quorum: 0.8, secret: false };
const UNANIMOUS = { threshold: 1, comparison: 'at_least', base: 'all_members', quorum: 0.8, secret: false };

interface Stage {
  kind: string;
  slaWorkingDays: number;
  [field: string]: unknown;
}

describe('catalog and pipelines are data: a nomination keeps the rules it started with', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let steps: ReturnType<typeof nominationSteps>;
  let cal: CalendarOracle;

  beforeAll(async () => {
    stack = await startE2eStack();
    api = apiClient(stack.apiUrl);
    steps = nominationSteps(api);
    cal = await CalendarOracle.load(api);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  /** Each member votes `agree` or `disagree`; returns the last vote's response (the tally lands with it). */
  async function ballot(id: string, votes: [string, 'agree' | 'disagree'][]) {
    let last: any;
    for (const [member, choice] of votes) last = await steps.expectOk(api.post(`/nominations/${id}/votes`, member, { choice }), `vote ${member}`);
    return last;
  }

  /** The due date a stage got when it opened, counted from its SLA on the calendar the API serves. */
  const dueAfter = (n: { stageOpenedAt: string }, sla: number) => cal.dueAt(n.stageOpenedAt, sla);

  it('keeps the old vote rule, pipeline version and due dates for a running nomination; new ones get the edits', async () => {
    // Before any edit: the seeded majority rule and provincial pipeline v1 (council SLA 5).
    const provincial = await api.get('/pipelines/provincial', 'officer.vp');
    expect(provincial.status).toBe(200);
    expect(provincial.body.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    const v1 = provincial.body.versions[0] as { name: string; stages: Stage[] };
    const sla = (stages: Stage[], kind: string) => stages.find((s) => s.kind === kind)?.slaWorkingDays as number;
    expect(sla(v1.stages, 'council_review')).toBe(5);
    expect((await api.get(`/award-types/${AWARD}`, 'officer.vp')).body.voteRule).toEqual(MAJORITY);

    const running = await steps.create('officer.vp', 'Nguyễn Văn Trước');
    const runningBefore = (await api.get(`/nominations/${running.id}`, 'auditor')).body;
    expect(runningBefore).toMatchObject({ stage: 'council_review', pipeline: { code: 'provincial', version: 1 } });
    expect(runningBefore.dueAt).toBe(dueAfter(runningBefore, 5));

    // The admin makes the award unanimous and publishes provincial v2 with longer council and shorter appraisal SLAs.
    const { updatedAt: _updatedAt, ...award } = (await api.get(`/award-types/${AWARD}`, 'admin')).body;
    // The edit is undone in `finally`, so the later tests in this file see the seeded rule even if this one fails.
    try {
      const replaced = await api.put(`/award-types/${AWARD}`, 'admin', { ...award, voteRule: UNANIMOUS });
      expect(replaced.status).toBe(200);
      expect(replaced.body.voteRule).toEqual(UNANIMOUS);
      const v2Stages = v1.stages.map((s) =>
        s.kind === 'council_review' ? { ...s, slaWorkingDays: 8 } : s.kind === 'appraisal' ? { ...s, slaWorkingDays: 15 } : s,
      );
      const published = await api.post('/pipelines/provincial/versions', 'admin', { name: `${v1.name} (2026)`, stages: v2Stages });
      expect(published.status).toBe(201);
      expect(published.body).toMatchObject({ code: 'provincial', version: 2, inUse: false });

      // The running nomination: 3 agree / 2 disagree still passes under its pinned majority rule…
      const passed = await ballot(running.id, [
        ['council.1', 'agree'], ['council.2', 'agree'], ['council.3', 'agree'], ['council.4', 'disagree'], ['council.5', 'disagree'],
      ]);
      expect(passed.stage).toBe('appraisal');
      const runningAfter = (await api.get(`/nominations/${running.id}`, 'auditor')).body;
      expect(runningAfter.tally).toMatchObject({ agree: 3, disagree: 2, passed: true, rule: MAJORITY });
      expect(runningAfter.pipeline).toEqual({ code: 'provincial', version: 1 });
      // …and its next stage opens with v1's appraisal SLA (20), not v2's (15).
      expect(runningAfter.dueAt).toBe(dueAfter(runningAfter, 20));
      const history = (await api.get(`/nominations/${running.id}/history`, 'auditor')).body as { action: string; stageAfter: string; payload?: any }[];
      const councilOpened = history.find((e) => e.action === 'stage_opened' && e.stageAfter === 'council_review');
      expect(councilOpened?.payload.dueAt).toBe(runningBefore.dueAt);

      // A nomination started after the edits pins v2 and the unanimous rule: 4 agree / 1 disagree fails.
      const later = await steps.create('officer.vp', 'Trần Thị Sau');
      const laterBefore = (await api.get(`/nominations/${later.id}`, 'auditor')).body;
      expect(laterBefore).toMatchObject({ stage: 'council_review', pipeline: { code: 'provincial', version: 2 } });
      expect(laterBefore.dueAt).toBe(dueAfter(laterBefore, 8));
      expect(laterBefore.dueAt).not.toBe(dueAfter(laterBefore, 5));
      const failed = await ballot(later.id, [
        ['council.1', 'agree'], ['council.2', 'agree'], ['council.3', 'agree'], ['council.4', 'agree'], ['council.5', 'disagree'],
      ]);
      expect(failed).toMatchObject({ status: 'rejected', stage: null });
      const laterAfter = (await api.get(`/nominations/${later.id}`, 'auditor')).body;
      expect(laterAfter.tally).toMatchObject({ agree: 4, disagree: 1, required: 5, passed: false, rule: UNANIMOUS });
      expect(laterAfter.pipeline).toEqual({ code: 'provincial', version: 2 });

      // Both versions are now in use, and both stay readable exactly as published.
      const versions = (await api.get('/pipelines/provincial', 'auditor')).body.versions as { version: number; inUse: boolean; stages: Stage[] }[];
      expect(versions.map((v) => [v.version, v.inUse])).toEqual([[2, true], [1, true]]);
      expect(versions[1].stages).toEqual(v1.stages);
      expect((await api.get('/pipelines/provincial/versions/2', 'officer.vp')).body.stages).toEqual(v2Stages);
    } finally {
      await api.put(`/award-types/${AWARD}`, 'admin', award);
    }
  });

  it('gives concurrent publishers consecutive, distinct versions', async () => {
    const stages = (await api.get('/pipelines/unit-level/versions/1', 'admin')).body.stages as Stage[];
    const first = await api.post('/pipelines/thu-nghiem/versions', 'admin', { name: 'Thử nghiệm', stages });
    expect(first.status).toBe(201);
    expect(first.body.version).toBe(1);
    const posts = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => api.post('/pipelines/thu-nghiem/versions', 'admin', { name: `Thử nghiệm lần ${i}`, stages })),
    );
    expect(posts.map((p) => p.status)).toEqual([201, 201, 201, 201, 201]);
    expect(posts.map((p) => p.body.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6]);
    const listed = await api.get('/pipelines/thu-nghiem', 'auditor');
    expect(listed.body.latestVersion).toBe(6);
    expect(listed.body.versions.map((v: { version: number }) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
    const summary = (await api.get('/pipelines', 'auditor')).body.find((p: { code: string }) => p.code === 'thu-nghiem');
    expect(summary).toMatchObject({ latestVersion: 6, versions: 6, awardCodes: [] });
  });

  it('has no way to edit a published version', async () => {
    const before = (await api.get('/pipelines/provincial/versions/1', 'admin')).body;
    const edit = { name: 'sửa', stages: before.stages };
    for (const res of [
      await api.put('/pipelines/provincial/versions/1', 'admin', edit),
      await api.patch('/pipelines/provincial/versions/1', 'admin', edit),
      await api.del('/pipelines/provincial/versions/1', 'admin'),
    ]) {
      expect(res.status).toBe(405);
      expect(res.body.detail).toContain('immutable');
    }
    expect((await api.put('/pipelines/provincial', 'admin', { name: 'sửa', stages: [] })).status).toBe(405);
    expect((await api.get('/pipelines/provincial/versions/1', 'admin')).body).toEqual(before);
  });
});
