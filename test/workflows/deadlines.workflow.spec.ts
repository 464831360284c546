// Stage deadlines over real calendar spans of the seeded holidays (New Year 2027, Tết 2027 —
// estimated —, Giỗ Tổ, 30/4–3/5 and Quốc khánh 2027) on the time-skipping server, whose clock
// starts at the real current time (Nov 2026) and only moves forward: the tests run in date order.
// Every reminder (08:00+07 of its working day) and breach (23:59:59.999+07 of the due date) is
// checked to fire once, at its instant (audit `occurredAt`, recording time), and never after
// its stage epoch ended or its deadline moved. Each date was counted by hand (comments) and is
// checked against planDeadline over WorkingCalendar(HOLIDAY_SEED) as well.
import { extendDeadlineUpdate, resubmitUpdate } from '#ktf/contracts';
import { extendedDue, remindersFor } from '#ktf/domain';
import { admin, useTestEnv, eventually, expectGapFreeChain, Nomination, officerA, withWorker } from './support/harness';
import { calendar, dueOf, expectAt, expectInstant, idle, MINUTE, planned, plus, remindAt, sleepUntil, TimedStore, timersOf, vn } from './support/deadline-clock';

jest.setTimeout(60_000);

const t = useTestEnv();

const AGREE5 = ['agree', 'agree', 'agree', 'agree', 'agree'] as const;
const run = (body: (ctx: { start: (code: string) => Promise<Nomination>; store: TimedStore }) => Promise<void>) => {
  const store = new TimedStore();
  return withWorker(t, ({ start }) => body({ start, store }), store);
};
const reminder = (stage: string, offset: number, at: string) => [stage, 'reminder_sent', offset, at];
const breach = (stage: string, at: string) => [stage, 'deadline_breached', null, at];
const systemTail = (n: Nomination, k: number) => n.events.slice(-k).map((e) => [e.action, e.actorRole]);

