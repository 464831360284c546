import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowIdConflictPolicy, WorkflowStartOptions } from '@temporalio/client';
import { AppConfig } from '#ktf/config';
import type { UpdateDefinition } from '@temporalio/common';
import { ActorRequest, NOMINATION_ACTION_UPDATES, NominationActionArgs, NominationSnapshot, NominationWorkflowInput, nominationWorkflowId, SubmissionContext, submitUpdate, WORKFLOW_TYPES } from '#ktf/contracts';
import { Actor, denialOf, DomainError, foldVietnamese, grantFor, hasRole, isTerminal, NominationAction, SigningGrant } from '#ktf/domain';
import { AuditRepository, NewNomination, NominationEntity, NominationRepository, PeopleActionsAtHead, ReferenceRepository, stableUuid, UserEntity } from '#ktf/persistence';
import { addLogContext, timeWorkflowUpdate } from '#ktf/telemetry';
import { presentHistoryEvent } from '../audit/audit-event.presenter';
import { recordDeniedAttempt } from '../audit/denied-attempt';
import { CalendarService } from '../calendar/calendar.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { DossierService } from '../dossier/dossier.service';
import { AppraisalDto } from './dto/actions.dto';
import { UpdateDraftDto } from './dto/create-nomination.dto';
import { fromTemporalError, isWorkflowGone } from '../core/temporal-errors';
import { withinActionWait } from '../core/action-wait';
import { CreateNominationDto } from './dto/create-nomination.dto';
import { CouncilReadinessService } from './council-readiness.service';
import { submissionContextOf } from './submission-context';
import { actionUpdateId, assertIdempotencyKey, RepeatableRequest } from './idempotency-key';
import { NominationAccessService } from '../nomination-access/nomination-access.service';
import { presentNomination, viewOf } from './nomination.presenter';
import { draftRow, rowAfter, trailAfter } from './nomination-answer';

/** What an action reads before its Update: the nomination's row and the caller's signing grants. */
interface ActionRead {
  row: NominationEntity;
  grants: SigningGrant[];
}

@Injectable()
export class NominationsService {
  constructor(
    private readonly config: AppConfig,
    private readonly temporal: Client,
    private readonly nominations: NominationRepository,
    private readonly references: ReferenceRepository,
    private readonly audit: AuditRepository,
    private readonly access: NominationAccessService,
    private readonly calendar: CalendarService,
    private readonly campaigns: CampaignsService,
    private readonly dossier: DossierService,
    private readonly councils: CouncilReadinessService,
  ) {}

