// Reassigning a pending task in the workflow (issue 15), on the time-skipping server with the
// worker's real activities: a council member's vote changes seat, so the council's reminder at its
// deadline reaches the new member and not the old one; the appraisal is named to one appraiser, so
// only they may appraise. Each change is one transition with one `task_reassigned` event; refusals
// leave no trace. Day 0 is the Monday after next, with no holidays in the scenario.
import { randomUUID } from 'node:crypto';
import { reassignUpdate, ReassignRequest } from '#ktf/contracts';
import { Actor, WorkingCalendar } from '#ktf/domain';
import { unitId } from '#ktf/persistence';
import { admin, appraiser, expectGapFreeChain, expectRefusedWithoutTrace, idle, idsOf, members, Nomination, useTestEnv, withWorker } from './support/harness';
import { expectAt, planned, plus, recipients, serverNow, sleepUntil, timersOf } from './support/deadline-clock';
import { mondayAfterNext, ScenarioDays } from './support/scenario-days';

jest.setTimeout(60_000);

const t = useTestEnv();

/**
 * A person of this test only. Not on any council roster and inactive when an appraiser, so no
 * other test's "every appraiser" or pinned council changes while this one runs.
 */
async function person(roles: Actor['roles'], active = true): Promise<Actor> {
  const id = randomUUID();
  await t.db.ds.query(`INSERT INTO users (id, username, full_name, unit_id, roles, email, active) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
    id, `reassign.${id.slice(0, 8)}`, 'Người nhận chuyển xử lý', unitId('SO-NOI-VU'), roles, null, active,
  ]);
  return { id, roles, unitId: unitId('SO-NOI-VU') };
}

const ROSTER = members.map((m) => m.id);
const reassign = (n: Nomination, by: Actor, req: Omit<ReassignRequest, 'actor' | 'councilScope' | 'councilRosterIds' | 'reason'>, roster = ROSTER) =>
  n.handle.executeUpdate(reassignUpdate, { args: [{ actor: by, ...req, reason: 'Nghỉ phép năm', councilScope: 'province', councilRosterIds: roster }] });

describe('reassigning a pending task', () => {
  it('a vote passed on before the deadline: the reminder reaches the new member; the appraisal named to one appraiser is theirs alone', async () => {
    const d = new ScenarioDays(mondayAfterNext(await serverNow(t)));
    // Submitted Mon d0 09:00; SLA 5 working days: Tue d1 (1) … Fri d4 (4), Mon d7 (5) → due Mon d7.
    // Reminders: offset 2 → Fri d4 (1), Thu d3 (2) → Thu d3 08:00; offset 0 → Mon d7 08:00.
    const opened = d.at(0, '09:00');
    expect(planned(new WorkingCalendar(d.days), opened, 5)).toEqual({ dueAt: d.due(7), reminders: [{ offset: 2, at: d.remind(3) }, { offset: 0, at: d.remind(7) }] });
    const substitute = await person(['council_member']);
    const [leaving, ...staying] = members;

    await sleepUntil(t, opened);
    await t.db.useCalendar(d.days);
    try {
      await withWorker(t, async ({ start }) => {
        const n = await start('BANG_KHEN_CT_UBND');
        await n.submit();
        await n.vote(staying[0], 'agree');

        // Refused without a trace: someone else asks; the new member is not on the council's roster.
        await expectRefusedWithoutTrace(n, () => reassign(n, staying[1], { task: 'council_vote', from: leaving, to: substitute }), 'forbidden');
        await expectRefusedWithoutTrace(n, () => reassign(n, leaving, { task: 'council_vote', from: leaving, to: substitute }), 'rule_failed');
        await expectRefusedWithoutTrace(n, () => reassign(n, admin, { task: 'council_vote', from: staying[0], to: substitute }, [...ROSTER, substitute.id]), 'stage_conflict');

        const seats = (await n.projection())?.councilMemberIds ?? [];
        expect([...seats].sort()).toEqual([...ROSTER].sort());
        const passed = await reassign(n, leaving, { task: 'council_vote', from: leaving, to: substitute }, [...ROSTER, substitute.id]);
        expect(passed).toMatchObject({ stage: 'council_review' });
        expect((await n.projection())?.councilMemberIds).toEqual(seats.map((id) => (id === leaving.id ? substitute.id : id)));
        expect((await n.events()).at(-1)).toMatchObject({
          action: 'task_reassigned', actorId: leaving.id, actorRole: 'council_member', reason: 'Nghỉ phép năm', stageBefore: 'council_review', stageAfter: 'council_review',
          payload: { task: 'council_vote', from: leaving.id, to: substitute.id, by: leaving.id },
        });
        await expectRefusedWithoutTrace(n, () => n.vote(leaving, 'agree'), 'forbidden');
        // The substitute is told at once, with the stage's due date.
        await idle(n);
        expect(await recipients(n, 1, 'assigned')).toEqual([substitute.id]);

        // Thu d3 08:00: the reminder goes to those whose vote is still pending, the substitute among them.
        await sleepUntil(t, plus(d.remind(3)));
        await idle(n);
        expectAt(await timersOf(n), [['council_review', 'reminder_sent', 2, d.remind(3)]]);
        expect(await recipients(n, 1, 'reminder', 2)).toEqual(idsOf(substitute, ...staying.slice(1)));

        for (const m of [...staying.slice(1), substitute]) await n.vote(m, 'agree');
        expect(await n.snapshot()).toMatchObject({ stage: 'appraisal' });

        // The appraisal, held by every appraiser until now, is named to one (inactive here, see `person`).
        const named = await person(['appraiser'], false);
        await expectRefusedWithoutTrace(n, () => reassign(n, admin, { task: 'appraisal', from: appraiser, to: members[0] }), 'rule_failed');
        await reassign(n, admin, { task: 'appraisal', from: appraiser, to: named });
        expect((await n.db.row(n.id))?.appraiser_id).toBe(named.id);
        expect((await n.events()).at(-1)).toMatchObject({ action: 'task_reassigned', actorRole: 'admin', payload: { task: 'appraisal', from: appraiser.id, to: named.id, by: admin.id } });
        await idle(n);
        expect(await recipients(n, 2, 'assigned')).toEqual([]); // a deactivated account hears nothing
        await expectRefusedWithoutTrace(n, () => n.appraise('approve', 'Đủ điều kiện'), 'forbidden');
        await expectRefusedWithoutTrace(n, () => reassign(n, appraiser, { task: 'appraisal', from: appraiser, to: named }), 'forbidden');
        expect(await n.appraise('approve', 'Đủ điều kiện', named)).toMatchObject({ stage: 'signing' });
        await idle(n);
        await expectGapFreeChain(n);
      });
    } finally {
      await t.db.restoreSeedCalendar();
    }
  });
});
