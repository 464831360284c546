import { DataSource } from 'typeorm';
import type { AuditRecord } from '#ktf/domain';
import { AUDIT_HASHED_COLUMNS, AUDIT_ROW_COLUMNS, AuditEventFilter, auditFilterSql, AuditEventRow } from './audit.repository';

export interface ChainReadOptions {
  batchSize?: number;
  /** Also read id and recorded_at (exports show them; verification does not need them). */
  withMetadata?: boolean;
}

/**
 * Reads audit rows in chain order — (subject_type, subject_id, sequence), the unique
 * index — through a server-side cursor in one REPEATABLE READ, read-only transaction:
 * the whole run sees one snapshot, so events committed meanwhile neither appear half-way
 * through a chain nor shift batches. The next batch is requested before the current one
 * is handed out, so the database works while the caller hashes. Memory stays at two batches.
 */
export class AuditChainReader {
  constructor(private readonly ds: DataSource) {}

  batches(filter: AuditEventFilter, opts: ChainReadOptions & { withMetadata: true }): AsyncGenerator<AuditEventRow[]>;
  batches(filter?: AuditEventFilter, opts?: ChainReadOptions): AsyncGenerator<AuditRecord[]>;
  async *batches(filter: AuditEventFilter = {}, opts: ChainReadOptions = {}): AsyncGenerator<AuditRecord[]> {
    const size = opts.batchSize ?? 10_000;
    const params: unknown[] = [];
    const conds = auditFilterSql(filter, params);
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    let pending: Promise<AuditRecord[]> | undefined;
    let open = false;
    try {
      await qr.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      await qr.query(
        `DECLARE audit_chain_cursor NO SCROLL CURSOR FOR
         SELECT ${opts.withMetadata ? AUDIT_ROW_COLUMNS : AUDIT_HASHED_COLUMNS} FROM audit_events
         ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
         ORDER BY subject_type, subject_id, sequence`,
        params,
      );
      const fetch = (): Promise<AuditRecord[]> => qr.query(`FETCH ${size} FROM audit_chain_cursor`);
      pending = fetch();
      for (;;) {
        const rows: AuditRecord[] = await pending;
        if (rows.length === 0) break;
        pending = rows.length < size ? Promise.resolve([]) : fetch();
        yield rows;
      }
      pending = undefined;
      open = false;
      await qr.query('COMMIT');
    } finally {
      // A consumer that stops early must not leave a rejected prefetch unhandled.
      pending?.catch(() => undefined);
      if (open) await qr.query('ROLLBACK').catch(() => undefined);
      await qr.release();
    }
  }
}