  async create(actor: Actor, dto: CreateNominationDto, idempotencyKey?: string) {
    if (!hasRole(actor, 'unit_officer')) throw new DomainError('forbidden', 'only unit officers create nominations');
    assertIdempotencyKey(idempotencyKey);
    if (idempotencyKey) {
      const existing = await this.nominations.findByIdempotencyKey(actor.id, idempotencyKey);
      if (existing) {
        // The first attempt may have died between the row and the workflow (API, Temporal or
        // Postgres killed): a retry finishes what it started, else the nomination stays a draft for good.
        if (existing.status === 'draft') await this.startWorkflow(actor, existing.id, dto);
        return { replayed: true, body: await this.get(actor, existing.id) };
      }
    }
    // The award and its pipeline's newest version in one round trip; checked in the order they were.
    const found = await this.references.awardWithNewestPipeline(dto.awardCode, actor.unitId);
    if (!found) throw new DomainError('rule_failed', `award type ${dto.awardCode} is not in the catalog`, { field: 'awardCode' });
    const { award, pipeline } = found;
    if (!award.subjects.includes(dto.nominee.kind)) {
      throw new DomainError('rule_failed', `${award.code} is not awarded to a ${dto.nominee.kind} nominee`, { field: 'nominee.kind' });
    }
    if (dto.campaignId) await this.campaigns.assertAccepts(dto.campaignId, actor.unitId, award.code);
    if (!pipeline) throw new DomainError('rule_failed', `pipeline ${award.pipelineCode} of ${award.code} is not defined`);
    // A submission that could never reach a vote is refused before anything exists (a draft may wait for its council).
    const rosters = dto.submit !== false ? await this.councils.assertReady(actor.unitId, award.code, pipeline) : null;
    // The same (caller, key) always maps to the same nomination id and workflow id.
    const id = idempotencyKey ? stableUuid(`idempotency:${actor.id}:${idempotencyKey}`) : randomUUID();
    const workflowId = nominationWorkflowId(id);
    const draft: NewNomination = {
      id,
      workflowId,
      unitId: actor.unitId,
      awardCode: award.code,
      subject: dto.nominee.kind,
      nominee: { ...dto.nominee },
      nomineeName: dto.nominee.fullName.normalize('NFC').trim(),
      nomineeSearch: foldVietnamese(dto.nominee.fullName),
      achievements: dto.achievements,
      year: dto.year ?? new Date().getFullYear(),
      campaignId: dto.campaignId ?? null,
      idempotencyKey: idempotencyKey ?? null,
      createdBy: actor.id,
    };
    const createdAt = await this.nominations.insertDraft(draft);
    if (!createdAt || dto.submit === false) {
      await this.startWorkflow(actor, id, dto);
      return { replayed: false, body: await this.get(actor, id) };
    }
    // Read while the workflow starts and submits: the response is the draft as inserted with what the Update wrote.
    const trail = this.trailWhileActing(actor, id);
    // What was read to accept it goes with the start: the workflow need not read it again.
    const read = rosters && found.unitCode !== null ? submissionContextOf(id, { id: actor.unitId, code: found.unitCode }, award, pipeline, rosters) : undefined;
    const snapshot = await this.createAndSubmit(actor, id, this.startOptions(actor, id, true, read));
    const body = await this.answer(actor, draftRow(draft, createdAt), await this.access.signingGrants(actor), snapshot, trail);
    return { replayed: false, body: body ?? (await this.get(actor, id)) };
  }

  /** The trail and the caller's name, read while an Update runs (null if the read failed: the answer reads again). */
  private trailWhileActing(actor: Actor, id: string): Promise<PeopleActionsAtHead | null> {
    return this.audit.peopleActionsAtHead('nomination', id, actor.id).catch(() => null);
  }

  /**
   * The action's response from what its Update wrote (no second read): null when the Update's
   * result does not carry it (an earlier attempt wrote it) or the trail read saw another transition.
   */
  private async answer(actor: Actor, before: NominationEntity, grants: SigningGrant[], snapshot: NominationSnapshot, trail: Promise<PeopleActionsAtHead | null>) {
    const written = snapshot.written;
    const read = await trail;
    const done = written && read ? trailAfter(read, written) : null;
    if (!written || !done) return null;
    const row = rowAfter(before, written);
    return presentNomination(row, actor, grantFor(grants, row.signingAuthority)?.authority ?? null, done, await this.calendar.calendar());
  }

  /** Starts the nomination's workflow (and submits, unless `submit: false`); safe to repeat. */
  private async startWorkflow(actor: Actor, id: string, dto: CreateNominationDto) {
    const submitting = dto.submit !== false;
    const start = this.startOptions(actor, id, submitting);
    if (!submitting) await this.temporal.workflow.start(WORKFLOW_TYPES.nomination, start);
    else await this.createAndSubmit(actor, id, start);
  }

  private startOptions(actor: Actor, id: string, submitting: boolean, submission?: SubmissionContext) {
    return {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: nominationWorkflowId(id),
      args: [{ nominationId: id, unitId: actor.unitId, createdBy: actor, submitting, ...(submission ? { submission } : {}) } satisfies NominationWorkflowInput],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
    };
  }

