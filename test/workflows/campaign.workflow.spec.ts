// The campaign workflow (đợt xét khen thưởng) on the time-skipping server, over three weeks laid
// out from "the Monday after next" (the server's clock starts at the real time and only moves
// forward): reminders at their offsets (08:00+07 of the N-th working day before the intake
// deadline) reach only the addressed units that have not submitted, each once; intake closes at
// the deadline; an admin's extension reopens it and re-plans the reminders that are still ahead.
import { randomUUID } from 'node:crypto';
import { campaignSnapshotQuery, CampaignWorkflow, campaignWorkflowId, extendCampaignUpdate, WORKFLOW_TYPES } from '#ktf/contracts';
import { admin, useTestEnv, eventually, expectRefused, officerA } from './support/harness';
import { remindersFor, WorkingCalendar } from '#ktf/domain';
import { expectAt, serverNow, sleepUntil } from './support/deadline-clock';
import { InMemoryCampaigns } from './support/in-memory-campaigns';
import { mondayAfterNext, ScenarioDays } from './support/scenario-days';

jest.setTimeout(60_000);

const campaigns = new InMemoryCampaigns();
const t = useTestEnv({ otherActivities: campaigns.activities() });

const [U1, U2, U3] = ['unit-so-gddt', 'unit-xa-gia-vien', 'unit-so-tai-chinh'];

describe('campaign workflow', () => {
  it('reminds only the units that have not submitted, closes intake at the deadline, and reopens it when extended', async () => {
    // Day 0 is the Monday after next. Tue d8 is a day off, Sat d5 a worked Saturday.
    // Created Mon d0 09:00, intake deadline Fri d11 17:00+07, offsets 5, 2, 0:
    // 5 → Thu d10 (1), Wed d9 (2), Tue d8 off, Mon d7 (3), Sat d5 worked (4), Fri d4 (5) → Fri d4 08:00
    //     (without the worked Saturday: Thu d3; without the day off: Sat d5);
    // 2 → Thu d10 (1), Wed d9 (2) → Wed d9 08:00; 0 → Fri d11 08:00.
    const d = new ScenarioDays(mondayAfterNext(await serverNow(t)))
      .holiday('Nghỉ đột xuất do bão', 8)
      .workingSaturday('Làm bù', 5);
    campaigns.useCalendar(d.days);
    const calendar = new WorkingCalendar(d.days);
    const createdAt = d.at(0, '09:00');
    const deadline = d.at(11, '17:00');
    const [r5, r2, r0] = [d.remind(4), d.remind(9), d.remind(11)];
    expect(remindersFor(calendar, new Date(deadline), [5, 2, 0], new Date(createdAt))).toEqual([
      { offset: 5, at: r5 },
      { offset: 2, at: r2 },
      { offset: 0, at: r0 },
    ]);
    // Extended Mon d14 10:00 to Fri d18 17:00: offset 5 (Fri d11) is already past and is not
    // planned; 2 → Wed d16 08:00; 0 → Fri d18 08:00.
    const extendedAt = d.at(14, '10:00');
    const newDeadline = d.at(18, '17:00');
    const [n2, n0] = [d.remind(16), d.remind(18)];
    expect(remindersFor(calendar, new Date(newDeadline), [5, 2, 0], new Date(extendedAt))).toEqual([
      { offset: 2, at: n2 },
      { offset: 0, at: n0 },
    ]);

    const id = randomUUID();
    campaigns.add(id, { intakeDeadline: deadline, reminderOffsets: [5, 2, 0], unitIds: [U1, U2, U3] });
    await sleepUntil(t, createdAt);
    const handle = await t.client.workflow.start<CampaignWorkflow>(WORKFLOW_TYPES.campaign, { taskQueue: t.taskQueue, workflowId: campaignWorkflowId(id), args: [{ campaignId: id }] });
    const rows = () => campaigns.callsOf(id).map((c) => [c.kind, c.round ?? null, c.offset ?? null, (c.units ?? []).join(','), c.at]);
    try {
      campaigns.submit(id, U1); // the first unit sends its nomination at once

      await sleepUntil(t, d.at(7, '10:00'));
      await eventually(() => campaigns.callsOf(id).length === 1, 'the offset-5 reminder');
      campaigns.submit(id, U2); // the second answers the reminder on Monday

      await sleepUntil(t, d.at(11, '16:59'));
      await eventually(() => campaigns.callsOf(id).length === 3, 'the offset-2 and offset-0 reminders');
      expect(campaigns.status(id)).toBe('open');
      expect(await handle.query(campaignSnapshotQuery)).toMatchObject({ status: 'open', intakeDeadline: deadline, remindersSent: [5, 2, 0] });

      await sleepUntil(t, d.at(11, '17:01'));
      await eventually(() => campaigns.status(id) === 'closed', 'intake to close');
      expect(await handle.query(campaignSnapshotQuery)).toMatchObject({ status: 'closed' });

      // Refused extensions change nothing: not an admin, no reason, not later than the current deadline.
      await expectRefused(handle.executeUpdate(extendCampaignUpdate, { args: [{ actor: officerA, intakeDeadline: newDeadline, reason: 'xin gia hạn' }] }), 'forbidden');
      await expectRefused(handle.executeUpdate(extendCampaignUpdate, { args: [{ actor: admin, intakeDeadline: newDeadline, reason: '  ' }] }), 'invalid_input');
      await expectRefused(handle.executeUpdate(extendCampaignUpdate, { args: [{ actor: admin, intakeDeadline: d.at(11, '16:00'), reason: 'gia hạn' }] }), 'rule_failed');
      expect(campaigns.callsOf(id)).toHaveLength(4);

      await sleepUntil(t, extendedAt);
      const extended = await handle.executeUpdate(extendCampaignUpdate, { args: [{ actor: admin, intakeDeadline: newDeadline, reason: 'Gia hạn theo đề nghị của Sở Tài chính' }] });
      expect(extended).toMatchObject({ status: 'open', intakeDeadline: newDeadline });
      expect(campaigns.status(id)).toBe('open');

      await sleepUntil(t, d.at(21, '09:00'));
      await eventually(() => campaigns.status(id) === 'closed' && campaigns.callsOf(id).length === 8, 'the second round to close');
      expectAt(rows(), [
        ['remind', 0, 5, `${U2},${U3}`, r5],
        ['remind', 0, 2, U3, r2],
        ['remind', 0, 0, U3, r0],
        ['close', null, null, '', deadline],
        ['reopen', null, null, '', extendedAt],
        ['remind', 1, 2, U3, n2],
        ['remind', 1, 0, U3, n0],
        ['close', null, null, '', newDeadline],
      ]);
      expect(await handle.query(campaignSnapshotQuery)).toMatchObject({ status: 'closed', intakeDeadline: newDeadline, remindersSent: [5, 2, 0, 2, 0] });
    } finally {
      await handle.terminate('test finished').catch(() => undefined);
    }
  });
});
