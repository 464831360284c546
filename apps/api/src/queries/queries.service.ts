import { Injectable } from '@nestjs/common';
import { Actor, allowedActions, DomainError, grantFor } from '#ktf/domain';
import { NominationQueryRepository } from '#ktf/persistence';
import { CalendarService } from '../calendar/calendar.service';
import { NominationAccessService } from '../nomination-access/nomination-access.service';
import { AwardQueryDto, InboxQueryDto, NominationListQueryDto } from './dto/query-params.dto';
import { awardCursor, inboxCursor, nominationCursor } from './query-cursor';
import { inboxView, presentAward, presentSummary } from './query.presenter';

const DEFAULT_LIMIT = 20;

/** Same rule as NominationAccessService: a caller holding only the unit officer role is unit-scoped. */
const unitScoped = (actor: Actor) => actor.roles.every((r) => r === 'unit_officer');

const aliasConflict = () =>
  new DomainError('rule_failed', 'awardType: an alias of awardCode; give one of them, or the same value', {
    errors: [{ field: 'awardType', messages: ['an alias of awardCode; give one of them, or the same value'] }],
  });

@Injectable()
export class QueriesService {
  constructor(
    private readonly queries: NominationQueryRepository,
    private readonly calendar: CalendarService,
    private readonly access: NominationAccessService,
  ) {}

  async list(actor: Actor, dto: NominationListQueryDto) {
    if (dto.awardCode && dto.awardType && dto.awardCode !== dto.awardType) throw aliasConflict();
    if (unitScoped(actor) && dto.unitId && dto.unitId !== actor.unitId) {
      throw new DomainError('forbidden', 'unit officers may only list their own unit’s nominations');
    }
    const filter = {
      stage: dto.stage,
      status: dto.status,
      // Forced, not merely defaulted: a unit officer's list never reaches another unit.
      unitId: unitScoped(actor) ? actor.unitId : dto.unitId,
      awardCode: dto.awardCode ?? dto.awardType,
      campaignId: dto.campaignId,
      year: dto.year,
      overdue: dto.overdue,
      text: dto.q,
    };
    const after = dto.cursor ? nominationCursor.decode(dto.cursor) : null;
    const page = await this.queries.list(filter, after, dto.limit ?? DEFAULT_LIMIT);
    return { items: page.rows.map(presentSummary), nextCursor: page.next && nominationCursor.encode(page.next) };
  }

  /**
   * The caller's work queue. The repository selects candidates per role; each row is then
   * passed through the same action rules as `GET /nominations/:id`, and only rows with an
   * action expected of the caller are kept. Withdrawing is always possible for the unit
   * but never what an inbox asks for, so it is listed as allowed, not expected; so is passing
   * a task on (reassign).
   */
  async inbox(actor: Actor, dto: InboxQueryDto) {
    // A signer's own authority and those delegated to them today (ký thay, thừa lệnh).
    const grants = await this.access.signingGrants(actor);
    const after = dto.cursor ? inboxCursor.decode(dto.cursor) : null;
    const scope = { actorId: actor.id, unitId: actor.unitId, roles: actor.roles, signerAuthorities: grants.map((g) => g.authority) };
    const [page, calendar] = await Promise.all([this.queries.inbox(scope, after, dto.limit ?? DEFAULT_LIMIT), this.calendar.calendar()]);
    const now = new Date();
    const items = page.rows.flatMap((row) => {
      const view = inboxView(row);
      const allowed = allowedActions(view, { actor, signerAuthority: grantFor(grants, view.signingAuthority)?.authority ?? null });
      const expected = allowed.filter((a) => a !== 'withdraw' && a !== 'reassign');
      // Working days left to the due date, on the Vietnamese calendar (as GET /nominations/:id).
      const workingDaysLeft = row.dueAt ? calendar.workingDaysLeft(now, row.dueAt) : null;
      return expected.length ? [{ ...presentSummary(row), workingDaysLeft, expectedActions: expected, allowedActions: allowed }] : [];
    });
    return { items, nextCursor: page.next && inboxCursor.encode(page.next) };
  }

  /**
   * The award registry is a public record (decisions are published), and a unit preparing a
   * nomination needs a person's history wherever it was earned: every role may read it.
   */
  async awards(_actor: Actor, dto: AwardQueryDto) {
    const after = dto.cursor ? awardCursor.decode(dto.cursor) : null;
    const filter = { person: dto.person, unitId: dto.unitId, awardCode: dto.awardCode, year: dto.year };
    const page = await this.queries.awards(filter, after, dto.limit ?? DEFAULT_LIMIT);
    return { items: page.rows.map(presentAward), nextCursor: page.next && awardCursor.encode(page.next) };
  }
}