  /**
   * Starts the workflow and submits in one call (update-with-start): one round trip, and the
   * workflow records creation and submission as one transition. A refused submission leaves
   * the draft, as a separate submit would; the problem then names it (`nominationId`), so the
   * caller can submit it again or withdraw it.
   */
  private async createAndSubmit(actor: Actor, id: string, start: WorkflowStartOptions & { workflowIdConflictPolicy: WorkflowIdConflictPolicy }): Promise<NominationSnapshot> {
    try {
      const signerAuthority = await this.access.signerAuthority(actor);
      addLogContext({ nominationId: id, workflowId: start.workflowId });
      return await timeWorkflowUpdate('submit', () =>
        this.waited(() =>
          this.temporal.workflow.executeUpdateWithStart(submitUpdate, {
            args: [{ actor, signerAuthority }],
            // One id per nomination: a retry whose first submission went through gets its outcome, not a 409.
            updateId: `create-submit-${id}`,
            startWorkflowOperation: new WithStartWorkflowOperation(WORKFLOW_TYPES.nomination, start),
          }),
        ),
      );
    } catch (e) {
      const error = fromTemporalError(e);
      await recordDeniedAttempt(this.audit, { actor, nominationId: id, attemptedAction: 'submit', error, stage: 'unit_proposal', workflowId: start.workflowId });
      throw error instanceof DomainError ? new DomainError(error.code, error.message, { ...error.details, nominationId: id, nominationStatus: 'draft' }) : error;
    }
  }

  /** Edits a draft's content (unit officer of the nominating unit, before submission only). */
  async editDraft(actor: Actor, id: string, dto: UpdateDraftDto) {
    const row = await this.access.readable(actor, id);
    if (!hasRole(actor, 'unit_officer') || actor.unitId !== row.unitId) throw new DomainError('forbidden', 'only the nominating unit edits its draft');
    if (row.status !== 'draft') throw new DomainError('stage_conflict', 'only a draft can be edited', { stage: row.stage, nominationStatus: row.status });
    const nominee = (dto.nominee ?? row.nominee) as { kind: 'individual' | 'collective'; fullName: string };
    const award = await this.references.awardType(row.awardCode);
    if (award && !award.subjects.includes(nominee.kind)) throw new DomainError('rule_failed', `${award.code} is not awarded to a ${nominee.kind} nominee`);
    const campaignId = dto.campaignId ?? row.campaignId;
    if (dto.campaignId) await this.campaigns.assertAccepts(dto.campaignId, actor.unitId, row.awardCode);
    const edited = await this.nominations.updateDraft(id, {
      nominee: { ...nominee },
      nomineeName: nominee.fullName.normalize('NFC').trim(),
      nomineeSearch: foldVietnamese(nominee.fullName),
      achievements: dto.achievements ?? row.achievements,
      year: dto.year ?? row.year,
      campaignId,
      subject: nominee.kind,
    });
    if (!edited) throw new DomainError('stage_conflict', 'the draft was submitted meanwhile');
    return this.get(actor, id);
  }

  /** Submits a draft: an electronic dossier must be complete (422 names what is missing). */
  async submitDraft(actor: Actor, id: string, repeatable?: RepeatableRequest) {
    assertIdempotencyKey(repeatable?.key);
    const row = await this.access.readable(actor, id);
    if (row.status === 'draft') await this.dossier.assertCompleteForSubmit(row);
    return this.act(actor, id, 'submit', {}, repeatable);
  }

