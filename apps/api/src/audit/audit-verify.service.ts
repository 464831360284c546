import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '#ktf/config';
import { Actor, ChainVerifier, ChainVerifyResult, DomainError, mergeVerifyResults, verifySummary } from '#ktf/domain';
import { AuditChainReader, AuditEventFilter, sha256Hex } from '#ktf/persistence';
import { assertAuditor } from './auditor-access';
import { AuditVerifyQueryDto } from './dto/audit-query.dto';
import { VerifyWorkerPool } from './verify-pool';

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

const MAX_BREAKS = 20;

/**
 * How many key ranges to cut: threads take the next range when done, so the last ones to
 * finish leave the others idle for about half a range. Ranges of ~50k events keep that
 * short; each range costs a transaction and a cursor, hence at least 4 per thread, at most 64.
 */
const rangeCount = (events: number, threads: number) => Math.min(64, Math.max(4 * threads, Math.ceil(events / 50_000)));

/**
 * Recomputes chains from the database with the verifier the offline tool uses. One chain,
 * or a small trail, on the request's thread; a whole trail split into key ranges that the
 * pool's threads verify in one exported snapshot, merged back in chain order.
 */
@Injectable()
export class AuditVerifyService {
  constructor(
    private readonly reader: AuditChainReader,
    private readonly pool: VerifyWorkerPool,
    private readonly config: AppConfig,
  ) {}

  async verify(actor: Actor, q: AuditVerifyQueryDto, opts: VerifyOptions = {}) {
    assertAuditor(actor);
    const filter: AuditEventFilter = q.subject
      ? { subjectType: q.subjectType ?? 'nomination', subjectId: q.subject }
      : { subjectType: q.subjectType };
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const r = q.subject || this.pool.size === 0 ? await this.verifyHere(filter, opts, elapsed) : await this.verifyTrail(filter, opts, elapsed);
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

  /** On this thread, in a snapshot of its own; a slow NDJSON client slows the reads (progress is awaited). */
  private async verifyHere(filter: AuditEventFilter, opts: VerifyOptions, elapsed: () => number): Promise<ChainVerifyResult> {
    const verifier = new ChainVerifier(sha256Hex, { maxBreaks: MAX_BREAKS });
    for await (const batch of this.reader.batches(filter)) {
      for (const row of batch) verifier.push(row);
      if (opts.onProgress) await opts.onProgress({ ...verifier.progress, elapsedMs: elapsed() });
      if (opts.cancelled?.()) break;
    }
    return verifier.result();
  }

  /**
   * On the pool's threads, each range in the snapshot exported here (held until all are read).
   * Progress goes out latest-first, one line at a time: a slow client skips lines, the
   * threads never wait for it and nothing queues up.
   */
  private async verifyTrail(filter: AuditEventFilter, opts: VerifyOptions, elapsed: () => number): Promise<ChainVerifyResult> {
    const snapshot = await this.reader.exportSnapshot(filter);
    const ranges = snapshot.split(rangeCount(snapshot.estimatedEvents, this.pool.size));
    if (ranges.length < 2 || snapshot.estimatedEvents < this.config.AUDIT_VERIFY_PARALLEL_MIN_EVENTS) {
      // Released first: one request never holds two of the API's pooled connections at once.
      await snapshot.release();
      return this.verifyHere(filter, opts, elapsed);
    }
    try {
      const progress = latestOnly(opts.onProgress);
      const parts = await this.pool.run({
        snapshot: snapshot.id,
        filter,
        ranges,
        maxBreaks: MAX_BREAKS,
        onProgress: (p) => progress.push({ ...p, elapsedMs: elapsed() }),
        cancelled: opts.cancelled,
      });
      await progress.flush();
      return mergeVerifyResults(parts, MAX_BREAKS);
    } finally {
      await snapshot.release();
    }
  }
}

/** Sends the latest value only, one send at a time. */
function latestOnly<T>(send: ((v: T) => Promise<void>) | undefined) {
  let next: T | undefined;
  let running: Promise<void> | undefined;
  let failed: unknown;
  const pump = async () => {
    try {
      while (next !== undefined) {
        const v = next;
        next = undefined;
        await send!(v);
      }
    } catch (e) {
      failed ??= e;
    } finally {
      running = undefined;
    }
  };
  return {
    push(v: T): void {
      if (!send || failed !== undefined) return;
      next = v;
      running ??= pump();
    },
    async flush(): Promise<void> {
      await running;
      if (failed !== undefined) throw failed;
    },
  };
}
