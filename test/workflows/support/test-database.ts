// What the workflow tests read back from their Postgres: a nomination's audit chain (verified
// hash by hash), its read-model row, stage visits, award registry entries and stored notices —
// and the one piece of shared data a scenario may replace, the holidays table.
import { nominationWorkflowId, NotifyInput } from '#ktf/contracts';
import { AuditRecord, CalendarDay, ChainVerifier, ChainVerifyResult, HOLIDAY_SEED } from '#ktf/domain';
import { AUDIT_HASHED_COLUMNS, connectDatabase, DataSource, HolidayRepository, NominationRepository, sha256Hex } from '#ktf/persistence';
import { workflowTestDatabaseUrl } from './database-url';

/** A nomination's read-model row, in the projection's shape (times as ISO strings). */
export interface ProjectionRow {
  unitId: string;
  status: string;
  stage: string | null;
  stageOpenedAt: string | null;
  councilMemberIds: string[];
  recusedMemberIds: string[];
  votedMemberIds: string[];
  signingAuthority: string | null;
  reservedByDecisionId: string | null;
  tally: Record<string, unknown> | null;
  decisionId: string | null;
  decisionNumber: string | null;
  pipelineCode: string | null;
  pipelineVersion: number | null;
  lastActorId: string | null;
  lastAction: string | null;
  transition: number;
  stageEpoch: number;
  dueAt: string | null;
  breachedAt: string | null;
  actorDuties: Record<string, unknown>;
}

export interface AwardRecordRow {
  nominationId: string;
  awardCode: string;
  unitId: string;
  decisionId: string | null;
  decisionNumber: string;
  awardedAt: string;
}

export interface StageVisitRow {
  epoch: number;
  stage: string;
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
  breached: boolean;
}

/** One stored notice: its `notification_sent` event and the rows it left, one per recipient. */
export interface StoredNotice {
  /** The notice's dedupe key (`<nomination>:<epoch>:<event>:<offset>[:v<deadline version>]`). */
  key: string;
  epoch: number;
  event: NotifyInput['event'];
  offset: number | null;
  stage: string | null;
  kind: string;
  /** Recipients named by the audit event. */
  announced: string[];
  /** Recipients of the stored rows (ordered by id). */
  recipients: string[];
  title: string | null;
  body: string | null;
  /** The sequence of its event in the nomination's `notification` chain. */
  sequence: number;
}

