// Stage deadlines over calendar spans on the time-skipping server, whose clock starts at the real
// time and only moves forward. Each scenario lays its days out from an anchor found from the
// server's clock (./support/scenario-days): a year end whose 31 December is a Thursday, or "the
// Monday after next", with its own holidays — a New Year's day, a Tết-like block of five
// weekdays, Giỗ Tổ, 30/4–1/5 with its nghỉ bù, Quốc khánh and a worked Saturday — so each
// weekday, and so each due date, is fixed by its offset and was counted by hand (comments).
// Every reminder (08:00+07 of its working day) and breach (23:59:59.999+07 of the due date) is
// checked to fire once, at its instant (audit `occurredAt`, recording time), and never after its
// stage epoch ended or its deadline moved. The hand counts are checked against planDeadline over
// the scenario's WorkingCalendar as well. The worker's deadline activities count on the holidays
// table, so each scenario replaces its rows with the scenario's days for the time it runs.
import { extendDeadlineUpdate, resubmitUpdate } from '#ktf/contracts';
import { extendedDue, remindersFor, WorkingCalendar } from '#ktf/domain';
import { admin, appraiser, eventually, expectGapFreeChain, idle, idsOf, members, Nomination, officerA, signer, useTestEnv, withWorker } from './support/harness';
import { expectAt, expectInstant, MINUTE, noticesOf, planned, plus, recipients, serverNow, sleepUntil, stored, timersOf } from './support/deadline-clock';
import type { ActivityHooks } from './support/real-activities';
import { mondayAfterNext, nextThursdayYearEnd, ScenarioDays } from './support/scenario-days';

jest.setTimeout(60_000);

const t = useTestEnv();

const AGREE5 = ['agree', 'agree', 'agree', 'agree', 'agree'] as const;
/** Runs `body` with the scenario's days as the only holidays and worked Saturdays; the seeded calendar is put back after. */
const run = async (d: ScenarioDays, body: (ctx: { start: (code: string) => Promise<Nomination>; hooks: ActivityHooks }) => Promise<void>) => {
  await t.db.useCalendar(d.days);
  try {
    expect(await t.db.calendar()).toEqual(d.days.map((day) => ({ ...day, estimated: false })).sort((a, b) => a.date.localeCompare(b.date)));
    await withWorker(t, ({ start, hooks }) => body({ start, hooks }));
  } finally {
    await t.db.restoreSeedCalendar();
  }
};
const reminder = (stage: string, offset: number, at: string) => [stage, 'reminder_sent', offset, at];
const breach = (stage: string, at: string) => [stage, 'deadline_breached', null, at];
const systemTail = async (n: Nomination, k: number) => (await n.events()).slice(-k).map((e) => [e.action, e.actorRole]);

