import { Client } from 'pg';
import { auditHash, GENESIS_HASH, HashedAuditFields, SEED_COUNCILS, userId } from '#ktf/persistence';
import { dropSecondaryIndexes, LoadProgress, rebuildIndexes } from './load-nominations';

type Step = { action: string; who: 'officer' | 'council' | 'appraiser' | 'chairman'; before: string | null; after: string | null; reason?: string };

const CR = 'council_review';
const COUNCIL = SEED_COUNCILS[0].members.map(userId);

/** The events of a provincial nomination from creation to award, as the workflow records them. */
const AWARDED_PATH: Step[] = [
  { action: 'created', who: 'officer', before: null, after: 'unit_proposal' },
  { action: 'submitted', who: 'officer', before: 'unit_proposal', after: 'unit_proposal' },
  { action: 'stage_opened', who: 'officer', before: 'unit_proposal', after: CR },
  { action: 'council_pinned', who: 'officer', before: CR, after: CR },
  ...Array.from({ length: 5 }, (): Step => ({ action: 'vote_cast', who: 'council', before: CR, after: CR })),
  { action: 'vote_passed', who: 'council', before: CR, after: CR },
  { action: 'stage_opened', who: 'council', before: CR, after: 'appraisal' },
  { action: 'appraisal_approve', who: 'appraiser', before: 'appraisal', after: 'appraisal', reason: 'Hồ sơ đầy đủ, đúng tiêu chuẩn' },
  { action: 'stage_opened', who: 'appraiser', before: 'appraisal', after: 'signing' },
  { action: 'reserved_for_decision', who: 'chairman', before: 'signing', after: 'signing' },
  { action: 'signed', who: 'chairman', before: 'signing', after: 'signing' },
  { action: 'awarded', who: 'chairman', before: 'signing', after: null },
];
const SUPPLEMENT: Step[] = [
  { action: 'appraisal_supplement', who: 'appraiser', before: 'appraisal', after: 'appraisal', reason: 'Bổ sung bản thành tích có xác nhận' },
  { action: 'stage_opened', who: 'appraiser', before: 'appraisal', after: 'supplement' },
];

/** The chain so far of a nomination in `status`/`stage` with `voted` council votes. */
function pathOf(status: string, stage: string | null, voted: number): Step[] {
  const upTo = (n: number) => AWARDED_PATH.slice(0, n);
  if (status === 'draft') return upTo(1);
  if (stage === CR) return upTo(4 + voted);
  if (stage === 'appraisal') return upTo(11);
  if (stage === 'supplement') return [...upTo(11), ...SUPPLEMENT];
  if (stage === 'signing' || stage === 'external_decision') return upTo(13);
  if (status === 'awarded') return AWARDED_PATH;
  if (status === 'withdrawn') return [...upTo(4), { action: 'withdrawn', who: 'officer', before: CR, after: null, reason: 'Đơn vị rút đề nghị' }];
  if (status === 'expired') {
    return [...upTo(11), ...SUPPLEMENT, { action: 'deadline_breached', who: 'officer', before: 'supplement', after: 'supplement' }, { action: 'expired', who: 'officer', before: 'supplement', after: null }];
  }
  return [...upTo(11), { action: 'appraisal_reject', who: 'appraiser', before: 'appraisal', after: 'appraisal', reason: 'Không đủ tiêu chuẩn' }, { action: 'rejected', who: 'appraiser', before: 'appraisal', after: null }];
}

const ROLE = { officer: 'unit_officer', council: 'council_member', appraiser: 'appraiser', chairman: 'signer' } as const;

interface NominationRow {
  id: string;
  status: string;
  stage: string | null;
  voted: number;
  created_ms: string;
}

type Row = HashedAuditFields & { prevHash: string; hash: string };