/** The nominee of every test nomination. */
export const NOMINEE_NAME = 'Nguyễn Thị Hoa';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export class TestDatabase {
  private constructor(readonly ds: DataSource) {}

  static async connect(applicationName: string): Promise<TestDatabase> {
    return new TestDatabase(await connectDatabase({ url: workflowTestDatabaseUrl(), poolSize: 6, applicationName }));
  }

  close(): Promise<void> {
    return this.ds.destroy();
  }

  /** What the API does before it starts a nomination's workflow: the draft row. */
  async insertDraft(id: string, unitId: string, awardCode: string, createdBy: string): Promise<void> {
    const inserted = await new NominationRepository(this.ds).insertDraft({
      id, workflowId: nominationWorkflowId(id), unitId, awardCode, subject: 'individual', nominee: { fullName: NOMINEE_NAME, position: 'Chuyên viên' },
      nomineeName: NOMINEE_NAME, nomineeSearch: 'nguyen thi hoa', achievements: 'Hoàn thành xuất sắc nhiệm vụ', year: new Date().getFullYear(),
      campaignId: null, idempotencyKey: null, createdBy,
    });
    if (!inserted) throw new Error(`nomination ${id} exists already`);
  }

  /** One chain, in sequence order, in the form its hashes cover. */
  chain(subjectType: string, subjectId: string): Promise<AuditRecord[]> {
    return this.ds.query(`SELECT ${AUDIT_HASHED_COLUMNS} FROM audit_events WHERE subject_type=$1 AND subject_id=$2 ORDER BY sequence`, [subjectType, subjectId]);
  }

  /** Recomputes every hash of one chain and checks its links and sequences (1, 2, … without gaps). */
  async verify(subjectType: string, subjectId: string): Promise<ChainVerifyResult> {
    const verifier = new ChainVerifier(sha256Hex);
    for (const row of await this.chain(subjectType, subjectId)) verifier.push(row);
    return verifier.result();
  }

  events(nominationId: string): Promise<AuditRecord[]> {
    return this.chain('nomination', nominationId);
  }

  /** The nominations row exactly as stored (for "nothing changed" comparisons). */
  async row(nominationId: string): Promise<Record<string, unknown> | null> {
    const [row] = (await this.ds.query(`SELECT * FROM nominations WHERE id=$1`, [nominationId])) as Record<string, unknown>[];
    return row ?? null;
  }

  async projection(nominationId: string): Promise<ProjectionRow | null> {
    const [r] = (await this.ds.query(
      `SELECT unit_id AS "unitId", status, stage, stage_opened_at AS "stageOpenedAt", council_member_ids AS "councilMemberIds",
         recused_member_ids AS "recusedMemberIds", voted_member_ids AS "votedMemberIds", signing_authority AS "signingAuthority",
         reserved_by_decision_id AS "reservedByDecisionId", tally, decision_id AS "decisionId", decision_number AS "decisionNumber",
         pipeline_code AS "pipelineCode", pipeline_version AS "pipelineVersion", last_actor_id AS "lastActorId", last_action AS "lastAction",
         transition, stage_epoch AS "stageEpoch", due_at AS "dueAt", breached_at AS "breachedAt", actor_duties AS "actorDuties"
       FROM nominations WHERE id=$1`,
      [nominationId],
    )) as (Omit<ProjectionRow, 'stageOpenedAt' | 'dueAt' | 'breachedAt'> & { stageOpenedAt: Date | null; dueAt: Date | null; breachedAt: Date | null })[];
    return r ? { ...r, stageOpenedAt: iso(r.stageOpenedAt), dueAt: iso(r.dueAt), breachedAt: iso(r.breachedAt) } : null;
  }

  async stageVisits(nominationId: string): Promise<StageVisitRow[]> {
    const rows: { epoch: number; stage: string; openedAt: Date; dueAt: Date | null; closedAt: Date | null; breached: boolean }[] = await this.ds.query(
      `SELECT epoch, stage, opened_at AS "openedAt", due_at AS "dueAt", closed_at AS "closedAt", breached FROM stage_visits WHERE nomination_id=$1 ORDER BY epoch`,
      [nominationId],
    );
    return rows.map((r) => ({ ...r, openedAt: r.openedAt.toISOString(), dueAt: iso(r.dueAt), closedAt: iso(r.closedAt) }));
  }

  async awards(nominationId: string): Promise<AwardRecordRow[]> {
    const rows: (Omit<AwardRecordRow, 'awardedAt'> & { awardedAt: Date })[] = await this.ds.query(
      `SELECT nomination_id AS "nominationId", award_code AS "awardCode", unit_id AS "unitId", decision_id AS "decisionId",
         decision_number AS "decisionNumber", awarded_at AS "awardedAt" FROM award_records WHERE nomination_id=$1`,
      [nominationId],
    );
    return rows.map((r) => ({ ...r, awardedAt: r.awardedAt.toISOString() }));
  }

  /** The nomination's stored notices, in the order their `notification_sent` events were appended. */
  async notices(nominationId: string): Promise<StoredNotice[]> {
    const events = (await this.chain('notification', nominationId)).filter((e) => e.action === 'notification_sent');
    const rows: { dedupeKey: string; recipientId: string; title: string; body: string }[] = await this.ds.query(
      `SELECT dedupe_key AS "dedupeKey", recipient_id AS "recipientId", title, body FROM notifications WHERE nomination_id=$1 ORDER BY recipient_id`,
      [nominationId],
    );
    return events.map((e) => {
      const payload = e.payload as { event: NotifyInput['event']; kind: string; recipientIds: string[]; idempotencyKey: string };
      const key = payload.idempotencyKey;
      const [, epoch, , offset] = key.split(':');
      const mine = rows.filter((r) => r.dedupeKey.startsWith(`${key}:`) && r.dedupeKey.slice(key.length + 1) === r.recipientId);
      return {
        key,
        epoch: Number(epoch),
        event: payload.event,
        offset: offset === '' ? null : Number(offset),
        stage: e.stageAfter,
        kind: payload.kind,
        announced: payload.recipientIds,
        recipients: mine.map((r) => r.recipientId),
        title: mine[0]?.title ?? null,
        body: mine[0]?.body ?? null,
        sequence: e.sequence,
      };
    });
  }

  /** Replaces every holiday and worked Saturday with a scenario's (deadline tests). */
  async useCalendar(days: readonly CalendarDay[]): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`DELETE FROM holidays`);
      for (const day of days) {
        await m.query(`INSERT INTO holidays (date, kind, name, estimated) VALUES ($1,$2,$3,$4)`, [day.date, day.kind, day.name, day.estimated ?? false]);
      }
    });
  }

  /** Puts the seeded calendar back. */
  async restoreSeedCalendar(): Promise<void> {
    await this.useCalendar(HOLIDAY_SEED);
  }

  async calendar(): Promise<CalendarDay[]> {
    return new HolidayRepository(this.ds).all();
  }
}
