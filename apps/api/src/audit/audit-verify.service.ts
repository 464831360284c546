import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { Actor, ChainVerifier, DomainError, verifySummary } from '#ktf/domain';
import { AuditChainReader, AuditEventFilter, sha256Hex } from '#ktf/persistence';
import { assertAuditor } from './auditor-access';
import { AuditVerifyQueryDto } from './dto/audit-query.dto';

export interface VerifyProgress {
  checked: number;
  chains: number;
  broken: number;
  elapsedMs: number;
}

export interface VerifyOptions {
  /** Called after each batch (streamed as NDJSON progress lines). */
  onProgress?: (p: VerifyProgress) => Promise<void>;
  /** Stop early (the client went away). */
  cancelled?: () => boolean;
}

/** Recomputes chains from the database with the verifier the offline tool uses. */
@Injectable()
export class AuditVerifyService {
  constructor(private readonly reader: AuditChainReader) {}

  async verify(actor: Actor, q: AuditVerifyQueryDto, opts: VerifyOptions = {}) {
    assertAuditor(actor);
    const filter: AuditEventFilter = q.subject
      ? { subjectType: q.subjectType ?? 'nomination', subjectId: q.subject }
      : { subjectType: q.subjectType };
    const verifier = new ChainVerifier(sha256Hex, { maxBreaks: 20 });
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    for await (const batch of this.reader.batches(filter)) {
      for (const row of batch) verifier.push(row);
      if (opts.onProgress) await opts.onProgress({ ...verifier.progress, elapsedMs: elapsed() });
      if (opts.cancelled?.()) break;
    }
    const r = verifier.result();
    if (q.subject && r.checked === 0) {
      throw new DomainError('not_found', `no audit events for ${filter.subjectType} ${q.subject}`);
    }
    const ms = elapsed();
    return {
      ...verifySummary(r),
      scope: q.subject ? { subjectType: filter.subjectType, subject: q.subject } : { subjectType: q.subjectType ?? 'all' },
      elapsedMs: ms,
      eventsPerSecond: ms > 0 ? Math.round((r.checked * 1000) / ms) : null,
    };
  }
}