describe('stage deadlines over holidays, a Tết-like block and a year end', () => {
  it('council review over the year end: at the deadline the votes cast are tallied (quorum met → appraisal, not met → rejected)', async () => {
    // Day 0 is a 31 December that falls on a Thursday; Fri d1 (1 January) is Tết Dương lịch, and
    // a Tết-like block of five weekdays runs Thu d35 (4 February)–Wed d41 (10 February).
    const d = new ScenarioDays(nextThursdayYearEnd(await serverNow(t)))
      .holiday('Tết Dương lịch', 1)
      .holiday('Tết Nguyên đán', 35, 36, 39, 40, 41);
    const calendar = new WorkingCalendar(d.days);
    // Submitted Thu d0 09:00. SLA 5 working days, the opening day never counts: Fri d1 off, Sat d2,
    // Sun d3 → Mon d4 (1), Tue d5 (2), Wed d6 (3), Thu d7 (4), Fri d8 (5) → due Fri d8 23:59:59.999+07
    // (without 1 January: Thu d7). Reminders: offset 2 → Thu d7 (1), Wed d6 (2) → Wed d6 08:00;
    // offset 0 → Fri d8 08:00.
    const opened = d.at(0, '09:00');
    const due = d.due(8);
    const [r2, r0] = [d.remind(6), d.remind(8)];
    expect(d.date(1).endsWith('-01-01')).toBe(true);
    expect(planned(calendar, opened, 5)).toEqual({ dueAt: due, reminders: [{ offset: 2, at: r2 }, { offset: 0, at: r0 }] });
    // The appraisal opened by the tally at the deadline (Fri d8 23:59:59.999, or Sat d9 a few ms
    // later: neither day counts) runs Mon d11 (1) … Fri d29 (15), Mon d32 (16), Tue d33 (17),
    // Wed d34 (18); the block Thu d35–Wed d41 is off; Thu d42 (19), Fri d43 (20) → due Fri d43.
    const appraisalDue = d.due(43);
    expect(planned(calendar, due, 20).dueAt).toBe(appraisalDue);
    expect(planned(calendar, plus(due, 1), 20).dueAt).toBe(appraisalDue);

    await sleepUntil(t, opened);
    await run(d, async ({ start, hooks }) => {
      const passing = await start('BANG_KHEN_CT_UBND');
      const failing = await start('BANG_KHEN_CT_UBND');
      for (const n of [passing, failing]) expect(await n.submit()).toMatchObject({ stage: 'council_review', dueAt: due });
      await passing.votes(['agree', 'agree', 'agree', 'agree']); // m5 never votes: 4 of 5 meets the 80% quorum
      await failing.votes(['agree', 'agree', 'disagree']); // 3 of 5 does not
      expectInstant((await passing.projection())?.stageOpenedAt, opened);

      await sleepUntil(t, plus(r2)); // Wed d6 08:01
      await idle(passing, failing);
      for (const n of [passing, failing]) expectAt(await timersOf(n), [reminder('council_review', 2, r2)]);

      await sleepUntil(t, plus(due)); // Sat d9 00:00:59.999
      await eventually(async () => (await passing.actions()).at(-1) === 'stage_opened' && (await failing.actions()).at(-1) === 'rejected', 'both tallies');
      await idle(passing, failing);
      for (const n of [passing, failing]) {
        expectAt(await timersOf(n), [reminder('council_review', 2, r2), reminder('council_review', 0, r0), breach('council_review', due)]);
        expect((await n.events()).find((e) => e.action === 'deadline_breached')?.payload).toEqual({ dueAt: due, action: 'tally' });
        await expectGapFreeChain(n);
      }

      // Quorum met: the votes cast pass, and appraisal opens at the deadline with its own clock.
      const passed = await passing.events();
      expect(passed.at(-2)?.payload).toMatchObject({ tally: { present: 4, agree: 4, quorumRequired: 4, quorumMet: true, passed: true } });
      expect(passed.at(-1)).toMatchObject({ action: 'stage_opened', stageBefore: 'council_review', stageAfter: 'appraisal', payload: { epoch: 2, dueAt: appraisalDue } });
      expectInstant(passed.at(-1)?.occurredAt, due);
      expect(await passing.snapshot()).toMatchObject({ status: 'in_progress', stage: 'appraisal', dueAt: appraisalDue });
      // Quorum not met: rejected, and the unit is told.
      expect((await failing.events()).at(-2)?.payload).toMatchObject({ tally: { present: 3, agree: 2, quorumRequired: 4, quorumMet: false, passed: false } });
      expect(await systemTail(failing, 3)).toEqual([['deadline_breached', 'system'], ['vote_failed', 'system'], ['rejected', 'system']]);
      expect(await failing.handle.result()).toMatchObject({ status: 'rejected', stage: null, dueAt: null });

      // Notices: each reminder once, at its instant, only to who still has to vote; no escalation.
      expectAt(noticesOf(hooks, passing), [[1, 'council_review', 'reminder', 2, r2], [1, 'council_review', 'reminder', 0, r0]]);
      expectAt(noticesOf(hooks, failing), [[1, 'council_review', 'reminder', 2, r2], [1, 'council_review', 'reminder', 0, r0], [1, 'council_review', 'result', null, due]]);
      expect(await recipients(passing, 1, 'reminder', 0)).toEqual([members[4].id]);
      expect(await recipients(failing, 1, 'reminder', 2)).toEqual(idsOf(members[3], members[4]));
      expect(await recipients(failing, 1, 'result')).toEqual([officerA.id]);
      // The council's visit ends at its due instant, with the tally.
      for (const n of [passing, failing]) {
        const [council] = await n.db.stageVisits(n.id);
        expect(council).toMatchObject({ epoch: 1, stage: 'council_review', dueAt: due });
        expectInstant(council.closedAt, due);
      }
    });
  });

  it('appraisal over a Tết-like block: reminders before and after it, one escalation at the due instant, then it keeps waiting', async () => {
    // Day 0 is the Monday after next; a Tết-like block of five weekdays runs Thu d24–Wed d30.
    const d = new ScenarioDays(mondayAfterNext(await serverNow(t))).holiday('Tết Nguyên đán', 24, 25, 28, 29, 30);
    const calendar = new WorkingCalendar(d.days);
    // Appraisal opened Sat d-2 10:00 (a weekend day: the opening day never counts anyway): Mon d0
    // (1) … Fri d18 (15), Mon d21 (16), Tue d22 (17), Wed d23 (18); the block is off; Thu d31 (19),
    // Fri d32 (20) → due Fri d32 23:59:59.999+07 (without the block: Fri d25). Reminders: offset 2
    // → Thu d31 (1), back over the block, Wed d23 (2) → Wed d23 08:00; offset 0 → Fri d32 08:00.
    const opened = d.at(-2, '10:00');
    const due = d.due(32);
    const [r2, r0] = [d.remind(23), d.remind(32)];
    expect(planned(calendar, opened, 20)).toEqual({ dueAt: due, reminders: [{ offset: 2, at: r2 }, { offset: 0, at: r0 }] });

    await sleepUntil(t, opened);
    await run(d, async ({ start, hooks }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      expect((await n.votes([...AGREE5])).at(-1)).toMatchObject({ stage: 'appraisal', dueAt: due });

      await sleepUntil(t, plus(r0, -MINUTE)); // Fri d32 07:59: only the Wed d23 reminder so far
      await idle(n);
      expectAt(await timersOf(n), [reminder('appraisal', 2, r2)]);

      await sleepUntil(t, d.at(39, '10:00')); // a week after the breach: nothing more fires
      await idle(n);
      expectAt(await timersOf(n), [reminder('appraisal', 2, r2), reminder('appraisal', 0, r0), breach('appraisal', due)]);
      expect((await n.events()).at(-1)).toMatchObject({ action: 'deadline_breached', actorRole: 'system', stageBefore: 'appraisal', stageAfter: 'appraisal', payload: { dueAt: due, action: 'escalate' } });
      expect(await n.snapshot()).toMatchObject({ status: 'in_progress', stage: 'appraisal', dueAt: due });
      expect(await n.projection()).toMatchObject({ stage: 'appraisal', dueAt: due, stageEpoch: 2 });
      expectInstant((await n.projection())?.breachedAt, due);
      expect((await n.db.stageVisits(n.id)).at(-1)).toMatchObject({ epoch: 2, stage: 'appraisal', dueAt: due, breached: true, closedAt: null });
      expectAt(noticesOf(hooks, n), [[2, 'appraisal', 'reminder', 2, r2], [2, 'appraisal', 'reminder', 0, r0], [2, 'appraisal', 'breach', null, due]]);
      expect(hooks.noticeCalls.find((c) => c.event === 'breach')).toMatchObject({ escalateTo: 'admin', dueAt: due });
      expect(await recipients(n, 2, 'breach')).toEqual([admin.id]);
      expect(await recipients(n, 2, 'reminder', 2)).toEqual([appraiser.id]);

      // Late, the appraiser approves on Fri d39 10:00: signing starts a fresh clock, not overdue.
      // Signing SLA 5: Mon d42 (1), Tue d43 (2), Wed d44 (3), Thu d45 (4), Fri d46 (5) → due Fri d46.
      expect(await n.appraise('approve')).toMatchObject({ stage: 'signing', dueAt: d.due(46) });
      expect(await n.projection()).toMatchObject({ stage: 'signing', stageEpoch: 3, breachedAt: null });
      await idle(n);
      await expectGapFreeChain(n);
    });
  });

  it('a supplement round over Giỗ Tổ and 30/4–1/5: resubmitting restarts the appraisal clock; not resubmitting expires the nomination', async () => {
    // Day 0 is the Monday after next. Off: Fri d25 (Giỗ Tổ), Fri d39 (30/4) and Mon d42 (nghỉ bù
    // for 1/5, which falls on Sat d40).
    const d = new ScenarioDays(mondayAfterNext(await serverNow(t)))
      .holiday('Giỗ Tổ Hùng Vương', 25)
      .holiday('Ngày Giải phóng miền Nam', 39)
      .holiday('Nghỉ bù Quốc tế Lao động', 42);
    const calendar = new WorkingCalendar(d.days);
    // Appraisal opened Wed d2 09:00: Thu d3 (1) … Thu d24 (16), Fri d25 off, Mon d28 (17), Tue d29
    // (18), Wed d30 (19), Thu d31 (20) → due Thu d31; reminders Tue d29 and Thu d31 08:00.
    const opened = d.at(2, '09:00');
    const a1 = { due: d.due(31), r2: d.remind(29), r0: d.remind(31) };
    // Supplement requested Wed d30 10:00, SLA 10: Thu d31 (1), Fri d32 (2), Mon d35 (3) … Thu d38
    // (6), Fri d39, Sat d40, Sun d41, Mon d42 off, Tue d43 (7), Wed d44 (8), Thu d45 (9), Fri d46
    // (10) → due Fri d46; reminders Wed d44 and Fri d46 08:00.
    const asked = d.at(30, '10:00');
    const sup = { due: d.due(46), r2: d.remind(44), r0: d.remind(46) };
    // Resubmitted Thu d45 10:00: a new appraisal epoch, SLA 20 again: Fri d46 (1), Mon d49 (2) …
    // Mon d70 (17), Tue d71 (18), Wed d72 (19), Thu d73 (20) → due Thu d73; reminders Tue d71 and
    // Thu d73 08:00.
    const resubmitted = d.at(45, '10:00');
    const a2 = { due: d.due(73), r2: d.remind(71), r0: d.remind(73) };
    const asPlan = (p: { due: string; r2: string; r0: string }) => ({ dueAt: p.due, reminders: [{ offset: 2, at: p.r2 }, { offset: 0, at: p.r0 }] });
    expect(planned(calendar, opened, 20)).toEqual(asPlan(a1));
    expect(planned(calendar, asked, 10)).toEqual(asPlan(sup));
    expect(planned(calendar, resubmitted, 20)).toEqual(asPlan(a2));

    await sleepUntil(t, opened);
    await run(d, async ({ start, hooks }) => {
      const resubmits = await start('BANG_KHEN_CT_UBND');
      const expires = await start('BANG_KHEN_CT_UBND');
      for (const n of [resubmits, expires]) {
        await n.submit();
        expect((await n.votes([...AGREE5])).at(-1)).toMatchObject({ stage: 'appraisal', dueAt: a1.due });
      }
      await sleepUntil(t, asked);
      for (const n of [resubmits, expires]) expect(await n.appraise('supplement', 'thiếu biên bản họp')).toMatchObject({ stage: 'supplement', dueAt: sup.due });

      await sleepUntil(t, resubmitted);
      const again = await resubmits.handle.executeUpdate(resubmitUpdate, { args: [{ actor: officerA, reason: 'đã bổ sung biên bản' }] });
      expect(again).toMatchObject({ stage: 'appraisal', dueAt: a2.due });

      await sleepUntil(t, plus(sup.due)); // Sat d47: the supplement deadline has passed
      expect(await expires.handle.result()).toMatchObject({ status: 'expired', stage: null, dueAt: null });
      await sleepUntil(t, plus(a2.due)); // Fri d74: the new appraisal deadline has passed
      await eventually(async () => (await resubmits.actions()).at(-1) === 'deadline_breached', 'the new appraisal breach');
      await idle(resubmits, expires);

      // The first appraisal's offset 0 and breach (Thu d31) never fire: the supplement began a new epoch.
      const common = [reminder('appraisal', 2, a1.r2), reminder('supplement', 2, sup.r2)];
      expectAt(await timersOf(expires), [...common, reminder('supplement', 0, sup.r0), breach('supplement', sup.due)]);
      // The resubmission ends the supplement epoch (no offset 0, no expiry on Fri d46), and the new
      // appraisal epoch reminds at offsets 2 and 0 again and breaches at its own due date.
      expectAt(await timersOf(resubmits), [...common, reminder('appraisal', 2, a2.r2), reminder('appraisal', 0, a2.r0), breach('appraisal', a2.due)]);

      expect(await systemTail(expires, 2)).toEqual([['deadline_breached', 'system'], ['expired', 'system']]);
      expect((await expires.events()).at(-1)).toMatchObject({ stageBefore: 'supplement', stageAfter: null, reason: 'the unit did not resubmit before the deadline' });
      expectAt(noticesOf(hooks, expires), [
        [2, 'appraisal', 'reminder', 2, a1.r2],
        [3, 'supplement', 'reminder', 2, sup.r2],
        [3, 'supplement', 'reminder', 0, sup.r0],
        [3, 'supplement', 'result', null, sup.due],
      ]);
      expect(await recipients(expires, 3, 'result')).toEqual([officerA.id]);
      expect(await recipients(expires, 3, 'reminder', 0)).toEqual([officerA.id]);
      expect(await expires.projection()).toMatchObject({ status: 'expired', stage: null });

      expectAt(noticesOf(hooks, resubmits), [
        [2, 'appraisal', 'reminder', 2, a1.r2],
        [3, 'supplement', 'reminder', 2, sup.r2],
        [4, 'appraisal', 'reminder', 2, a2.r2],
        [4, 'appraisal', 'reminder', 0, a2.r0],
        [4, 'appraisal', 'breach', null, a2.due],
      ]);
      expect(await resubmits.snapshot()).toMatchObject({ status: 'in_progress', stage: 'appraisal', dueAt: a2.due });
      for (const n of [resubmits, expires]) await expectGapFreeChain(n);
    });
  });

  it('an admin extension over Quốc khánh moves the signing timer: the old instants pass silently, reminders are re-planned, not repeated', async () => {
    // Day 0 is the Monday after next. Off: Thu d10 (Quốc khánh) and Fri d11 (the adjacent day);
    // Sat d12 is worked in exchange.
    const d = new ScenarioDays(mondayAfterNext(await serverNow(t)))
      .holiday('Quốc khánh', 10, 11)
      .workingSaturday('Làm bù Quốc khánh', 12);
    const calendar = new WorkingCalendar(d.days);
    // Signing opened Wed d2 09:00, SLA 5: Thu d3 (1), Fri d4 (2), Mon d7 (3), Tue d8 (4), Wed d9 (5)
    // → due Wed d9; reminders Mon d7 08:00 (offset 2), Wed d9 08:00 (offset 0).
    const opened = d.at(2, '09:00');
    const due = d.due(9);
    const [r2, r0] = [d.remind(7), d.remind(9)];
    expect(planned(calendar, opened, 5)).toEqual({ dueAt: due, reminders: [{ offset: 2, at: r2 }, { offset: 0, at: r0 }] });
    // Tue d8 10:00, after the offset-2 reminder, the admin adds 2 working days: Thu d10, Fri d11 off,
    // Sat d12 worked (1), Sun d13 off, Mon d14 (2) → due Mon d14 (without the worked Saturday: Tue
    // d15). Re-planned: offset 2 → Sat d12 (1), Wed d9 (2) → Wed d9 08:00, but offset 2 was already
    // sent in this epoch, so it is not sent again; offset 0 → Mon d14 08:00.
    const extendedAt = d.at(8, '10:00');
    const newDue = d.due(14);
    const newR0 = d.remind(14);
    expect(extendedDue(calendar, new Date(due), 2).toISOString()).toBe(newDue);
    expect(remindersFor(calendar, new Date(newDue), [2, 0], new Date(extendedAt))).toEqual([{ offset: 2, at: r0 }, { offset: 0, at: newR0 }]);

    await sleepUntil(t, opened);
    await run(d, async ({ start, hooks }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      expect(await n.toSigning()).toMatchObject({ stage: 'signing', dueAt: due });

      await sleepUntil(t, extendedAt);
      await idle(n);
      expectAt(await timersOf(n), [reminder('signing', 2, r2)]);
      const extended = await n.handle.executeUpdate(extendDeadlineUpdate, { args: [{ actor: admin, extendByWorkingDays: 2, reason: 'chờ ý kiến Thường trực Tỉnh ủy' }] });
      expect(extended).toMatchObject({ stage: 'signing', dueAt: newDue });
      expect((await n.events()).at(-1)).toMatchObject({ action: 'deadline_extended', actorRole: 'admin', payload: { from: due, to: newDue } });

      await sleepUntil(t, d.at(10, '00:01')); // past the old offset 0 (Wed d9 08:00) and the old due instant
      await idle(n);
      expectAt(await timersOf(n), [reminder('signing', 2, r2)]);
      expect(await n.projection()).toMatchObject({ stage: 'signing', dueAt: newDue, breachedAt: null });

      await sleepUntil(t, plus(newDue)); // Tue d15 00:00:59.999
      await eventually(async () => (await n.actions()).at(-1) === 'deadline_breached', 'the breach at the new due instant');
      await idle(n);
      expectAt(await timersOf(n), [reminder('signing', 2, r2), reminder('signing', 0, newR0), breach('signing', newDue)]);
      expect((await n.events()).at(-1)?.payload).toEqual({ dueAt: newDue, action: 'escalate' });
      expect(await n.snapshot()).toMatchObject({ status: 'in_progress', stage: 'signing', dueAt: newDue });
      expectInstant((await n.projection())?.breachedAt, newDue);
      expectAt(noticesOf(hooks, n), [[3, 'signing', 'reminder', 2, r2], [3, 'signing', 'reminder', 0, newR0], [3, 'signing', 'breach', null, newDue]]);
      expect(await recipients(n, 3, 'reminder', 0)).toEqual([signer.id]);
      expect(await recipients(n, 3, 'breach')).toEqual([admin.id]);
      expect((await n.db.stageVisits(n.id)).at(-1)).toMatchObject({ epoch: 3, stage: 'signing', dueAt: newDue, breached: true });
      await expectGapFreeChain(n);
    });
  });

  it('a deadline extended after it was breached can breach again: a second escalation notice reaches the supervisor', async () => {
    // Day 0 is the Monday after next; no holidays. Signing opened Wed d2 09:00, SLA 5: Thu d3 (1),
    // Fri d4 (2), Mon d7 (3), Tue d8 (4), Wed d9 (5) → due Wed d9; reminders Mon d7 08:00 (offset 2),
    // Wed d9 08:00 (0). Thu d10 10:00, the day after the breach, the admin adds 2 working days to
    // the breached due date: Thu d10 (1), Fri d11 (2) → due Fri d11. Both offsets were sent in this
    // epoch, so no reminder repeats; the new due instant breaches again and escalates again.
    const d = new ScenarioDays(mondayAfterNext(await serverNow(t)));
    const calendar = new WorkingCalendar(d.days);
    const opened = d.at(2, '09:00');
    const due = d.due(9);
    const [r2, r0] = [d.remind(7), d.remind(9)];
    expect(planned(calendar, opened, 5)).toEqual({ dueAt: due, reminders: [{ offset: 2, at: r2 }, { offset: 0, at: r0 }] });
    const extendedAt = d.at(10, '10:00');
    const newDue = d.due(11);
    expect(extendedDue(calendar, new Date(due), 2).toISOString()).toBe(newDue);

    await sleepUntil(t, opened);
    await run(d, async ({ start, hooks }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      expect(await n.toSigning()).toMatchObject({ stage: 'signing', dueAt: due });

      await sleepUntil(t, extendedAt);
      await eventually(async () => (await n.actions()).at(-1) === 'deadline_breached', 'the first breach');
      await idle(n);
      expectInstant((await n.projection())?.breachedAt, due);
      const extended = await n.handle.executeUpdate(extendDeadlineUpdate, { args: [{ actor: admin, extendByWorkingDays: 2, reason: 'bổ sung ý kiến Sở Tư pháp' }] });
      expect(extended).toMatchObject({ stage: 'signing', dueAt: newDue });
      expect(await n.projection()).toMatchObject({ dueAt: newDue, breachedAt: null });

      await sleepUntil(t, plus(newDue));
      await eventually(async () => (await n.actions()).filter((a) => a === 'deadline_breached').length === 2, 'the second breach');
      await idle(n);
      expectAt(await timersOf(n), [reminder('signing', 2, r2), reminder('signing', 0, r0), breach('signing', due), breach('signing', newDue)]);
      expectInstant((await n.projection())?.breachedAt, newDue);
      // Two escalations stored, one per deadline version, each to the supervisor role.
      const breaches = await stored(hooks, n, 3, 'breach');
      expect(breaches.map((b) => b.input.dueAt)).toEqual([due, newDue]);
      expect(new Set(breaches.map((b) => b.input.deadlineVersion)).size).toBe(2);
      for (const b of breaches) expect(b.recipients).toEqual([admin.id]);
      expect(await stored(hooks, n, 3, 'reminder')).toHaveLength(2);
      await expectGapFreeChain(n);
    });
  });
});
