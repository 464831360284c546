import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Client, WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { AppConfig } from '#ktf/config';
import {
  CouncilSessionCloseInput,
  CouncilSessionCloseWorkflow,
  councilSessionCloseWorkflowId,
  WORKFLOW_TYPES,
} from '#ktf/contracts';
import { Actor, DomainError, hasRole } from '#ktf/domain';
import { AuditRepository, CouncilSessionRepository, CouncilSessionRow, NominationRepository } from '#ktf/persistence';
import { recordDeniedAttempt } from '../audit/denied-attempt';
import { fromTemporalError } from '../core/temporal-errors';
import { withinActionWait } from '../core/action-wait';
import { assertIdempotencyKey } from '../nominations/idempotency-key';
import { NominationsService } from '../nominations/nominations.service';
import { AbsentOpinionDto, CouncilSessionListQuery, CreateCouncilSessionDto, SessionVotesDto } from './council-session.dto';

/** Who works with sessions: the council and those who oversee it. */
const SEES_SESSIONS = ['council_member', 'council_secretary', 'auditor', 'admin'] as const;
const LIST_LIMIT = 200;

/**
 * A council session groups nominations for one meeting. Each nomination's workflow stays
 * the authority: the session fans actions out as Updates and never decides anything itself.
 */
@Injectable()
export class CouncilSessionsService {
  constructor(
    private readonly sessions: CouncilSessionRepository,
    private readonly nominations: NominationRepository,
    private readonly nominationsService: NominationsService,
    private readonly config: AppConfig,
    private readonly temporal: Client,
    private readonly audit: AuditRepository,
  ) {}

  async create(actor: Actor, dto: CreateCouncilSessionDto) {
    if (!hasRole(actor, 'council_secretary')) throw new DomainError('forbidden', 'only the council secretary opens a session');
    for (const id of dto.nominationIds) {
      const n = await this.nominations.findById(id);
      if (!n) throw new DomainError('not_found', `nomination ${id} does not exist`);
      if (n.stage !== 'council_review') throw new DomainError('stage_conflict', `${id} is not in council review`, { nominationId: id, stage: n.stage });
    }
    const id = randomUUID();
    const deadline = dto.votingDeadline ? new Date(dto.votingDeadline) : null;
    if (deadline && deadline.getTime() <= Date.now()) throw new DomainError('rule_failed', 'votingDeadline must be in the future', { field: 'votingDeadline' });
    await this.sessions.insert({ id, council_id: null, secretary_id: actor.id, nomination_ids: dto.nominationIds, voting_deadline: deadline });
    if (deadline) {
      for (const n of dto.nominationIds) {
        await this.nominationsService.update(actor, n, 'schedule_voting', { sessionId: id, votingDeadline: deadline.toISOString() });
      }
    }
    return this.get(actor, id);
  }

  /** A member's ballots on many nominations of the session, applied one by one, in order. */
  async vote(actor: Actor, id: string, dto: SessionVotesDto, key?: string) {
    assertIdempotencyKey(key);
    const session = await this.open(id);
    this.assertInSession(session, dto.votes.map((v) => v.nominationId));
    const results = [];
    for (const v of dto.votes) {
      // With a key each ballot is repeatable on its own: a batch sent again answers the ballots it took.
      await this.nominationsService.update(actor, v.nominationId, 'vote', { choice: v.choice }, key === undefined ? undefined : { key, body: v });
      results.push(await this.summary(actor, v.nominationId));
    }
    return { sessionId: id, results };
  }

  async absentOpinion(actor: Actor, id: string, dto: AbsentOpinionDto, key?: string) {
    assertIdempotencyKey(key);
    const session = await this.open(id);
    this.assertInSession(session, dto.votes.map((v) => v.nominationId));
    const results = [];
    for (const v of dto.votes) {
      const body = { memberId: dto.memberId, ...v };
      await this.nominationsService.update(actor, v.nominationId, 'record_absent_opinion', { memberId: dto.memberId, choice: v.choice }, key === undefined ? undefined : { key, body });
      results.push(await this.summary(actor, v.nominationId));
    }
    return { sessionId: id, results };
  }

