import { AuditRecord, auditHashInput, GENESIS_HASH, Sha256Hex } from './audit-record';

/** One broken link: the subject's chain, the sequence where it breaks, and why. */
export interface ChainBreak {
  subjectType: string;
  subject: string;
  sequence: number;
  reason: string;
}

/** A chain as far as it was read: what a bundle trailer lists as its head. */
export interface ChainHead {
  subjectType: string;
  subjectId: string;
  firstSequence: number;
  lastSequence: number;
  lastHash: string;
  events: number;
}

export interface ChainVerifyResult {
  ok: boolean;
  checked: number;
  chains: number;
  firstBroken: ChainBreak | null;
  brokenCount: number;
  /** The first breaks, in reading order (at most `maxBreaks`). */
  broken: ChainBreak[];
  /** Chains that start after sequence 1 (partial exports): their first prev_hash was trusted. */
  partialChains: { subjectType: string; subject: string; firstSequence: number; trustedPrevHash: string }[];
}

/** What both verifiers (GET /audit/verify and the offline tool) report of a result. */
export function verifySummary(r: ChainVerifyResult) {
  const link = (b: ChainBreak) => ({ subject: b.subject, subjectType: b.subjectType, sequence: b.sequence, reason: b.reason });
  return {
    ok: r.ok,
    checked: r.checked,
    firstBroken: r.firstBroken ? link(r.firstBroken) : null,
    chains: r.chains,
    brokenCount: r.brokenCount,
    broken: r.broken.map(link),
  };
}

const DEFAULT_MAX_BREAKS = 100;

/**
 * Joins the results of disjoint key ranges, given in chain order with every chain wholly in
 * one range, into what one verifier reading them back to back reports: counts added, breaks
 * kept in that order up to `maxBreaks` (each part holds at least its own first ones).
 */
export function mergeVerifyResults(parts: readonly ChainVerifyResult[], maxBreaks = DEFAULT_MAX_BREAKS): ChainVerifyResult {
  const broken = parts.flatMap((p) => p.broken).slice(0, maxBreaks);
  const brokenCount = parts.reduce((n, p) => n + p.brokenCount, 0);
  return {
    ok: brokenCount === 0,
    checked: parts.reduce((n, p) => n + p.checked, 0),
    chains: parts.reduce((n, p) => n + p.chains, 0),
    firstBroken: broken[0] ?? null,
    brokenCount,
    broken,
    partialChains: parts.flatMap((p) => p.partialChains),
  };
}

export interface ChainVerifierOptions {
  /** Accept a chain whose first row has sequence k > 1, trusting its prev_hash (time-range exports). */
  allowPartial?: boolean;
  /** Keep every chain's head (bundles compare them with the trailer). Off for whole-database runs. */
  keepHeads?: boolean;
  /** Refuse a chain whose rows are not contiguous (bundles; the database query guarantees it). */
  requireContiguous?: boolean;
  maxBreaks?: number;
}

/**
 * Recomputes hash chains from rows given in (subject, sequence) order, one row at a time,
 * so memory stays flat however many events there are. Checks, per chain: sequences start
 * at 1 (or are accepted as partial) and have no gaps or repeats; each prev_hash is the
 * previous row's stored hash (genesis for sequence 1); each hash matches the row's fields.
 * After a break it carries on from the row's stored hash, so every tampered spot is named.
 */
export class ChainVerifier {
  private checked = 0;
  private chains = 0;
  private brokenCount = 0;
  private readonly broken: ChainBreak[] = [];
  private readonly partial: ChainVerifyResult['partialChains'] = [];
  private readonly headMap = new Map<string, ChainHead>();
  private readonly seen = new Set<string>();
  private current: ChainHead | null = null;
  private currentKey = '';

  constructor(
    private readonly sha256: Sha256Hex,
    private readonly opts: ChainVerifierOptions = {},
  ) {}