/** One nomination's chain, hashed exactly as the writer hashes (auditHash from #ktf/persistence). */
function chainOf(n: NominationRow): Row[] {
  const rows: Row[] = [];
  let prev = GENESIS_HASH;
  let at = Number(n.created_ms);
  let votes = 0;
  const runId = `bench-run-${n.id.slice(0, 8)}`;
  for (const [i, s] of pathOf(n.status, n.stage, n.voted).entries()) {
    const actorId = s.who === 'officer' ? userId('officer.vp') : s.who === 'council' ? COUNCIL[Math.min(votes, 4)] : userId(s.who === 'appraiser' ? 'appraiser' : 'chairman');
    if (s.action === 'vote_cast') votes += 1;
    const payload: Record<string, unknown> =
      s.action === 'stage_opened' ? { dueAt: new Date(at + 14 * 86_400_000).toISOString(), epoch: i } :
      s.action === 'council_pinned' ? { members: 5, recused: 0 } :
      s.action === 'vote_passed' ? { tally: { agree: 5, disagree: 0, abstain: 0, members: 5, passed: true } } : {};
    const fields: HashedAuditFields = {
      subjectType: 'nomination', subjectId: n.id, sequence: i + 1, occurredAt: new Date(at).toISOString(), actorId,
      actorRole: ROLE[s.who], action: s.action, stageBefore: s.before, stageAfter: s.after, reason: s.reason ?? null, payload,
      workflowId: `nomination-${n.id}`, runId,
    };
    const hash = auditHash(fields, prev);
    rows.push({ ...fields, prevHash: prev, hash });
    prev = hash;
    at += 3_600_000 + (i % 7) * 600_000; // hours apart, never backwards
  }
  return rows;
}

const INSERT = `
  INSERT INTO audit_events (subject_type, subject_id, sequence, occurred_at, actor_id, actor_role, action, stage_before,
    stage_after, reason, payload, workflow_id, run_id, prev_hash, hash)
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::jsonb[], $12::text[], $13::text[], $14::text[], $15::text[])`;

function insertParams(rows: Row[]): unknown[] {
  const col = <T>(f: (r: Row) => T) => rows.map(f);
  return [
    col((r) => r.subjectType), col((r) => r.subjectId), col((r) => r.sequence), col((r) => r.occurredAt), col((r) => r.actorId),
    col((r) => r.actorRole), col((r) => r.action), col((r) => r.stageBefore), col((r) => r.stageAfter), col((r) => r.reason),
    col((r) => JSON.stringify(r.payload)), col((r) => r.workflowId), col((r) => r.runId), col((r) => r.prevHash), col((r) => r.hash),
  ];
}

/**
 * Appends valid hash chains for loaded nominations (most recent first) until `target`
 * events exist in total: each chain is the prefix of the lifecycle its status and stage
 * imply, hashed in Node with the application's own function (the canonical JSON cannot be
 * reproduced exactly with SQL's jsonb text). A second connection inserts, so hashing the
 * next batch overlaps the insert of the current one. Nominations that already have a chain
 * (created over HTTP) are skipped.
 */
export async function loadAuditChains(url: string, target: number, log: LoadProgress = () => undefined): Promise<number> {
  const c = new Client({ connectionString: url });
  const writer = new Client({ connectionString: url });
  await c.connect();
  await writer.connect();
  try {
    return await load(c, writer, target, log);
  } finally {
    await Promise.all([c.end(), writer.end()]);
  }
}

async function load(c: Client, writer: Client, target: number, log: LoadProgress): Promise<number> {
  let total = Number((await c.query(`SELECT count(*) AS n FROM audit_events`)).rows[0].n);
  const rebuild = await dropSecondaryIndexes(c, 'audit_events');
  let after = '9999-12-31';
  let afterId = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
  let pending: Promise<unknown> = Promise.resolve();
  let reported = 0;
  while (total < target) {
    const { rows } = await c.query<NominationRow & { created_at: string }>(
      `SELECT n.id::text, n.status, n.stage, cardinality(n.voted_member_ids) AS voted,
         (extract(epoch FROM n.created_at) * 1000)::bigint::text AS created_ms, n.created_at::text
       FROM nominations n
       WHERE (n.created_at, n.id) < ($1::timestamptz, $2::uuid)
         AND NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.subject_type = 'nomination' AND a.subject_id = n.id::text)
       ORDER BY n.created_at DESC, n.id DESC LIMIT 2000`,
      [after, afterId],
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1].created_at;
    afterId = rows[rows.length - 1].id;
    const batch: Row[] = [];
    for (const n of rows) {
      if (total + batch.length >= target) break;
      batch.push(...chainOf(n));
    }
    await pending;
    pending = writer.query(INSERT, insertParams(batch));
    total += batch.length;
    if (total - reported >= target / 10) {
      reported = total;
      log(`audit events: ${total.toLocaleString('en')}/${target.toLocaleString('en')}`);
    }
  }
  await pending;
  await rebuildIndexes(c, rebuild, log);
  await c.query('ANALYZE audit_events');
  return total;
}