  /**
   * Closes voting on every nomination still in council review and returns each tally. The
   * session's close workflow does it (and marks the session closed), so a crash of the API or
   * the worker midway leaves a close that finishes by itself; the same request again joins it.
   */
  async close(actor: Actor, id: string) {
    if (!hasRole(actor, 'council_secretary')) throw new DomainError('forbidden', 'only the council secretary closes a session');
    const session = await this.open(id);
    const input: CouncilSessionCloseInput = { sessionId: id, actor, nominationIds: session.nomination_ids };
    try {
      await this.startClose(input);
    } catch (e) {
      const error = fromTemporalError(e);
      const nominationId = error instanceof DomainError ? error.details.nominationId : undefined;
      if (typeof nominationId === 'string') {
        const row = await this.nominations.findById(nominationId);
        await recordDeniedAttempt(this.audit, { actor, nominationId, attemptedAction: 'close_voting', error, stage: row?.stage, workflowId: row?.workflowId });
      }
      throw error;
    }
    return this.get(actor, id);
  }

  /** Starts the close, or joins the one under way; a refused close (failed) may be tried again. */
  private startClose(input: CouncilSessionCloseInput) {
    // The close goes on past the deadline; the same close again joins it.
    return withinActionWait(this.temporal, this.config, () => this.startOrJoinClose(input));
  }

  private async startOrJoinClose(input: CouncilSessionCloseInput) {
    const workflowId = councilSessionCloseWorkflowId(input.sessionId);
    try {
      const handle = await this.temporal.workflow.start<CouncilSessionCloseWorkflow>(WORKFLOW_TYPES.councilSessionClose, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId,
        args: [input],
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
      });
      return await handle.result();
    } catch (e) {
      if (!(e instanceof WorkflowExecutionAlreadyStartedError)) throw e;
      return this.temporal.workflow.getHandle<CouncilSessionCloseWorkflow>(workflowId).result();
    }
  }

  async list(actor: Actor, q: CouncilSessionListQuery) {
    if (!SEES_SESSIONS.some((r) => hasRole(actor, r))) throw new DomainError('forbidden', 'council sessions are for the council, auditors and admins');
    const rows = await this.sessions.list(q.status, LIST_LIMIT);
    return rows.map((s) => ({
      id: s.id,
      status: s.status,
      votingDeadline: s.voting_deadline?.toISOString() ?? null,
      createdAt: s.created_at.toISOString(),
      closedAt: s.closed_at?.toISOString() ?? null,
      nominationCount: s.nomination_ids.length,
    }));
  }

  async get(actor: Actor, id: string) {
    const s = await this.sessions.findById(id);
    if (!s) throw new DomainError('not_found', `council session ${id} does not exist`);
    return {
      id: s.id,
      status: s.status,
      votingDeadline: s.voting_deadline?.toISOString() ?? null,
      createdAt: s.created_at.toISOString(),
      closedAt: s.closed_at?.toISOString() ?? null,
      nominations: await Promise.all(s.nomination_ids.map((n) => this.summary(actor, n))),
    };
  }

  private async summary(actor: Actor, nominationId: string) {
    const n = await this.nominationsService.get(actor, nominationId);
    return { nominationId, nomineeName: n.nominee.fullName, stage: n.stage, status: n.status, council: n.council, tally: n.tally, allowedActions: n.allowedActions };
  }

  private async open(id: string): Promise<CouncilSessionRow> {
    const s = await this.sessions.findById(id);
    if (!s) throw new DomainError('not_found', `council session ${id} does not exist`);
    if (s.status !== 'open') throw new DomainError('stage_conflict', 'this council session is closed', { sessionStatus: s.status });
    return s;
  }

  private assertInSession(s: CouncilSessionRow, ids: string[]) {
    const outside = ids.filter((n) => !s.nomination_ids.includes(n));
    if (outside.length) throw new DomainError('rule_failed', `not on this session's agenda: ${outside.join(', ')}`, { outside });
  }
}
