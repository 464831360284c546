import { DataSource, EntityManager } from 'typeorm';
import type { AdoptedRecord, RecordTransitionInput, TransitionDecisionStep } from '#ktf/contracts';
import { AppendedAuditEvent, appendAuditEvents, auditChainLockCall, auditChainLockKey, AuditContentConflict, AppendNextSubjectType, appendNextAuditEventOnce, ISO_MS, NewAuditEvent } from '../audit/audit-writer';
import { DecisionRepository, DecisionRow, takeNumberRow } from './decision.repository';
import { NotificationRepository } from './notification.repository';
import { RecipientRepository } from './recipient.repository';

/**
 * What a transition's own writes (its outbox: the notices it raises) may do inside its
 * transaction: they commit with the state change, or not at all.
 */
export interface TransitionScope {
  recipients: RecipientRepository;
  notifications: NotificationRepository;
  /** The nominee and award as the notices name them (read in the transaction: never a second pool connection). */
  nominee(): Promise<{ nomineeName: string; awardName: string | null }>;
  appendNextAuditOnce(subjectType: AppendNextSubjectType, subjectId: string, idempotencyKey: string, event: NewAuditEvent): Promise<AppendedAuditEvent | null>;
  /** A decision of this nomination alone: numbered (with its reservation) or sealed (with its signature), here. */
  decide(step: TransitionDecisionStep): Promise<DecisionRow>;
}

/** A transition to record, its command as stored (sealed by the worker: see CommandSealer). */
export type StoredTransitionInput = Omit<RecordTransitionInput, 'command'> & { command?: unknown };

/** The newest transition, stored with its command, holds the number being recorded: see OrphanTransition. */
export interface StoredOrphan {
  transition: number;
  command: unknown;
}

/**
 * Writes one workflow transition: the read-model row (only if this transition is newer
 * than what is there), its audit events and, when awarded, the registry entry — in one
 * transaction, so readers never see a state without its trail.
 */
export class TransitionRecorder {
  private readonly decisions: DecisionRepository;

  constructor(private readonly ds: DataSource) {
    this.decisions = new DecisionRepository(ds);
  }

  /**
   * Records `input`; `alsoWrite` runs last in the same transaction (the transition's notices).
   * `adopted` is set when the transition was stored already with other times (see AdoptedRecord);
   * `orphan`, with nothing written, when another transition holds its number (see OrphanTransition).
   */
  async record<T>(
    input: StoredTransitionInput,
    alsoWrite?: (scope: TransitionScope) => Promise<T>,
  ): Promise<{ written: T | undefined; adopted?: AdoptedRecord; updatedAt?: string; orphan?: StoredOrphan }> {
    try {
      return await this.write(input, alsoWrite);
    } catch (e) {
      // Checked only once the chain refused (rolled back): the ordinary path costs no extra read.
      const orphan = e instanceof AuditContentConflict ? await this.orphanAt(input.nominationId, input.projection.transition) : null;
      if (!orphan) throw e;
      return { written: undefined, orphan };
    }
  }

  /**
   * The read model's latest transition, when it is the one `input` numbers and was stored with
   * its command: a whole transition the workflow never accepted. Without a command (written
   * before commands were kept) the conflict stays an error, as before.
   */
  async orphanAt(nominationId: string, transition: number): Promise<StoredOrphan | null> {
    const [row]: { transition: number; last_command: unknown }[] = await this.ds.query(
      `SELECT transition, last_command FROM nominations WHERE id=$1`,
      [nominationId],
    );
    if (!row?.last_command || row.transition !== transition) return null;
    return { transition: row.transition, command: row.last_command };
  }