  /** Approving over a failed system check needs an explicit override reason, which is audited. */
  async appraise(actor: Actor, id: string, dto: AppraisalDto, repeatable?: RepeatableRequest) {
    assertIdempotencyKey(repeatable?.key);
    // Role, scope and stage first (403/409), so the checks never leak to the wrong caller.
    // The row and the caller's grants once, for the checks and the Update (one round trip).
    const read = await this.readForAction(actor, id);
    const { row } = read;
    const denial = denialOf(viewOf(row), { actor, signerAuthority: null }, 'appraise');
    if (denial) {
      // The stage has moved on: perhaps by this very request, sent again (a replay never acts, so the checks are not needed).
      const repeat = await this.repeatOf(actor, row, 'appraise', { decision: dto.decision, reason: dto.reason ?? '', items: dto.items }, repeatable);
      if (repeat) return repeat;
      await recordDeniedAttempt(this.audit, { actor, nominationId: id, attemptedAction: 'appraise', error: denial, stage: row.stage, workflowId: row.workflowId });
      throw denial;
    }
    const failed = dto.decision === 'approve' ? (await this.dossier.checksOf(row)).filter((c) => !c.ok) : [];
    if (failed.length && !dto.override) {
      throw new DomainError('rule_failed', `checks failed: ${failed.map((c) => c.message).join('; ')}; approve with an override reason`, {
        failedChecks: failed,
      });
    }
    return this.act(actor, id, 'appraise', {
      decision: dto.decision,
      reason: dto.reason ?? '',
      items: dto.items,
      failedChecks: failed.map((c) => c.code),
      override: failed.length ? dto.override : undefined,
    }, repeatable, read);
  }

  async get(actor: Actor, id: string) {
    // One round trip, not two: nothing read alongside the row depends on it (the signer's grants
    // are matched to the row's authority afterwards), and a refused read returns none of it.
    const [row, done, grants, calendar] = await Promise.all([
      this.access.readable(actor, id),
      this.audit.peopleActions('nomination', id),
      this.access.signingGrants(actor),
      this.calendar.calendar(),
    ]);
    return presentNomination(row, actor, grantFor(grants, row.signingAuthority)?.authority ?? null, done, calendar);
  }

  /** The users who acted in a trail, by id, for display names. */
  private async actorsOf(trail: { actorId: string | null }[]): Promise<Map<string, UserEntity>> {
    const users = await this.references.usersByIds([...new Set(trail.map((e) => e.actorId).filter((x): x is string => !!x))]);
    return new Map(users.map((u) => [u.id, u]));
  }

  async history(actor: Actor, id: string) {
    await this.access.readable(actor, id);
    const trail = await this.audit.chain('nomination', id);
    const actors = await this.actorsOf(trail);
    return trail.map((e) => presentHistoryEvent(e, e.actorId ? (actors.get(e.actorId)?.fullName ?? null) : null));
  }

  /**
   * Runs one user action as a Workflow Update. The API checks what it can cheaply and
   * safely (existence, scope, closed nominations); the workflow's validator decides.
   * `repeatable`: the caller's `Idempotency-Key` and body; the same again gets the first answer.
   */
  async act<K extends NominationAction>(actor: Actor, id: string, action: K, args: NominationActionArgs<K>, repeatable?: RepeatableRequest, read?: ActionRead) {
    assertIdempotencyKey(repeatable?.key);
    const trail = this.trailWhileActing(actor, id);
    const ran = await this.run(actor, id, action, args, repeatable, read);
    // A repeat of an action already taken, answered by lookup: the nomination as it is now.
    if (!ran.snapshot) return this.get(actor, id);
    const { snapshot, row, grants } = ran;
    // A draft's content may be edited until the submission commits: its answer reads the row again.
    if (row.status === 'draft') return this.get(actor, id);
    return (await this.answer(actor, row, grants, snapshot, trail)) ?? this.get(actor, id);
  }

  /** Runs one action for a caller that answers with something else (a council session's ballots). */
  async update<K extends NominationAction>(actor: Actor, id: string, action: K, args: NominationActionArgs<K>, repeatable?: RepeatableRequest): Promise<void> {
    await this.run(actor, id, action, args, repeatable);
  }

