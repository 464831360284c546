import { Readable } from 'node:stream';
import { Client as PgClient } from 'pg';
import { ChainVerifier, verifySummary } from '#ktf/domain';
import { AUDIT_HASHED_COLUMNS, auditHash, GENESIS_HASH, sha256Hex } from '#ktf/persistence';
import { jsonReport, verifyBundleStream } from '../../../infra/tools/audit-verify';
import { ApiClient, HOA, tokenFor } from './e2e-stack';

export const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];

/** GET with an Accept header, returning the raw text (NDJSON is not one JSON document). */
export async function getText(baseUrl: string, path: string, user: string, accept = '*/*') {
  const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${tokenFor(user)}`, accept } });
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

/** An audit event as `GET /audit/events` returns it. */
export interface EventView {
  id: string;
  subjectType: string;
  subjectId: string;
  sequence: number;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  labelVi: string;
  labelEn: string;
  stageBefore: string | null;
  stageAfter: string | null;
  reason: string | null;
  payload: Record<string, unknown>;
  workflowId: string | null;
  runId: string | null;
  prevHash: string;
  hash: string;
}

export interface EventsPage {
  items: EventView[];
  nextCursor: string | null;
}

/** A raw audit_events row as the superuser reads it. */
export interface AuditRow {
  id: string;
  sequence: number;
  action: string;
  actor_id: string | null;
  hash: string;
  [column: string]: unknown;
}

export const ndjson = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

/** What `npm run -s audit:verify -- <bundle> --json` prints, computed in-process. */
export async function verifyOffline(bundle: string) {
  return jsonReport(await verifyBundleStream(Readable.from([bundle])));
}

/** A nomination created by officer.vp and carried to `until`. */
export async function driveNomination(api: ApiClient, until: 'council_review' | 'signing' | 'awarded', name = 'Nguyễn Thị Hoa') {
  const created = await api.post('/nominations', 'officer.vp', { ...HOA, nominee: { ...HOA.nominee, fullName: name } });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const id: string = created.body.id;
  if (until === 'council_review') return { id, decisionId: null };
  for (const m of COUNCIL) await expectOk(api.post(`/nominations/${id}/votes`, m, { choice: 'agree' }));
  await expectOk(api.post(`/nominations/${id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' }));
  if (until === 'signing') return { id, decisionId: null };
  const d = await api.post('/decisions', 'chairman', { nominationIds: [id] });
  if (d.status !== 201) throw new Error(`sign failed: ${d.status} ${JSON.stringify(d.body)}`);
  return { id, decisionId: d.body.id as string };
}

export async function expectOk<T extends { status: number; body: unknown }>(p: Promise<T>): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  return res;
}

/** Runs `fn` as the superuser with the append-only trigger off, in one transaction. */
export async function withTriggerDisabled(pg: PgClient, fn: () => Promise<unknown>): Promise<void> {
  await pg.query('BEGIN');
  try {
    await pg.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await fn();
    await pg.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
    await pg.query('COMMIT');
  } catch (e) {
    await pg.query('ROLLBACK');
    throw e;
  }
}

export async function chainRows(pg: PgClient, subjectType: string, subjectId: string) {
  const { rows } = await pg.query(`SELECT * FROM audit_events WHERE subject_type=$1 AND subject_id=$2 ORDER BY sequence`, [subjectType, subjectId]);
  return rows as AuditRow[];
}

/** Puts back a row exactly as it was read (same id and columns). */
export async function reinsertRow(pg: PgClient, row: Record<string, unknown>): Promise<void> {
  const cols = Object.keys(row);
  const values = cols.map((c) => (c === 'payload' ? JSON.stringify(row[c]) : row[c]));
  await pg.query(`INSERT INTO audit_events (${cols.join(',')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(',')})`, values);
}

/**
 * Writes `chains` × `length` valid synthetic events (`campaign` chains perf-000000… unless
 * told otherwise) straight into the table, so verification can be measured on a realistic volume.
 */
export async function seedSyntheticChains(pg: PgClient, chains: number, length: number, opts: { subjectType?: string; prefix?: string } = {}): Promise<number> {
  const { subjectType = 'campaign', prefix = 'perf' } = opts;
  const base = Date.UTC(2026, 0, 5, 1, 0, 0);
  let rows: unknown[][] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const params = rows.flat();
    const tuples = rows.map((_, r) => `(${Array.from({ length: 15 }, (_, c) => `$${r * 15 + c + 1}`).join(',')})`);
    await pg.query(
      `INSERT INTO audit_events (subject_type, subject_id, sequence, occurred_at, actor_id, actor_role, action, stage_before,
         stage_after, reason, payload, workflow_id, run_id, prev_hash, hash) VALUES ${tuples.join(',')}`,
      params,
    );
    rows = [];
  };
  for (let c = 0; c < chains; c++) {
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= length; seq++) {
      const e = {
        subjectType, subjectId: `${prefix}-${String(c).padStart(6, '0')}`, sequence: seq,
        occurredAt: new Date(base + c * 1000 + seq).toISOString(), actorId: 'perf-actor', actorRole: 'admin',
        action: seq === 1 ? 'campaign_opened' : 'reminder_sent', stageBefore: null, stageAfter: null, reason: seq % 3 ? null : 'Nhắc hạn nộp hồ sơ',
        payload: { unitIds: ['VP-UBND', 'XA-DONG-THINH'], offset: seq % 5, tally: { agree: 4, disagree: 1, members: 5 } },
        workflowId: `${subjectType}-${prefix}-${c}`, runId: 'perf-run',
      };
      const hash = auditHash(e, prevHash);
      rows.push([e.subjectType, e.subjectId, e.sequence, e.occurredAt, e.actorId, e.actorRole, e.action, e.stageBefore, e.stageAfter, e.reason, JSON.stringify(e.payload), e.workflowId, e.runId, prevHash, hash]);
      prevHash = hash;
      if (rows.length === 2000) await flush();
    }
  }
  await flush();
  return chains * length;
}

/**
 * What `GET /audit/verify` must report, from one verifier reading every row in chain order
 * on a plain connection (the single-thread reference for the API's worker threads).
 */
export async function verifyReference(pg: PgClient, subjectType?: string) {
  const verifier = new ChainVerifier(sha256Hex, { maxBreaks: 20 });
  await pg.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    await pg.query(
      `DECLARE reference NO SCROLL CURSOR FOR SELECT ${AUDIT_HASHED_COLUMNS} FROM audit_events
       ${subjectType ? 'WHERE subject_type = $1' : ''} ORDER BY subject_type, subject_id, sequence`,
      subjectType ? [subjectType] : [],
    );
    for (;;) {
      const { rows } = await pg.query('FETCH 10000 FROM reference');
      if (rows.length === 0) break;
      for (const row of rows) verifier.push(row);
    }
  } finally {
    await pg.query('COMMIT');
  }
  return verifySummary(verifier.result());
}

/** NDJSON lines of a GET as they arrive, so a test can act while the response is still streaming. */
export async function* ndjsonStream(baseUrl: string, path: string, user: string): AsyncGenerator<Record<string, unknown>> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${tokenFor(user)}`, accept: 'application/x-ndjson' } });
  if (!res.ok || !res.body) throw new Error(`GET ${path}: HTTP ${res.status}`);
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of res.body) {
    buffered += decoder.decode(chunk, { stream: true });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line) yield JSON.parse(line) as Record<string, unknown>;
  }
  if (buffered.trim()) yield JSON.parse(buffered) as Record<string, unknown>;
}
