// The worker's campaign activities over a real PostgreSQL: a reminder reaches the officers of
// the addressed units that have not submitted (a draft is not a submission), once per round and
// offset however often the activity is retried, and leaves one audit event. The timers that
// call it are proven in test/workflows/campaign.workflow.spec.ts.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  AuditRepository,
  CampaignRepository,
  HolidayRepository,
  NominationRepository,
  NotificationRepository,
  RecipientRepository,
  unitId,
  userId,
} from '#ktf/persistence';
import { createCampaignActivities } from '../../apps/worker/src/campaign.activities';
import { EmailDelivery } from '../../apps/worker/src/email/email-delivery';
import { ScratchDatabase, startScratchDatabase } from './support/scratch-database';

jest.setTimeout(120_000);

describe('campaign reminder activity', () => {
  let db: ScratchDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await startScratchDatabase('campaign-reminders');
    ds = db.ds;
  });

  afterAll(async () => {
    await db?.stop();
  });

  const activities = () => {
    const notifications = new NotificationRepository(ds);
    return createCampaignActivities({
      audit: new AuditRepository(ds),
      campaigns: new CampaignRepository(ds),
      holidays: new HolidayRepository(ds),
      recipients: new RecipientRepository(ds),
      notifications,
      email: new EmailDelivery(notifications, undefined),
    });
  };

  async function nomination(campaignId: string, unitCode: string, createdBy: string, status: 'draft' | 'in_progress') {
    const id = randomUUID();
    await new NominationRepository(ds).insertDraft({
      id, workflowId: `nomination-${id}`, unitId: unitId(unitCode), awardCode: 'BANG_KHEN_CT_UBND', subject: 'individual',
      nominee: { fullName: 'Nguyễn Thị Hoa' }, nomineeName: 'Nguyễn Thị Hoa', nomineeSearch: 'nguyen thi hoa', achievements: 'Hoàn thành xuất sắc nhiệm vụ',
      year: 2026, campaignId, idempotencyKey: null, createdBy: userId(createdBy),
    });
    if (status !== 'draft') await ds.query(`UPDATE nominations SET status=$2, stage='council_review' WHERE id=$1`, [id, status]);
  }

  it('notifies only the officers of addressed units with nothing submitted, once per round and offset', async () => {
    // A third unit with two officers of its own; the VP-UBND officer's unit submits, Đồng Thịnh only drafts.
    const officers = ['officer.namhoalu.1', 'officer.namhoalu.2'];
    for (const username of officers) {
      await ds.query(`INSERT INTO users (id, username, full_name, unit_id, roles, email) VALUES ($1,$2,$3,$4,$5,$6)`, [
        userId(username), username, 'Trịnh Thị Ngọc', unitId('P-NAM-HOA-LU'), ['unit_officer'], `${username}@ninhbinh.gov.vn`,
      ]);
    }
    const campaignId = randomUUID();
    await new CampaignRepository(ds).insert({
      id: campaignId, name: 'Đợt xét khen thưởng cuối năm 2026', award_codes: ['BANG_KHEN_CT_UBND'],
      unit_ids: ['VP-UBND', 'XA-DONG-THINH', 'P-NAM-HOA-LU'].map(unitId), intake_deadline: new Date(Date.now() + 14 * 86_400_000), // ahead of the clock, whenever this runs
      reminder_offsets: [5, 2, 0], workflow_id: `campaign-${campaignId}`, created_by: userId('admin'),
    });
    await nomination(campaignId, 'VP-UBND', 'officer.vp', 'in_progress');
    await nomination(campaignId, 'XA-DONG-THINH', 'officer.dongthinh', 'draft');

    const acts = activities();
    expect(await acts.remindCampaignUnits({ campaignId, offset: 5, round: 0 })).toBe(2);
    expect(await acts.remindCampaignUnits({ campaignId, offset: 5, round: 0 })).toBe(2); // a retry of the same activity

    const stored = async () =>
      (await ds.query(`SELECT recipient_id AS "recipientId", kind, title FROM notifications WHERE campaign_id=$1 ORDER BY recipient_id`, [campaignId])) as {
        recipientId: string; kind: string; title: string;
      }[];
    const expected = ['officer.dongthinh', ...officers].map(userId).sort();
    let rows = await stored();
    expect(rows.map((r) => r.recipientId)).toEqual(expected);
    for (const r of rows) expect(r).toMatchObject({ kind: 'campaign_reminder', title: expect.stringContaining('Đợt xét khen thưởng cuối năm 2026') });

    // Another offset is another notice; once Đồng Thịnh submits, it is no longer reminded.
    await ds.query(`UPDATE nominations SET status='in_progress', stage='council_review' WHERE campaign_id=$1`, [campaignId]);
    expect(await acts.remindCampaignUnits({ campaignId, offset: 2, round: 0 })).toBe(1);
    rows = await stored();
    expect(rows).toHaveLength(expected.length + officers.length);

    const audit = (await ds.query(
      `SELECT action, payload FROM audit_events WHERE subject_type='campaign' AND subject_id=$1 AND action='units_reminded' ORDER BY sequence`,
      [campaignId],
    )) as { action: string; payload: { offset: number; units: string[] } }[];
    expect(audit.map((a) => a.payload)).toMatchObject([
      { offset: 5, units: ['P-NAM-HOA-LU', 'XA-DONG-THINH'] },
      { offset: 2, units: ['P-NAM-HOA-LU'] },
    ]);
  });
});
