import { DataSource, QueryRunner } from 'typeorm';
import type { AuditRecord } from '#ktf/domain';
import { AUDIT_HASHED_COLUMNS, AUDIT_ROW_COLUMNS, AuditEventFilter, auditFilterSql, AuditEventRow } from './audit.repository';

/** What the rows of one chain share; the reader's order sorts by it first. */
export interface ChainKey {
  subjectType: string;
  subjectId: string;
}

/** Chains whose key k has from ≤ k < to in the database's order; null: unbounded on that side. */
export interface ChainKeyRange {
  from: ChainKey | null;
  to: ChainKey | null;
}

export interface ChainReadOptions {
  batchSize?: number;
  /** Also read id and recorded_at (exports show them; verification does not need them). */
  withMetadata?: boolean;
  /** Read in a snapshot exported by `exportSnapshot` (still open) instead of a new one. */
  snapshot?: string;
  /** Only the chains in this key range. */
  range?: ChainKeyRange;
}

/**
 * One snapshot, held open by its exporting transaction, that other connections read in
 * (`snapshot` of ChainReadOptions), and a sample of its chain keys to split the work by.
 */
export interface ChainSnapshot {
  id: string;
  /** Events the filter matches, estimated from the sample. */
  estimatedEvents: number;
  /**
   * At most `parts` key ranges of about as many events each: disjoint, in chain order and
   * together covering every key, so each chain lies in exactly one.
   */
  split(parts: number): ChainKeyRange[];
  /** Ends the exporting transaction: only once every reader has started. */
  release(): Promise<void>;
}

/** Pages the key sample reads (TABLESAMPLE SYSTEM): ~10k keys in tens of ms, whatever the table's size. */
const SAMPLE_PAGES = 500;
/** pg_export_snapshot() ids are hex groups and a counter; checked before going into SQL text. */
const SNAPSHOT_ID = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

/**
 * Reads audit rows in chain order — (subject_type, subject_id, sequence), the unique
 * index — through a server-side cursor in one REPEATABLE READ, read-only transaction:
 * the whole run sees one snapshot, so events committed meanwhile neither appear half-way
 * through a chain nor shift batches. The next batch is requested before the current one
 * is handed out, so the database works while the caller hashes. Memory stays at two batches.
 * Several readers can share one snapshot, each reading its own key range (`exportSnapshot`).
 */
export class AuditChainReader {
  constructor(private readonly ds: DataSource) {}

  batches(filter: AuditEventFilter, opts: ChainReadOptions & { withMetadata: true }): AsyncGenerator<AuditEventRow[]>;
  batches(filter?: AuditEventFilter, opts?: ChainReadOptions): AsyncGenerator<AuditRecord[]>;
  async *batches(filter: AuditEventFilter = {}, opts: ChainReadOptions = {}): AsyncGenerator<AuditRecord[]> {
    const size = opts.batchSize ?? 10_000;
    const params: unknown[] = [];
    const conds = [...auditFilterSql(filter, params), ...rangeSql(opts.range, params)];
    if (opts.snapshot !== undefined && !SNAPSHOT_ID.test(opts.snapshot)) throw new Error(`not a snapshot id: ${opts.snapshot}`);
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    let pending: Promise<AuditRecord[]> | undefined;
    let open = false;
    try {
      await qr.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      if (opts.snapshot) await qr.query(`SET TRANSACTION SNAPSHOT '${opts.snapshot}'`);
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

  /**
   * Opens a snapshot for several readers, with a block sample of the filtered chain keys,
   * sorted by the database itself (its collation decides the order the cursors read in).
   * Range boundaries are the sample's quantiles: a skewed sample only makes ranges uneven,
   * never wrong, since they cover every key either way.
   */
  async exportSnapshot(filter: AuditEventFilter): Promise<ChainSnapshot> {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    let released = false;
    const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
      if (released) return;
      released = true;
      try {
        await qr.query(sql);
      } finally {
        await qr.release();
      }
    };
    try {
      await qr.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [{ id }]: { id: string }[] = await qr.query('SELECT pg_export_snapshot() AS id');
      const { keys, fraction } = await sampleKeys(qr, filter);
      return { id, estimatedEvents: Math.round(keys.length / fraction), split: (parts) => splitKeys(keys, parts), release: () => end('COMMIT') };
    } catch (e) {
      await end('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }
}

/** Keys of the rows in a sample of about SAMPLE_PAGES pages, in chain order, and the sampled fraction. */
async function sampleKeys(qr: QueryRunner, filter: AuditEventFilter): Promise<{ keys: ChainKey[]; fraction: number }> {
  const [{ pages }]: { pages: string }[] = await qr.query(`SELECT pg_relation_size('audit_events') / current_setting('block_size')::bigint AS pages`);
  const percent = Math.min(100, (100 * SAMPLE_PAGES) / Math.max(1, Number(pages)));
  const params: unknown[] = [percent];
  const conds = auditFilterSql(filter, params);
  const keys: ChainKey[] = await qr.query(
    `SELECT subject_type AS "subjectType", subject_id AS "subjectId" FROM audit_events TABLESAMPLE SYSTEM ($1) REPEATABLE (0)
     ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
     ORDER BY subject_type, subject_id`,
    params,
  );
  return { keys, fraction: percent / 100 };
}

/** Ranges between the sample's `parts`-quantiles (repeated keys give one boundary). */
export function splitKeys(sortedKeys: readonly ChainKey[], parts: number): ChainKeyRange[] {
  const bounds: ChainKey[] = [];
  for (let i = 1; i < parts; i++) {
    const k = sortedKeys[Math.floor((i * sortedKeys.length) / parts)];
    const last = bounds[bounds.length - 1];
    if (k && !(last && last.subjectType === k.subjectType && last.subjectId === k.subjectId)) bounds.push(k);
  }
  return [null, ...bounds].map((from, i) => ({ from, to: bounds[i] ?? null }));
}

/** WHERE conditions for a key range: row comparisons, which the unique index answers as a range scan. */
function rangeSql(range: ChainKeyRange | undefined, params: unknown[]): string[] {
  const conds: string[] = [];
  for (const [key, op] of [[range?.from, '>='], [range?.to, '<']] as const) {
    if (!key) continue;
    params.push(key.subjectType, key.subjectId);
    conds.push(`(subject_type, subject_id) ${op} ($${params.length - 1}, $${params.length})`);
  }
  return conds;
}
