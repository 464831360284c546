// Faithful in-memory doubles of the nomination activities (apps/worker + libs/persistence):
// the same rules as TransitionRecorder/appendAuditEvents, minus the database. A transition is
// one "transaction": the projection is written only when its transition number is newer,
// audit events are appended idempotently per (nomination, sequence) and only after their
// predecessor, and the award registry takes one entry per nomination (ON CONFLICT DO NOTHING).
import { ApplicationFailure, Context } from '@temporalio/activity';
import type {
  AuditEventDraft,
  CouncilPin,
  NominationActivities,
  NominationContext,
  NominationProjection,
  NotifyInput,
  RecordTransitionInput,
} from '#ktf/contracts';
import { notificationKey } from '#ktf/contracts';
import { CalendarDay, DEFAULT_AWARD_CATALOG, DEFAULT_PIPELINES, extendedDue, HOLIDAY_SEED, planDeadline, recusedMemberIds, remindersFor, WorkingCalendar } from '#ktf/domain';

export interface AuditRow extends AuditEventDraft {
  nominationId: string;
  workflowId: string;
  runId: string;
}

export interface AwardRow {
  nominationId: string;
  awardCode: string;
  unitId: string;
  decisionId: string | null;
  decisionNumber: string;
  awardedAt: string;
}

interface NominationRow {
  id: string;
  unitId: string;
  awardCode: string;
  projection: NominationProjection | null;
  transition: number;
}

export interface StoreUser {
  id: string;
  unitId: string;
  roles: string[];
  signerAuthority?: string;
}

/** A stored notice with what the real recorder reads: recipients from the read model as its transition left it. */
export interface StoredNotice extends NotifyInput {
  recipients: string[];
  /** The projection's transition number when the notice was prepared. */
  seenTransition: number;
  seenStatus: string | null;
}

export interface StoreOptions {
  units: Record<string, string>; // id → code
  users: StoreUser[];
  councils: Partial<Record<'province' | 'unit', { id: string; memberIds: string[] }>>;
  /** The holidays and worked Saturdays deadlines are counted on (default: the seeded 2025–2027 ones). */
  calendarDays?: readonly CalendarDay[];
}

/** A promise the test opens when it wants an activity to complete. */
export class Gate {
  private open!: () => void;
  readonly opened = new Promise<void>((resolve) => (this.open = resolve));
  release(): void {
    this.open();
  }
}

export class InMemoryNominationStore {
  private readonly rows = new Map<string, NominationRow>();
  readonly audit = new Map<string, AuditRow[]>();
  readonly awards = new Map<string, AwardRow>();
  /** Every projection write that took effect, in order (one per accepted transition). */
  readonly projectionLog: NominationProjection[] = [];
  readonly stats = { recordAttempts: 0, auditInserted: 0, auditAlreadyThere: 0, awardWrites: 0, awardAlreadyThere: 0 };
  /** Content mismatches for an existing (nomination, sequence): must stay empty. */
  readonly anomalies: string[] = [];
  readonly activityLog: string[] = [];
  /** Stored notices, once per dedupe key (nomination, epoch, event, offset), as the real recorder does. */
  readonly notices = new Map<string, StoredNotice>();
  private readonly calendar: WorkingCalendar;

  /** Test hooks: hold an activity until a gate opens; crash after writing on some attempt. */
  loadContextGate: Gate | null = null;
  pinCouncilGate: Gate | null = null;
  planDeadlineGate: Gate | null = null;
  extendDeadlineGate: Gate | null = null;
  crashAfterWrite: (input: RecordTransitionInput, attempt: number) => boolean = () => false;

  constructor(readonly options: StoreOptions) {
    this.calendar = new WorkingCalendar(options.calendarDays ?? HOLIDAY_SEED);
  }

  releaseGates(): void {
    for (const gate of [this.loadContextGate, this.pinCouncilGate, this.planDeadlineGate, this.extendDeadlineGate]) gate?.release();
  }

  /** What the API does before starting the workflow: insert the draft row. */
  insertDraft(id: string, unitId: string, awardCode: string): void {
    this.rows.set(id, { id, unitId, awardCode, projection: null, transition: 0 });
  }

  projection(id: string): NominationProjection | null {
    return this.rows.get(id)?.projection ?? null;
  }

  events(id: string): AuditRow[] {
    return this.audit.get(id) ?? [];
  }

  actions(id: string): string[] {
    return this.events(id).map((e) => e.action);
  }

