import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { closeVotingUpdate, recordAbsentOpinionUpdate, scheduleVotingUpdate, voteUpdate } from '#ktf/contracts';
import { Actor, DomainError, hasRole } from '#ktf/domain';
import { CouncilSessionRepository, CouncilSessionRow, NominationRepository } from '#ktf/persistence';
import { NominationsService } from '../nominations/nominations.service';
import { AbsentOpinionDto, CreateCouncilSessionDto, SessionVotesDto } from './council-session.dto';

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
        await this.nominationsService.update(actor, n, 'schedule_voting', scheduleVotingUpdate, { sessionId: id, votingDeadline: deadline.toISOString() });
      }
    }
    return this.get(actor, id);
  }

  /** A member's ballots on many nominations of the session, applied one by one, in order. */
  async vote(actor: Actor, id: string, dto: SessionVotesDto) {
    const session = await this.open(id);
    this.assertInSession(session, dto.votes.map((v) => v.nominationId));
    const results = [];
    for (const v of dto.votes) {
      await this.nominationsService.update(actor, v.nominationId, 'vote', voteUpdate, { choice: v.choice });
      results.push(await this.summary(actor, v.nominationId));
    }
    return { sessionId: id, results };
  }

  async absentOpinion(actor: Actor, id: string, dto: AbsentOpinionDto) {
    const session = await this.open(id);
    this.assertInSession(session, dto.votes.map((v) => v.nominationId));
    const results = [];
    for (const v of dto.votes) {
      await this.nominationsService.update(actor, v.nominationId, 'record_absent_opinion', recordAbsentOpinionUpdate, { memberId: dto.memberId, choice: v.choice });
      results.push(await this.summary(actor, v.nominationId));
    }
    return { sessionId: id, results };
  }

  /** Closes voting on every nomination still in council review and returns each tally. */
  async close(actor: Actor, id: string) {
    if (!hasRole(actor, 'council_secretary')) throw new DomainError('forbidden', 'only the council secretary closes a session');
    const session = await this.open(id);
    for (const n of session.nomination_ids) {
      const row = await this.nominations.findById(n);
      if (row?.stage === 'council_review') await this.nominationsService.update(actor, n, 'close_voting', closeVotingUpdate, {});
    }
    await this.sessions.close(id);
    return this.get(actor, id);
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
    return { nominationId, nomineeName: n.nominee.fullName, stage: n.stage, status: n.status, council: n.council, tally: n.tally };
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
