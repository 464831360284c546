import { AuditRecord, GENESIS_HASH, Sha256Hex } from './audit-record';
import { ChainBreak, ChainHead, ChainVerifier, ChainVerifyResult } from './chain-verifier';

/**
 * The export bundle (`GET /audit/export`, NDJSON): a header line, one line per event in
 * (subject, sequence) order, then a trailer with each chain's head. `npm run -s audit:verify`
 * checks it offline with the same ChainVerifier the API uses.
 */
export const AUDIT_BUNDLE_FORMAT = 'ktf-audit-bundle';
export const AUDIT_BUNDLE_VERSION = 1;

/** Stated in every header so a reader without this code can recompute the hashes. */
export const CANONICALIZATION_RULES = [
  'hash = lowercase hex SHA-256 of the UTF-8 bytes of canonical JSON of an object with exactly these members:',
  'subjectType, subjectId, sequence, occurredAt, actorId, actorRole, action, stageBefore, stageAfter, reason,',
  'payload, workflowId, runId (the event line fields of those names) and prevHash.',
  'Canonical JSON: object keys sorted by UTF-16 code unit order at every depth; no whitespace; members whose',
  'value is undefined are dropped (absent nullable fields are null, an absent payload is {}); strings and numbers',
  'written as ECMAScript JSON.stringify writes them; array order kept; non-finite numbers are not allowed.',
  'occurredAt is ISO 8601 UTC with milliseconds (YYYY-MM-DDTHH:mm:ss.sssZ).',
  `Chains: per (subjectType, subjectId), sequences start at 1 with prevHash = ${GENESIS_HASH.slice(0, 8)}… (64 zeros)`,
  'and increase by 1; each prevHash equals the previous event’s hash. A chain in a time-range export may start',
  'at sequence k > 1: its first prevHash cannot be checked against the bundle and is trusted.',
].join('\n');

export interface BundleHeader {
  type: 'header';
  format: typeof AUDIT_BUNDLE_FORMAT;
  version: number;
  generatedAt: string;
  filter: Record<string, string | undefined>;
  hashAlgorithm: 'sha256';
  genesisHash: string;
  canonicalization: string;
}

export interface BundleEvent extends AuditRecord {
  type: 'event';
  id: string;
  recordedAt: string | null;
}

export interface BundleTrailer {
  type: 'trailer';
  events: number;
  chains: ChainHead[];
}

export function bundleHeader(filter: BundleHeader['filter'], generatedAt: string): BundleHeader {
  return {
    type: 'header',
    format: AUDIT_BUNDLE_FORMAT,
    version: AUDIT_BUNDLE_VERSION,
    generatedAt,
    filter,
    hashAlgorithm: 'sha256',
    genesisHash: GENESIS_HASH,
    canonicalization: CANONICALIZATION_RULES,
  };
}

export interface BundleVerifyResult extends ChainVerifyResult {
  generatedAt: string | null;
  notes: string[];
}

const bundleBreak = (reason: string): ChainBreak => ({ subjectType: 'bundle', subject: 'bundle', sequence: 0, reason });

/** Verifies a bundle line by line; call `finish()` after the last line. */
export class BundleVerifier {
  private readonly chains: ChainVerifier;
  private header: BundleHeader | null = null;
  private trailer: BundleTrailer | null = null;
  private events = 0;
  private fatal: string | null = null;

  constructor(sha256: Sha256Hex) {
    this.chains = new ChainVerifier(sha256, { allowPartial: true, keepHeads: true, requireContiguous: true });
  }

  line(text: string, lineNo: number): void {
    if (this.fatal || text.trim() === '') return;
    let value: { type?: unknown } & Record<string, unknown>;
    try {
      value = JSON.parse(text);
    } catch {
      this.stop(`line ${lineNo} is not JSON`);
      return;
    }
    if (this.header === null) {
      if (value.type !== 'header' || value.format !== AUDIT_BUNDLE_FORMAT) return this.stop('the first line is not a ktf-audit-bundle header');
      if (value.version !== AUDIT_BUNDLE_VERSION) return this.stop(`bundle version ${String(value.version)} is not supported (expected ${AUDIT_BUNDLE_VERSION})`);
      this.header = value as unknown as BundleHeader;
    } else if (this.trailer !== null) {
      this.stop(`line ${lineNo} follows the trailer`);
    } else if (value.type === 'event') {
      this.events += 1;
      this.chains.push(value as unknown as BundleEvent);
    } else if (value.type === 'trailer') {
      this.trailer = value as unknown as BundleTrailer;
    } else {
      this.stop(`line ${lineNo} has unknown type ${JSON.stringify(value.type)}`);
    }
  }

  finish(): BundleVerifyResult {
    const notes: string[] = [];
    if (!this.fatal && !this.header) this.stop('the bundle is empty');
    if (!this.fatal && !this.trailer) this.stop('the trailer is missing: the bundle is truncated');
    if (this.fatal) this.chains.report(bundleBreak(this.fatal));
    else if (this.trailer) this.compareTrailer(this.trailer);
    const result = this.chains.result();
    for (const p of result.partialChains) {
      notes.push(`${p.subjectType} ${p.subject} starts at sequence ${p.firstSequence}: its prev_hash ${p.trustedPrevHash.slice(0, 12)}… is trusted, not verified`);
    }
    return { ...result, generatedAt: this.header?.generatedAt ?? null, notes };
  }

  /** The trailer must name exactly the chains read, each ending where the events end. */
  private compareTrailer(t: BundleTrailer): void {
    if (t.events !== this.events) {
      this.chains.report(bundleBreak(`the trailer counts ${t.events} events but the bundle has ${this.events}`));
    }
    const read = new Map(this.chains.heads().map((h) => [`${h.subjectType}\u0000${h.subjectId}`, h]));
    for (const head of Array.isArray(t.chains) ? t.chains : []) {
      const got = read.get(`${head.subjectType}\u0000${head.subjectId}`);
      read.delete(`${head.subjectType}\u0000${head.subjectId}`);
      if (!got) {
        this.chains.report({ subjectType: head.subjectType, subject: head.subjectId, sequence: head.lastSequence, reason: 'chain listed in the trailer has no events in the bundle' });
      } else if (got.lastSequence !== head.lastSequence || got.lastHash !== head.lastHash) {
        this.chains.report({
          subjectType: head.subjectType,
          subject: head.subjectId,
          sequence: got.lastSequence,
          reason: `the trailer’s head (sequence ${head.lastSequence}) differs from the last event read (sequence ${got.lastSequence})`,
        });
      }
    }
    for (const h of read.values()) {
      this.chains.report({ subjectType: h.subjectType, subject: h.subjectId, sequence: h.lastSequence, reason: 'chain missing from the trailer' });
    }
  }

  private stop(reason: string): void {
    this.fatal ??= reason;
  }
}
