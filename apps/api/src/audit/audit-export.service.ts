import { Injectable } from '@nestjs/common';
import { Actor, bundleHeader, BundleEvent, BundleTrailer, ChainHead, DomainError } from '#ktf/domain';
import { AuditChainReader, AuditEventFilter, AuditEventRow } from '#ktf/persistence';
import { assertAuditor } from './auditor-access';
import { AuditExportQueryDto } from './dto/audit-query.dto';
import { NdjsonWriter } from './ndjson-writer';

const bundleEvent = (r: AuditEventRow): BundleEvent => ({
  type: 'event',
  id: r.id,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  sequence: r.sequence,
  occurredAt: r.occurredAt,
  actorId: r.actorId,
  actorRole: r.actorRole,
  action: r.action,
  stageBefore: r.stageBefore,
  stageAfter: r.stageAfter,
  reason: r.reason,
  payload: r.payload,
  workflowId: r.workflowId,
  runId: r.runId,
  prevHash: r.prevHash,
  hash: r.hash,
  recordedAt: r.recordedAt,
});

/** Streams an evidence bundle (see AUDIT_BUNDLE_FORMAT in libs/domain): header, events, trailer. */
@Injectable()
export class AuditExportService {
  constructor(private readonly reader: AuditChainReader) {}

  /** What the bundle covers; refuses an unbounded export so nobody streams the whole table by accident. */
  filterOf(actor: Actor, q: AuditExportQueryDto): AuditEventFilter {
    assertAuditor(actor);
    if (!q.subject && !q.from && !q.to) {
      throw new DomainError('rule_failed', 'give subject (with subjectType, default nomination) or a time range from/to', { field: 'subject' });
    }
    if (q.from && q.to && Date.parse(q.from) >= Date.parse(q.to)) {
      throw new DomainError('rule_failed', 'from must be before to', { field: 'from' });
    }
    return {
      subjectType: q.subject ? (q.subjectType ?? 'nomination') : q.subjectType,
      subjectId: q.subject,
      from: q.from,
      to: q.to,
    };
  }

  async export(filter: AuditEventFilter, out: NdjsonWriter): Promise<void> {
    const heads = new Map<string, ChainHead>();
    let events = 0;
    let headerSent = false;
    const sendHeader = async () => {
      headerSent = true;
      await out.write(bundleHeader({ ...filter }, new Date().toISOString()));
    };
    for await (const batch of this.reader.batches(filter, { withMetadata: true })) {
      if (!headerSent) await sendHeader();
      for (const r of batch) {
        const key = `${r.subjectType}\u0000${r.subjectId}`;
        const h = heads.get(key);
        if (h) Object.assign(h, { lastSequence: r.sequence, lastHash: r.hash, events: h.events + 1 });
        else heads.set(key, { subjectType: r.subjectType, subjectId: r.subjectId, firstSequence: r.sequence, lastSequence: r.sequence, lastHash: r.hash, events: 1 });
      }
      events += batch.length;
      await out.write(...batch.map(bundleEvent));
      if (out.closed) return;
    }
    if (!headerSent) {
      if (filter.subjectId) throw new DomainError('not_found', `no audit events for ${filter.subjectType} ${filter.subjectId}`);
      await sendHeader();
    }
    const trailer: BundleTrailer = { type: 'trailer', events, chains: [...heads.values()] };
    await out.write(trailer);
    out.end();
  }
}