  activities(): NominationActivities {
    const fatal = (message: string) => ApplicationFailure.nonRetryable(message, 'configuration');
    return {
      planStageDeadline: async (input) => {
        this.activityLog.push(`planStageDeadline:${input.openedAt}`);
        await this.planDeadlineGate?.opened;
        return planDeadline(this.calendar, new Date(input.openedAt), input.slaWorkingDays, input.reminderOffsets);
      },

      extendDeadline: async (input) => {
        await this.extendDeadlineGate?.opened;
        const due = input.dueAt ? new Date(input.dueAt) : extendedDue(this.calendar, new Date(input.currentDueAt), input.extendByWorkingDays ?? 0);
        return { dueAt: due.toISOString(), reminders: remindersFor(this.calendar, due, input.reminderOffsets, new Date(input.now)) };
      },

      // Email is off in these tests: recordTransition never returns ids to send.
      deliverEmails: async (ids) => {
        this.activityLog.push(`deliverEmails:${ids.length}`);
      },

      loadNominationContext: async (nominationId) => {
        this.activityLog.push(`loadNominationContext:${nominationId}`);
        await this.loadContextGate?.opened;
        const n = this.rows.get(nominationId);
        if (!n) throw fatal(`nomination ${nominationId} has no row`);
        const award = DEFAULT_AWARD_CATALOG.find((a) => a.code === n.awardCode);
        if (!award) throw fatal(`award type ${n.awardCode} is not in the catalog`);
        const versions = DEFAULT_PIPELINES.filter((p) => p.code === award.pipelineCode);
        const pipeline = versions.sort((a, b) => b.version - a.version)[0];
        if (!pipeline) throw fatal(`pipeline ${award.pipelineCode} is not defined`);
        const unitCode = this.options.units[n.unitId];
        if (!unitCode) throw fatal(`unit ${n.unitId} does not exist`);
        const ctx: NominationContext = { nominationId, unitId: n.unitId, unitCode, awardCode: award.code, voteRule: award.voteRule, pipeline };
        return structuredClone(ctx);
      },

      pinCouncil: async ({ nominationId, scope }): Promise<CouncilPin> => {
        this.activityLog.push(`pinCouncil:${nominationId}`);
        await this.pinCouncilGate?.opened;
        const n = this.rows.get(nominationId);
        if (!n) throw fatal(`nomination ${nominationId} has no row`);
        const council = this.options.councils[scope];
        if (!council) throw fatal(`no ${scope} council is configured for unit ${n.unitId}`);
        const members = this.options.users.filter((u) => council.memberIds.includes(u.id));
        return { councilId: council.id, memberIds: [...council.memberIds], recusedIds: recusedMemberIds(scope, n.unitId, members) };
      },

      recordTransition: async (input) => {
        this.stats.recordAttempts += 1;
        this.record(structuredClone(input));
        if (this.crashAfterWrite(input, Context.current().info.attempt)) {
          // The write committed, but the worker "crashed" before reporting completion.
          throw new Error(`simulated crash after writing transition ${input.projection.transition}`);
        }
        return { emailIds: [] };
      },
    };
  }

  /** RecipientRepository as the notice writer uses it: it reads the nominations row. */
  private recipientsOf(input: NotifyInput, row: NominationRow): string[] {
    const users = this.options.users;
    const withRole = (role: string, authority?: string | null) =>
      users.filter((u) => u.roles.includes(role) && (!authority || u.signerAuthority === authority)).map((u) => u.id);
    const unitOfficers = () => users.filter((u) => u.unitId === row.unitId && u.roles.includes('unit_officer')).map((u) => u.id);
    const p = row.projection;
    if (input.event === 'result') return unitOfficers();
    if (input.event === 'breach') return withRole(input.escalateTo ?? 'admin');
    switch (input.stage) {
      case 'council_review':
        return (p?.councilMemberIds ?? []).filter((id) => !p?.votedMemberIds.includes(id) && !p?.recusedMemberIds.includes(id));
      case 'appraisal':
      case 'external_decision':
        return withRole('appraiser');
      case 'signing':
        return withRole('signer', p?.signingAuthority ?? null);
      case 'supplement':
      case 'unit_proposal':
        return unitOfficers();
      default:
        return [];
    }
  }

  /** TransitionRecorder.record: validate everything first, then apply (all or nothing). */
  private record(input: RecordTransitionInput): void {
    const row = this.rows.get(input.nominationId);
    if (!row) return; // UPDATE ... WHERE id=$1 matches nothing; the real recorder would fail on audit FK
    const chain = this.audit.get(input.nominationId) ?? [];
    const toInsert: AuditRow[] = [];
    for (const e of input.events) {
      const existing = chain.find((x) => x.sequence === e.sequence) ?? toInsert.find((x) => x.sequence === e.sequence);
      if (existing) {
        if (JSON.stringify(strip(existing)) !== JSON.stringify(e)) {
          // appendAuditEvents fails loudly (and the activity retries) rather than skip a different event.
          this.anomalies.push(`sequence ${e.sequence} rewritten differently`);
          throw new Error(`audit chain nomination/${input.nominationId}: event ${e.sequence} exists with different content`);
        }
        continue;
      }
      const hasPrev = e.sequence === 1 || chain.some((x) => x.sequence === e.sequence - 1) || toInsert.some((x) => x.sequence === e.sequence - 1);
      if (!hasPrev) {
        throw new Error(`audit chain nomination/${input.nominationId}: event ${e.sequence - 1} missing before ${e.sequence}`);
      }
      toInsert.push({ ...e, nominationId: input.nominationId, workflowId: input.workflowId, runId: input.runId });
    }
    // Commit.
    if (row.transition < input.projection.transition) {
      row.transition = input.projection.transition;
      row.projection = input.projection;
      this.projectionLog.push(input.projection);
    }
    this.stats.auditAlreadyThere += input.events.length - toInsert.length;
    this.stats.auditInserted += toInsert.length;
    this.audit.set(input.nominationId, [...chain, ...toInsert]);
    if (input.award) {
      this.stats.awardWrites += 1;
      if (this.awards.has(input.nominationId)) this.stats.awardAlreadyThere += 1;
      else this.awards.set(input.nominationId, { nominationId: row.id, awardCode: row.awardCode, unitId: row.unitId, ...input.award });
    }
    // The outbox: the transition's notices, in the same "transaction", reading the row as it now is.
    for (const notice of input.notices) {
      const key = notificationKey(notice);
      if (this.notices.has(key)) continue;
      const recipients = this.recipientsOf(notice, row);
      this.notices.set(key, { ...structuredClone(notice), recipients, seenTransition: row.transition, seenStatus: row.projection?.status ?? null });
    }
  }
}

function strip(row: AuditRow): AuditEventDraft {
  const { nominationId: _n, workflowId: _w, runId: _r, ...draft } = row;
  return draft;
}
