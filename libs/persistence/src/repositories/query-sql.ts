import { foldVietnamese, TERMINAL_STATUSES } from '#ktf/domain';

/**
 * SQL building blocks for the read queries. Values always travel as parameters; only
 * fixed fragments written in this folder are ever concatenated into SQL text.
 */
export class SqlWhere {
  readonly params: unknown[] = [];
  private readonly parts: string[] = [];

  /** Adds a parameter and returns its placeholder ($n). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  and(condition: string): this {
    this.parts.push(condition);
    return this;
  }

  /** `WHERE a AND b …`, or nothing when there is no condition. */
  toSql(): string {
    return this.parts.length ? `WHERE ${this.parts.map((p) => `(${p})`).join(' AND ')}` : '';
  }
}

/** Escapes LIKE's wildcards so a user's "%" or "_" matches itself, not everything. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Words of a free-text query, folded like `nominee_search` ("Nguyễn Thị Hoà" → nguyen, thi,
 * hoa), so a query matches with or without diacritics and in any Unicode normalisation.
 */
export const searchWords = (text: string): string[] => foldVietnamese(text).split(' ').filter((w) => w.length > 0);

/**
 * Every word must occur somewhere in the folded name (any order, any position). Each
 * `LIKE '%word%'` is answered by the column's trigram GIN index; Postgres ANDs the bitmaps.
 */
export function matchAllWords(where: SqlWhere, column: string, text: string): void {
  const words = searchWords(text);
  // A query that folds to nothing (only marks or spaces) matches nothing rather than everything.
  if (words.length === 0) where.and('false');
  for (const w of words) where.and(`${column} LIKE ${where.param(`%${escapeLike(w)}%`)}`);
}

/** A nomination that can still move: not in a terminal status. */
export const openSql = (column: string): string =>
  `${column} NOT IN (${TERMINAL_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * A timestamp as exact UTC text with microseconds, for cursors: a JS Date keeps only
 * milliseconds, and a keyset compared at lower precision than the column skips or repeats rows.
 */
export const exactUtc = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface Page<T, K> {
  rows: T[];
  /** Key of the last row when more rows follow, else null. */
  next: K | null;
}

/** Splits the `limit + 1` rows a query fetched into a page and the key to continue after. */
export function pageOf<R, T, K>(rows: R[], limit: number, map: (r: R) => T, keyOf: (r: R) => K): Page<T, K> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { rows: kept.map(map), next: more ? keyOf(kept[kept.length - 1]) : null };
}
