// Reads the final state for the invariant check: rows from Postgres, the audit verification from
// the API, and each nomination's own state from its workflow (the snapshot query).
import { Client as PgClient } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { type AesGcmPayloadCodec, temporalDataConverter } from '#ktf/config';
import { nominationWorkflowId, snapshotQuery } from '#ktf/contracts';
import { ChaosClient } from './http-client';
import { ChaosState, NominationFact } from './invariants';

export async function gatherState(databaseUrl: string, temporalAddress: string, codec: AesGcmPayloadCodec | undefined, api: ChaosClient, paths: Map<string, string>, expectedChainLength: Record<string, number>): Promise<ChaosState> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  const connection = await Connection.connect({ address: temporalAddress });
  try {
    const temporal = new Client({ connection, ...(codec ? { dataConverter: temporalDataConverter(codec) } : {}) });
    const { rows } = await db.query(`SELECT id, status, stage, reserved_by_decision_id, decision_id, decision_number FROM nominations ORDER BY created_at`);
    const { rows: events } = await db.query(`SELECT subject_id, action FROM audit_events WHERE subject_type = 'nomination' ORDER BY subject_id, sequence`);
    const actions = new Map<string, string[]>();
    for (const e of events) actions.set(e.subject_id, [...(actions.get(e.subject_id) ?? []), e.action]);
    const nominations: NominationFact[] = [];
    for (const r of rows) {
      let workflow: NominationFact['workflow'] = null;
      try {
        const s = await temporal.workflow.getHandle(nominationWorkflowId(r.id)).query(snapshotQuery);
        workflow = { status: s.status, stage: s.stage, decisionId: s.decisionId, decisionNumber: s.decisionNumber, reservedByDecisionId: s.reservedByDecisionId };
      } catch {
        // reported as a violation
      }
      nominations.push({
        id: r.id, status: r.status, stage: r.stage, reservedByDecisionId: r.reserved_by_decision_id, decisionId: r.decision_id, decisionNumber: r.decision_number,
        auditActions: actions.get(r.id) ?? [], path: paths.get(r.id) ?? 'unknown', workflow,
      });
    }
    const { rows: decisions } = await db.query(
      `SELECT d.id, d.authority, d.kind, d.year, d.seq, d.status, d.nomination_ids,
              (SELECT count(*)::int FROM audit_events e WHERE e.subject_type = 'decision' AND e.subject_id = d.id::text AND e.action = 'decision_signed') AS signed_events
         FROM decisions d`,
    );
    const { rows: counters } = await db.query(`SELECT authority, kind, year, last_seq FROM decision_counters`);
    const verify = await api.get('/audit/verify', 'auditor');
    return {
      nominations,
      decisions: decisions.map((d) => ({ id: d.id, authority: d.authority, kind: d.kind, year: d.year, seq: d.seq, status: d.status, nominationIds: d.nomination_ids, signedEvents: d.signed_events })),
      counters: counters.map((c) => ({ authority: c.authority, kind: c.kind, year: c.year, lastSeq: c.last_seq })),
      audit: { ok: verify.status === 200 && verify.body?.ok === true, detail: JSON.stringify(verify.body).slice(0, 300) },
      expectedChainLength,
    };
  } finally {
    await connection.close();
    await db.end();
  }
}