describe('stage deadlines over the 2026–2027 calendar', () => {
  it('council review over the New Year: at the deadline the votes cast are tallied (quorum met → appraisal, not met → rejected)', async () => {
    // Submitted Thu 31/12/2026 09:00. SLA 5 working days, the opening day never counts:
    // Fri 01/01/2027 (Tết Dương lịch), Sat 02, Sun 03 off → Mon 04/01 (1), Tue 05 (2), Wed 06 (3),
    // Thu 07 (4), Fri 08/01 (5) → due Fri 08/01/2027 23:59:59.999+07 (without 1/1: Thu 07/01).
    // Reminders: offset 2 → Thu 07 (1), Wed 06 (2) → Wed 06/01 08:00; offset 0 → Fri 08/01 08:00.
    const opened = vn('2026-12-31', '09:00');
    const due = dueOf('2027-01-08');
    const [r2, r0] = [remindAt('2027-01-06'), remindAt('2027-01-08')];
    expect(planned(opened, 5)).toEqual({ dueAt: due, reminders: [{ offset: 2, at: r2 }, { offset: 0, at: r0 }] });
    // The appraisal opened by the tally at the deadline (Fri 08/01 23:59:59.999, or Sat 09/01 a few ms
    // later: neither day counts) runs Mon 11/01 (1) … Fri 29/01 (15), Mon 01/02 (16), Tue 02 (17),
    // Wed 03/02 (18); Tết Thu 04/02–Wed 10/02 is off (estimated); Thu 11/02 (19), Fri 12/02 (20)
    // → due Fri 12/02/2027 23:59:59.999+07.
    const appraisalDue = dueOf('2027-02-12');
    expect(planned(due, 20).dueAt).toBe(appraisalDue);
    expect(planned(plus(due, 1), 20).dueAt).toBe(appraisalDue);

    await sleepUntil(t, opened);
    await run(async ({ start, store }) => {
      const passing = await start('BANG_KHEN_CT_UBND');
      const failing = await start('BANG_KHEN_CT_UBND');
      for (const n of [passing, failing]) expect(await n.submit()).toMatchObject({ stage: 'council_review', dueAt: due });
      await passing.votes(['agree', 'agree', 'agree', 'agree']); // m5 never votes: 4 of 5 meets the 80% quorum
      await failing.votes(['agree', 'agree', 'disagree']); // 3 of 5 does not
      expectInstant(passing.projection?.stageOpenedAt, opened);

      await sleepUntil(t, plus(r2)); // Wed 06/01 08:01
      await idle(passing, failing);
      for (const n of [passing, failing]) expectAt(timersOf(n), [reminder('council_review', 2, r2)]);

      await sleepUntil(t, plus(due)); // Sat 09/01 00:00:59.999
      await eventually(() => passing.actions.at(-1) === 'stage_opened' && failing.actions.at(-1) === 'rejected', 'both tallies');
      await idle(passing, failing);
      for (const n of [passing, failing]) {
        expectAt(timersOf(n), [reminder('council_review', 2, r2), reminder('council_review', 0, r0), breach('council_review', due)]);
        expect(n.events.find((e) => e.action === 'deadline_breached')?.payload).toEqual({ dueAt: due, action: 'tally' });
        expectGapFreeChain(n);
      }

      // Quorum met: the votes cast pass, and appraisal opens at the deadline with its own clock.
      expect(passing.events.at(-2)?.payload.tally).toMatchObject({ present: 4, agree: 4, quorumRequired: 4, quorumMet: true, passed: true });
      expect(passing.events.at(-1)).toMatchObject({ action: 'stage_opened', stageBefore: 'council_review', stageAfter: 'appraisal', payload: { epoch: 2, dueAt: appraisalDue } });
      expectInstant(passing.events.at(-1)?.occurredAt, due);
      expect(await passing.snapshot()).toMatchObject({ status: 'in_progress', stage: 'appraisal', dueAt: appraisalDue });
      // Quorum not met: rejected, and the unit is told.
      expect(failing.events.at(-2)?.payload.tally).toMatchObject({ present: 3, agree: 2, quorumRequired: 4, quorumMet: false, passed: false });
      expect(systemTail(failing, 3)).toEqual([['deadline_breached', 'system'], ['vote_failed', 'system'], ['rejected', 'system']]);
      expect(await failing.handle.result()).toMatchObject({ status: 'rejected', stage: null, dueAt: null });

      // Notices: each reminder once, at its instant, only to who still has to vote; no escalation.
      expectAt(store.noticesOf(passing), [[1, 'council_review', 'reminder', 2, r2], [1, 'council_review', 'reminder', 0, r0]]);
      expectAt(store.noticesOf(failing), [[1, 'council_review', 'reminder', 2, r2], [1, 'council_review', 'reminder', 0, r0], [1, 'council_review', 'result', null, due]]);
      expect(store.recipients(passing, 1, 'reminder', 0)).toEqual(['m5']);
      expect(store.recipients(failing, 1, 'reminder', 2)).toEqual(['m4', 'm5']);
      expect(store.recipients(failing, 1, 'result')).toEqual([officerA.id]);
    });
  });

  it('appraisal over Tết: reminders on Wed 03/02 and Fri 12/02, one escalation at the due instant, then it keeps waiting', async () => {
    // Appraisal opened Sat 09/01/2027 10:00 (a weekend day: the opening day never counts anyway)
    // → the 20 working days of the previous test → due Fri 12/02/2027 23:59:59.999+07 (without the
    // Tết days: Fri 05/02). Reminders: offset 2 → Thu 11/02 (1), back over Tết, Wed 03/02 (2)
    // → Wed 03/02 08:00; offset 0 → Fri 12/02 08:00.
    const opened = vn('2027-01-09', '10:00');
    const due = dueOf('2027-02-12');
    const [r2, r0] = [remindAt('2027-02-03'), remindAt('2027-02-12')];
    expect(planned(opened, 20)).toEqual({ dueAt: due, reminders: [{ offset: 2, at: r2 }, { offset: 0, at: r0 }] });

    await sleepUntil(t, opened);
    await run(async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      expect((await n.votes([...AGREE5])).at(-1)).toMatchObject({ stage: 'appraisal', dueAt: due });

      await sleepUntil(t, plus(r0, -MINUTE)); // Fri 12/02 07:59: only the Wed 03/02 reminder so far
      await idle(n);
      expectAt(timersOf(n), [reminder('appraisal', 2, r2)]);

      await sleepUntil(t, vn('2027-02-19', '10:00')); // a week after the breach: nothing more fires
      await idle(n);
      expectAt(timersOf(n), [reminder('appraisal', 2, r2), reminder('appraisal', 0, r0), breach('appraisal', due)]);
      expect(n.events.at(-1)).toMatchObject({ action: 'deadline_breached', actorRole: 'system', stageBefore: 'appraisal', stageAfter: 'appraisal', payload: { dueAt: due, action: 'escalate' } });
      expect(await n.snapshot()).toMatchObject({ status: 'in_progress', stage: 'appraisal', dueAt: due });
      expect(n.projection).toMatchObject({ stage: 'appraisal', dueAt: due, stageEpoch: 2 });
      expectInstant(n.projection?.breachedAt, due);
      expectAt(store.noticesOf(n), [[2, 'appraisal', 'reminder', 2, r2], [2, 'appraisal', 'reminder', 0, r0], [2, 'appraisal', 'breach', null, due]]);
      expect(store.calls.find((c) => c.event === 'breach')).toMatchObject({ escalateTo: 'admin', dueAt: due });
      expect(store.recipients(n, 2, 'breach')).toEqual([admin.id]);
      expect(store.recipients(n, 2, 'reminder', 2)).toEqual(['appraiser']);

      // Late, the appraiser approves on Fri 19/02 10:00: signing starts a fresh clock, not overdue.
      // Signing SLA 5: Mon 22 (1), Tue 23 (2), Wed 24 (3), Thu 25 (4), Fri 26/02 (5) → due Fri 26/02/2027.
      expect(await n.appraise('approve')).toMatchObject({ stage: 'signing', dueAt: dueOf('2027-02-26') });
      expect(n.projection).toMatchObject({ stage: 'signing', stageEpoch: 3, breachedAt: null });
      await idle(n); // its stage_opened notice delivered before the worker stops
      expectGapFreeChain(n);
    });
  });

  it('a supplement round over Giỗ Tổ and 30/4–3/5: resubmitting restarts the appraisal clock; not resubmitting expires the nomination', async () => {
    // Appraisal opened Wed 24/03/2027 09:00: Thu 25/03 (1) … Thu 15/04 (16), Fri 16/04 Giỗ Tổ off,
    // Mon 19 (17), Tue 20 (18), Wed 21 (19), Thu 22/04 (20) → due Thu 22/04/2027; reminders Tue 20/04
    // and Thu 22/04 08:00.
    const opened = vn('2027-03-24', '09:00');
    const a1 = { due: dueOf('2027-04-22'), r2: remindAt('2027-04-20'), r0: remindAt('2027-04-22') };
    // Supplement requested Wed 21/04 10:00, SLA 10: Thu 22 (1), Fri 23 (2), Mon 26 (3) … Thu 29 (6),
    // Fri 30/04, Sat 01/05, Sun 02/05, Mon 03/05 (nghỉ bù for 1/5, estimated) off, Tue 04/05 (7),
    // Wed 05 (8), Thu 06 (9), Fri 07/05 (10) → due Fri 07/05/2027; reminders Wed 05/05 and Fri 07/05 08:00.
    const asked = vn('2027-04-21', '10:00');
    const sup = { due: dueOf('2027-05-07'), r2: remindAt('2027-05-05'), r0: remindAt('2027-05-07') };
    // Resubmitted Thu 06/05 10:00: a new appraisal epoch, SLA 20 again: Fri 07/05 (1), Mon 10 (2) …
    // Mon 31/05 (17), Tue 01/06 (18), Wed 02 (19), Thu 03/06 (20) → due Thu 03/06/2027; reminders
    // Tue 01/06 and Thu 03/06 08:00.
    const resubmitted = vn('2027-05-06', '10:00');
    const a2 = { due: dueOf('2027-06-03'), r2: remindAt('2027-06-01'), r0: remindAt('2027-06-03') };
    const asPlan = (p: { due: string; r2: string; r0: string }) => ({ dueAt: p.due, reminders: [{ offset: 2, at: p.r2 }, { offset: 0, at: p.r0 }] });
    expect(planned(opened, 20)).toEqual(asPlan(a1));
    expect(planned(asked, 10)).toEqual(asPlan(sup));
    expect(planned(resubmitted, 20)).toEqual(asPlan(a2));

    await sleepUntil(t, opened);
    await run(async ({ start, store }) => {
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

      await sleepUntil(t, plus(sup.due)); // Sat 08/05: the supplement deadline has passed
      expect(await expires.handle.result()).toMatchObject({ status: 'expired', stage: null, dueAt: null });
      await sleepUntil(t, plus(a2.due)); // Fri 04/06: the new appraisal deadline has passed
      await eventually(() => resubmits.actions.at(-1) === 'deadline_breached', 'the new appraisal breach');
      await idle(resubmits, expires);

      // The first appraisal's offset 0 and breach (Thu 22/04) never fire: the supplement began a new epoch.
      const common = [reminder('appraisal', 2, a1.r2), reminder('supplement', 2, sup.r2)];
      expectAt(timersOf(expires), [...common, reminder('supplement', 0, sup.r0), breach('supplement', sup.due)]);
      // The resubmission ends the supplement epoch (no offset 0, no expiry on Fri 07/05), and the new
      // appraisal epoch reminds at offsets 2 and 0 again and breaches at its own due date.
      expectAt(timersOf(resubmits), [...common, reminder('appraisal', 2, a2.r2), reminder('appraisal', 0, a2.r0), breach('appraisal', a2.due)]);

      expect(systemTail(expires, 2)).toEqual([['deadline_breached', 'system'], ['expired', 'system']]);
      expect(expires.events.at(-1)).toMatchObject({ stageBefore: 'supplement', stageAfter: null, reason: 'the unit did not resubmit before the deadline' });
      expectAt(store.noticesOf(expires), [
        [2, 'appraisal', 'reminder', 2, a1.r2],
        [3, 'supplement', 'reminder', 2, sup.r2],
        [3, 'supplement', 'reminder', 0, sup.r0],
        [3, 'supplement', 'result', null, sup.due],
      ]);
      expect(store.recipients(expires, 3, 'result')).toEqual([officerA.id]);
      expect(store.recipients(expires, 3, 'reminder', 0)).toEqual([officerA.id]);

      expectAt(store.noticesOf(resubmits), [
        [2, 'appraisal', 'reminder', 2, a1.r2],
        [3, 'supplement', 'reminder', 2, sup.r2],
        [4, 'appraisal', 'reminder', 2, a2.r2],
        [4, 'appraisal', 'reminder', 0, a2.r0],
        [4, 'appraisal', 'breach', null, a2.due],
      ]);
      expect(await resubmits.snapshot()).toMatchObject({ status: 'in_progress', stage: 'appraisal', dueAt: a2.due });
      for (const n of [resubmits, expires]) expectGapFreeChain(n);
    });
  });

  it('an admin extension over Quốc khánh moves the signing timer: the old instants pass silently, reminders are re-planned, not repeated', async () => {
    // Signing opened Wed 25/08/2027 09:00, SLA 5: Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4),
    // Wed 01/09 (5) → due Wed 01/09/2027; reminders Mon 30/08 08:00 (offset 2), Wed 01/09 08:00 (0).
    const opened = vn('2027-08-25', '09:00');
    const due = dueOf('2027-09-01');
    const [r2, r0] = [remindAt('2027-08-30'), remindAt('2027-09-01')];
    expect(planned(opened, 5)).toEqual({ dueAt: due, reminders: [{ offset: 2, at: r2 }, { offset: 0, at: r0 }] });
    // Tue 31/08 10:00, after the offset-2 reminder, the admin adds 2 working days: Thu 02/09
    // (Quốc khánh), Fri 03/09 (the adjacent day, estimated), Sat, Sun off → Mon 06/09 (1), Tue 07/09 (2)
    // → due Tue 07/09/2027. Re-planned: offset 2 → Mon 06 (1), Wed 01/09 (2) → Wed 01/09 08:00, but
    // offset 2 was already sent in this epoch, so it is not sent again; offset 0 → Tue 07/09 08:00.
    const extendedAt = vn('2027-08-31', '10:00');
    const newDue = dueOf('2027-09-07');
    const newR0 = remindAt('2027-09-07');
    expect(extendedDue(calendar, new Date(due), 2).toISOString()).toBe(newDue);
    expect(remindersFor(calendar, new Date(newDue), [2, 0], new Date(extendedAt))).toEqual([{ offset: 2, at: r0 }, { offset: 0, at: newR0 }]);

    await sleepUntil(t, opened);
    await run(async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      expect(await n.toSigning()).toMatchObject({ stage: 'signing', dueAt: due });

      await sleepUntil(t, extendedAt);
      await idle(n);
      expectAt(timersOf(n), [reminder('signing', 2, r2)]);
      const extended = await n.handle.executeUpdate(extendDeadlineUpdate, { args: [{ actor: admin, extendByWorkingDays: 2, reason: 'chờ ý kiến Thường trực Tỉnh ủy' }] });
      expect(extended).toMatchObject({ stage: 'signing', dueAt: newDue });
      expect(n.events.at(-1)).toMatchObject({ action: 'deadline_extended', actorRole: 'admin', payload: { from: due, to: newDue } });

      await sleepUntil(t, vn('2027-09-02', '00:01')); // past the old offset 0 (Wed 01/09 08:00) and the old due instant
      await idle(n);
      expectAt(timersOf(n), [reminder('signing', 2, r2)]);
      expect(n.projection).toMatchObject({ stage: 'signing', dueAt: newDue, breachedAt: null });

      await sleepUntil(t, plus(newDue)); // Wed 08/09 00:00:59.999
      await eventually(() => n.actions.at(-1) === 'deadline_breached', 'the breach at the new due instant');
      await idle(n);
      expectAt(timersOf(n), [reminder('signing', 2, r2), reminder('signing', 0, newR0), breach('signing', newDue)]);
      expect(n.events.at(-1)?.payload).toEqual({ dueAt: newDue, action: 'escalate' });
      expect(await n.snapshot()).toMatchObject({ status: 'in_progress', stage: 'signing', dueAt: newDue });
      expectInstant(n.projection?.breachedAt, newDue);
      expectAt(store.noticesOf(n), [[3, 'signing', 'reminder', 2, r2], [3, 'signing', 'reminder', 0, newR0], [3, 'signing', 'breach', null, newDue]]);
      expect(store.recipients(n, 3, 'reminder', 0)).toEqual(['chairman']);
      expect(store.recipients(n, 3, 'breach')).toEqual([admin.id]);
      expectGapFreeChain(n);
    });
  });

  it('a deadline extended after it was breached can breach again: a second escalation notice reaches the supervisor', async () => {
    // Signing opened Wed 13/10/2027 09:00, SLA 5: Thu 14 (1), Fri 15 (2), Mon 18 (3), Tue 19 (4),
    // Wed 20/10 (5) → due Wed 20/10/2027; reminders Mon 18/10 08:00 (offset 2), Wed 20/10 08:00 (0).
    // Thu 21/10 10:00, the day after the breach, the admin adds 2 working days to the breached due
    // date: Thu 21 (1), Fri 22 (2) → due Fri 22/10/2027. Both offsets were sent in this epoch, so
    // no reminder repeats; the new due instant breaches again and escalates again.
    const opened = vn('2027-10-13', '09:00');
    const due = dueOf('2027-10-20');
    const [r2, r0] = [remindAt('2027-10-18'), remindAt('2027-10-20')];
    expect(planned(opened, 5)).toEqual({ dueAt: due, reminders: [{ offset: 2, at: r2 }, { offset: 0, at: r0 }] });
    const extendedAt = vn('2027-10-21', '10:00');
    const newDue = dueOf('2027-10-22');
    expect(extendedDue(calendar, new Date(due), 2).toISOString()).toBe(newDue);

    await sleepUntil(t, opened);
    await run(async ({ start, store }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      expect(await n.toSigning()).toMatchObject({ stage: 'signing', dueAt: due });

      await sleepUntil(t, extendedAt);
      await eventually(() => n.actions.at(-1) === 'deadline_breached', 'the first breach');
      await idle(n);
      expectInstant(n.projection?.breachedAt, due);
      const extended = await n.handle.executeUpdate(extendDeadlineUpdate, { args: [{ actor: admin, extendByWorkingDays: 2, reason: 'bổ sung ý kiến Sở Tư pháp' }] });
      expect(extended).toMatchObject({ stage: 'signing', dueAt: newDue });
      expect(n.projection).toMatchObject({ dueAt: newDue, breachedAt: null });

      await sleepUntil(t, plus(newDue));
      await eventually(() => n.actions.filter((a) => a === 'deadline_breached').length === 2, 'the second breach');
      await idle(n);
      expectAt(timersOf(n), [reminder('signing', 2, r2), reminder('signing', 0, r0), breach('signing', due), breach('signing', newDue)]);
      expectInstant(n.projection?.breachedAt, newDue);
      // Two escalations stored, one per deadline version, each to the supervisor role.
      const breaches = store.stored(n, 3, 'breach');
      expect(breaches.map((b) => b.dueAt)).toEqual([due, newDue]);
      expect(new Set(breaches.map((b) => b.deadlineVersion)).size).toBe(2);
      for (const b of breaches) expect(b.recipients).toEqual([admin.id]);
      expect(store.stored(n, 3, 'reminder')).toHaveLength(2);
      expectGapFreeChain(n);
    });
  });
});