  /**
   * A repeatable request the read model refuses (the nomination has ended, or moved past the
   * action), perhaps because this very request was taken: sent as a replay that never acts anew.
   * Temporal answers an Update id it completed (also once the workflow has closed); a running
   * workflow holding this request's transition as an orphan takes it and answers; anything else
   * is refused, and the caller's own refusal stands. True when it was answered.
   */
  private async takenBefore(row: NominationEntity, action: NominationAction, args: object, actor: Actor, updateId: string | undefined): Promise<boolean> {
    if (!updateId) return false;
    const def: UpdateDefinition<NominationSnapshot, [ActorRequest]> = NOMINATION_ACTION_UPDATES[action];
    try {
      const replay = { ...args, actor, seenTransition: row.transition, replayOnly: true };
      await this.waited(() => this.temporal.workflow.getHandle(row.workflowId).executeUpdate(def, { args: [replay], updateId }));
      return true;
    } catch (e) {
      // Refused, or the workflow has ended without it: the caller's refusal stands. Anything else
      // (Temporal unreachable) is not an answer: the caller gets it (503) and may retry.
      if (fromTemporalError(e) instanceof DomainError || isWorkflowGone(e)) return false;
      throw e;
    }
  }

  /**
   * An action's Update, given up after ACTION_WAIT_SECONDS: Temporal's deadline error is a 503
   * with Retry-After (problem filter). The Update may still be done later (it waited for a
   * worker); the same request under the same key then answers with its outcome.
   */
  private waited<T>(update: () => Promise<T>): Promise<T> {
    return withinActionWait(this.temporal, this.config, update);
  }

  /** The row and the caller's grants at once (the grants do not depend on the row). */
  private async readForAction(actor: Actor, id: string): Promise<ActionRead> {
    const [row, grants] = await Promise.all([this.access.readable(actor, id), this.access.signingGrants(actor)]);
    return { row, grants };
  }

  /** `read`: the row and grants the caller read for this request already (not read again). */
  private async run<K extends NominationAction>(actor: Actor, id: string, action: K, args: NominationActionArgs<K>, repeatable?: RepeatableRequest, read?: ActionRead) {
    let row: NominationEntity | undefined;
    const updateId = repeatable && actionUpdateId(actor.id, id, action, repeatable);
    try {
      const { row: readable, grants } = read ?? (await this.readForAction(actor, id));
      row = readable;
      const signerAuthority = grantFor(grants, row.signingAuthority)?.authority ?? null;
      if (isTerminal(row.status)) {
        // The action that ended it, sent again: its answer is the nomination as it ended.
        if (await this.takenBefore(row, action, { ...args, signerAuthority }, actor, updateId)) return { snapshot: null, row, grants };
        // A finished workflow takes no Updates; answer from the read model with the same rules.
        throw denialOf(viewOf(row), { actor, signerAuthority }, action) ?? new DomainError('stage_conflict', `nomination is ${row.status}`, { stage: row.stage, nominationStatus: row.status });
      }
      addLogContext({ nominationId: id, workflowId: row.workflowId });
      const handle = this.temporal.workflow.getHandle(row.workflowId);
      const def: UpdateDefinition<NominationSnapshot, [ActorRequest]> = NOMINATION_ACTION_UPDATES[action];
      // What the caller acted on: a read model ahead of the workflow means an orphan transition is stored.
      const seenTransition = row.transition;
      const request = { args: [{ ...args, actor, signerAuthority, seenTransition }] as [ActorRequest], ...(updateId ? { updateId } : {}) };
      const snapshot: NominationSnapshot | null = await timeWorkflowUpdate(action, () => this.waited(() => handle.executeUpdate(def, request)));
      return { snapshot, row, grants };
    } catch (e) {
      const error = fromTemporalError(e);
      // A rejected Update leaves no trace in Temporal: the API audits 403/409 refusals itself.
      await recordDeniedAttempt(this.audit, { actor, nominationId: id, attemptedAction: action, error, stage: row?.stage, workflowId: row?.workflowId });
      throw error;
    }
  }

  /** A repeat of `action` refused by the API's own check, answered if it was taken before (see takenBefore). */
  async repeatOf<K extends NominationAction>(actor: Actor, row: NominationEntity, action: K, args: NominationActionArgs<K>, repeatable: RepeatableRequest | undefined) {
    const updateId = repeatable && actionUpdateId(actor.id, row.id, action, repeatable);
    return (await this.takenBefore(row, action, args, actor, updateId)) ? this.get(actor, row.id) : null;
  }
}