  /** Reads the row's fields only: the caller may reuse one object for every row. */
  push(row: AuditRecord): void {
    this.checked += 1;
    const head = this.current;
    // Same fields: same chain, without building the key (this runs for every row). Only
    // rows that differ build it, so a key equal by text (5 and "5" in a bundle) still matches.
    if (head === null || row.subjectId !== head.subjectId || row.subjectType !== head.subjectType) {
      const key = `${row.subjectType}\u0000${row.subjectId}`;
      if (head === null || key !== this.currentKey) {
        this.startChain(key, row);
        return;
      }
    }
    const expected = head.lastSequence + 1;
    if (row.sequence > expected) {
      const missing = row.sequence - 1 === expected ? `${expected}` : `${expected}–${row.sequence - 1}`;
      this.breakAt(row, expected, `event ${missing} missing: sequence ${row.sequence} follows ${head.lastSequence}`);
    } else if (row.sequence < expected) {
      this.breakAt(row, row.sequence, `sequence ${row.sequence} repeated or out of order after ${head.lastSequence}`);
    } else if (row.prevHash !== head.lastHash) {
      this.breakAt(row, row.sequence, `prev_hash does not match the hash of sequence ${head.lastSequence}`);
    } else {
      this.checkHash(row);
    }
    head.lastSequence = Math.max(head.lastSequence, row.sequence);
    head.lastHash = row.hash;
    head.events += 1;
  }

  /** Heads of the chains read so far (only with keepHeads; the current chain included). */
  heads(): ChainHead[] {
    return [...this.headMap.values()].map((h) => ({ ...h }));
  }

  result(): ChainVerifyResult {
    return {
      ok: this.brokenCount === 0,
      checked: this.checked,
      chains: this.chains,
      firstBroken: this.broken[0] ?? null,
      brokenCount: this.brokenCount,
      broken: [...this.broken],
      partialChains: [...this.partial],
    };
  }

  /** Reports a break found outside the rows (e.g. a bundle trailer that disagrees). */
  report(b: ChainBreak): void {
    this.brokenCount += 1;
    if (this.broken.length < (this.opts.maxBreaks ?? DEFAULT_MAX_BREAKS)) this.broken.push(b);
  }

  get progress(): { checked: number; chains: number; broken: number } {
    return { checked: this.checked, chains: this.chains, broken: this.brokenCount };
  }

  private startChain(key: string, row: AuditRecord): void {
    this.chains += 1;
    const again = this.seen.has(key);
    if (this.opts.requireContiguous) this.seen.add(key);
    this.currentKey = key;
    this.current = {
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      firstSequence: row.sequence,
      lastSequence: row.sequence,
      lastHash: row.hash,
      events: 1,
    };
    if (this.opts.keepHeads) this.headMap.set(key, this.current);
    if (again) {
      this.breakAt(row, row.sequence, 'events of this subject are not contiguous (it appears again after another subject)');
    } else if (row.sequence === 1) {
      if (row.prevHash !== GENESIS_HASH) this.breakAt(row, 1, 'the first event’s prev_hash is not the genesis hash');
      else this.checkHash(row);
    } else if (this.opts.allowPartial && row.sequence > 1) {
      this.partial.push({ subjectType: row.subjectType, subject: row.subjectId, firstSequence: row.sequence, trustedPrevHash: row.prevHash });
      this.checkHash(row);
    } else {
      const missing = row.sequence === 2 ? '1' : `1–${row.sequence - 1}`;
      this.breakAt(row, 1, `event ${missing} missing: the chain starts at sequence ${row.sequence}`);
    }
  }

  private checkHash(row: AuditRecord): void {
    const recomputed = this.sha256(auditHashInput(row, row.prevHash));
    if (recomputed !== row.hash) {
      this.breakAt(row, row.sequence, `hash does not match the event’s content (recomputed ${recomputed.slice(0, 12)}…)`);
    }
  }

  private breakAt(row: AuditRecord, sequence: number, reason: string): void {
    this.report({ subjectType: row.subjectType, subject: row.subjectId, sequence, reason });
  }
}