  private async write<T>(input: StoredTransitionInput, alsoWrite?: (scope: TransitionScope) => Promise<T>): Promise<{ written: T | undefined; adopted?: AdoptedRecord; updatedAt?: string }> {
    const p = input.projection;
    const at = input.events[input.events.length - 1]?.occurredAt ?? new Date().toISOString();
    const opensVisit = Boolean(p.stage && p.stageOpenedAt && p.stageEpoch > 0);
    return this.ds.transaction(async (m) => {
      // One statement (one round trip) for the row, its stage visits and the chain's lock: the row
      // only if this transition is newer than what is there; stage visits feed the statistics (a new
      // epoch opens a visit and closes the earlier ones, a breach marks the open one), idempotent
      // like the rest; the visit takes the row's own values. The lock comes after the row's (OFFSET 0
      // keeps that order), as it always has, and the visits' writes run after both (PostgreSQL runs
      // unreferenced CTEs at the end).
      const [row]: { updated_at: Date | null }[] = await m.query(
        `WITH row AS (
           UPDATE nominations SET status=$2, stage=$3, stage_opened_at=$4, council_member_ids=$5, recused_member_ids=$6,
             voted_member_ids=$7, signing_authority=$8, reserved_by_decision_id=$9, tally=$10, decision_id=$11,
             decision_number=$12, pipeline_code=$13, pipeline_version=$14, last_actor_id=$15, last_action=$16,
             transition=$17, stage_epoch=$18, due_at=$19, breached_at=$20, actor_duties=$21, appraiser_id=$22, last_command=$23, updated_at=now()
           WHERE id=$1 AND transition < $17 RETURNING updated_at
         ), closed AS (
           UPDATE stage_visits SET closed_at = $24::timestamptz WHERE nomination_id=$1 AND epoch <> $25::int AND closed_at IS NULL
         ), opened AS (
           INSERT INTO stage_visits (nomination_id, epoch, stage, opened_at, due_at, breached)
           SELECT $1, $18, $3, $4, $19, $20 IS NOT NULL WHERE $26::boolean
           ON CONFLICT (nomination_id, epoch) DO UPDATE SET due_at = EXCLUDED.due_at, breached = EXCLUDED.breached
         )
         SELECT r.updated_at, ${auditChainLockCall('$27')} FROM (SELECT (SELECT updated_at FROM row) AS updated_at OFFSET 0) r`,
        [
          input.nominationId, p.status, p.stage, p.stageOpenedAt, p.councilMemberIds, p.recusedMemberIds,
          p.votedMemberIds, p.signingAuthority, p.reservedByDecisionId, p.tally === null ? null : JSON.stringify(p.tally),
          p.decisionId, p.decisionNumber, p.pipelineCode, p.pipelineVersion, p.lastActorId, p.lastAction, p.transition,
          p.stageEpoch, p.dueAt, p.breachedAt, JSON.stringify(p.actorDuties), p.appraiserId ?? null, input.command ? JSON.stringify(input.command) : null,
          at, p.stage ? p.stageEpoch : -1, opensVisit,
          auditChainLockKey('nomination', input.nominationId),
        ],
      );
      const { storedTimes, inserted } = await appendAuditEvents(
        m,
        input.events.map((e) => ({ subjectType: 'nomination', subjectId: input.nominationId, workflowId: input.workflowId, runId: input.runId, ...e })),
        { chainLocked: true },
      );
      if (inserted === 0 && (await this.storedTransitionIsLonger(m, input))) {
        throw new AuditContentConflict(`transition ${p.transition} of ${input.nominationId} is stored with more events than this one`);
      }
      if (input.award) {
        await m.query(
          `INSERT INTO award_records (nomination_id, award_code, year, subject, nominee_name, nominee_search, unit_id,
             decision_id, decision_number, awarded_at)
           SELECT id, award_code, year, subject, nominee_name, nominee_search, unit_id, $2, $3, $4
           FROM nominations WHERE id=$1
           ON CONFLICT (nomination_id) DO NOTHING`,
          [input.nominationId, input.award.decisionId, input.award.decisionNumber, input.award.awardedAt],
        );
      }
      const written = await alsoWrite?.(this.scope(m, input.nominationId));
      if (storedTimes) return { written, adopted: await this.storedTimesOf(m, input, storedTimes) };
      // As a reader gets it back (a Date, to the millisecond): the API's answer equals its GET.
      return row?.updated_at ? { written, updatedAt: row.updated_at.toISOString() } : { written };
    });
  }

  /**
   * Every event of `input` was stored already, and the row's newest transition is this one, yet
   * the chain goes on after them: the stored transition is another, longer one that begins the
   * same way (a create-and-submit stored whose Update was lost, against the `created` alone that
   * a restarted workflow records). Not the same transition retried: an orphan.
   */
  private async storedTransitionIsLonger(m: EntityManager, input: StoredTransitionInput): Promise<boolean> {
    const last = input.events.at(-1);
    if (!last) return false;
    const [row]: { longer: boolean }[] = await m.query(
      `SELECT (SELECT transition FROM nominations WHERE id=$1) = $3
          AND EXISTS (SELECT 1 FROM audit_events WHERE subject_type='nomination' AND subject_id=$1::text AND sequence=$2) AS longer`,
      [input.nominationId, last.sequence + 1, input.projection.transition],
    );
    return row?.longer === true;
  }

  /** The times that stand for a transition stored already: its events', and its row's while the row holds it. */
  private async storedTimesOf(m: EntityManager, input: StoredTransitionInput, occurredAt: string[]): Promise<AdoptedRecord> {
    const [row]: { transition: number; stage_opened_at: string | null; breached_at: string | null }[] = await m.query(
      `SELECT transition, to_char(stage_opened_at AT TIME ZONE 'UTC', ${ISO_MS}) AS stage_opened_at,
              to_char(breached_at AT TIME ZONE 'UTC', ${ISO_MS}) AS breached_at
         FROM nominations WHERE id=$1`,
      [input.nominationId],
    );
    if (row?.transition !== input.projection.transition) return { occurredAt };
    return { occurredAt, stageOpenedAt: row.stage_opened_at, breachedAt: row.breached_at };
  }

  private scope(m: EntityManager, nominationId: string): TransitionScope {
    return {
      recipients: new RecipientRepository(m),
      notifications: new NotificationRepository(m),
      nominee: async () => {
        const [row]: { nomineeName: string; awardName: string | null }[] = await m.query(
          `SELECT n.nominee_name AS "nomineeName", a.definition->>'nameVi' AS "awardName"
           FROM nominations n LEFT JOIN award_types a ON a.code = n.award_code WHERE n.id=$1`,
          [nominationId],
        );
        if (!row) throw new Error(`nomination ${nominationId} has no row`);
        return row;
      },
      appendNextAuditOnce: (subjectType, subjectId, key, event) => appendNextAuditEventOnce(m, subjectType, subjectId, key, event),
      decide: (step) => {
        if ('seal' in step) return this.decisions.sealIn(m, step.seal.decisionId, step.seal.actorId);
        return this.decisions.numberIn(m, takeNumberRow(step.number));
      },
    };
  }
}
