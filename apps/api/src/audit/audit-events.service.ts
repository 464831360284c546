import { Injectable } from '@nestjs/common';
import { Actor, DomainError } from '#ktf/domain';
import { AuditPagePosition, AuditRepository } from '#ktf/persistence';
import { presentAuditEvent } from './audit-event.presenter';
import { assertAuditor } from './auditor-access';
import { AuditEventsQueryDto } from './dto/audit-query.dto';

/** The cursor is opaque to clients: base64url of the last row's (occurred_at µs, id). */
const encodeCursor = (p: AuditPagePosition) => Buffer.from(JSON.stringify([p.occurredAt, p.id])).toString('base64url');

function decodeCursor(cursor: string): AuditPagePosition {
  try {
    const [occurredAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof occurredAt === 'string' && !Number.isNaN(Date.parse(occurredAt)) && typeof id === 'string' && /^\d{1,19}$/.test(id)) {
      return { occurredAt, id };
    }
  } catch {
    // fall through: the same answer for every malformed cursor
  }
  throw new DomainError('rule_failed', 'cursor is not one this API returned', { errors: [{ field: 'cursor', messages: ['invalid cursor'] }] });
}

@Injectable()
export class AuditEventsService {
  constructor(private readonly audit: AuditRepository) {}

  async list(actor: Actor, q: AuditEventsQueryDto) {
    assertAuditor(actor);
    if (q.subjectId && !q.subjectType) {
      throw new DomainError('rule_failed', 'subjectId needs subjectType (nomination, decision, campaign or access)', { field: 'subjectType' });
    }
    const limit = q.limit ?? 100;
    const rows = await this.audit.page(
      { subjectType: q.subjectType, subjectId: q.subjectId, actorId: q.actorId, action: q.action, from: q.from, to: q.to },
      q.cursor ? decodeCursor(q.cursor) : null,
      limit,
    );
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    return {
      items: page.map(presentAuditEvent),
      nextCursor: more ? encodeCursor(page[page.length - 1].position) : null,
    };
  }
}
