// Nominations driven end to end over HTTP by concurrent clients: most go straight to the council
// (5 votes), some through a council session closed by the secretary; all are appraised and then
// signed in batches of decisions by the chairman.
import { randomUUID } from 'node:crypto';
import { COUNCIL } from '../bench/lifecycle-scenario';
import { randomFullName } from '../bench/read/vietnamese-names';
import { Answer, ChaosClient } from './http-client';

export interface InFlight {
  decisions: number;
  sessionCloses: number;
}

export interface WorkloadResult {
  paths: Map<string, 'direct' | 'session'>;
  decisionsPosted: number;
  sessionsClosed: number;
  failures: string[];
}

export interface WorkloadOptions {
  nominations: number;
  concurrency: number;
  sessionEvery: number; // every n-th group of 4 goes through a council session
  batchSize: number;
}

function ok(r: Answer & { attempts: number }, what: string, allow409OnRetry = true) {
  if (r.status === 200 || r.status === 201) return r.body;
  if (allow409OnRetry && r.status === 409 && r.attempts > 1) return r.body; // the first attempt went through
  throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
}

/** Drives at least `opts.nominations`, and goes on while `keepGoing()` (the faults are not all done). */
export async function runWorkload(api: ChaosClient, opts: WorkloadOptions, inFlight: InFlight, keepGoing: () => boolean): Promise<WorkloadResult> {
  const result: WorkloadResult = { paths: new Map(), decisionsPosted: 0, sessionsClosed: 0, failures: [] };
  const ready: string[] = [];
  let remaining = opts.nominations;
  let groups = 0;
  let driversLeft = opts.concurrency;

  const create = async () => {
    const r = await api.post('/nominations', 'officer.vp', {
      awardCode: 'BANG_KHEN_CT_UBND',
      nominee: { kind: 'individual', fullName: randomFullName(), position: 'Chuyên viên' },
      achievements: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cải cách thủ tục hành chính.',
    }, randomUUID());
    return ok(r, 'create', false).id as string;
  };
  // Actions carry an Idempotency-Key, so a retry whose first attempt went through is answered 200, never 409.
  const appraise = async (id: string) => ok(await api.post(`/nominations/${id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' }, randomUUID()), 'appraisal', false);

  async function direct(ids: string[]) {
    for (const id of ids) {
      result.paths.set(id, 'direct');
      for (const m of COUNCIL) ok(await api.post(`/nominations/${id}/votes`, m, { choice: 'agree' }, randomUUID()), `vote ${m}`, false);
      await appraise(id);
      ready.push(id);
    }
  }

  async function viaSession(ids: string[]) {
    for (const id of ids) result.paths.set(id, 'session');
    const opened = await api.post('/council-sessions', 'secretary', { nominationIds: ids });
    const sessionId = opened.status === 201 ? (opened.body.id as string) : await findSession(ids, opened);
    for (const id of ids) for (const m of COUNCIL.slice(0, 4)) ok(await api.post(`/nominations/${id}/votes`, m, { choice: 'agree' }, randomUUID()), `session vote ${m}`, false);
    inFlight.sessionCloses++;
    try {
      ok(await api.post(`/council-sessions/${sessionId}/close`, 'secretary'), 'close session');
    } finally {
      inFlight.sessionCloses--;
    }
    result.sessionsClosed++;
    for (const id of ids) await appraise(id);
    ready.push(...ids);
  }

  /** A session create whose answer was lost: the secretary looks it up among the open sessions. */
  async function findSession(ids: string[], answer: Answer & { attempts: number }): Promise<string> {
    if (!(answer.status === 409 && answer.attempts > 1)) throw new Error(`open session: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    const list = ok(await api.get('/council-sessions', 'secretary'), 'list sessions') as { id: string; status: string }[];
    for (const s of list.filter((x) => x.status === 'open')) {
      const full = ok(await api.get(`/council-sessions/${s.id}`, 'secretary'), 'get session');
      const onIt = (full.nominations as { id?: string; nominationId?: string }[]).map((n) => n.nominationId ?? n.id);
      if (ids.every((id) => onIt.includes(id))) return s.id;
    }
    throw new Error('open session: the retried create was refused and no session holds the nominations');
  }

  async function driver() {
    try {
      while (remaining > 0 || keepGoing()) {
        const n = remaining > 0 ? Math.min(4, remaining) : 4;
        remaining = Math.max(0, remaining - n);
        const group = groups++;
        const ids: string[] = [];
        try {
          for (let i = 0; i < n; i++) ids.push(await create());
          if (n === 4 && group % opts.sessionEvery === opts.sessionEvery - 1) await viaSession(ids);
          else await direct(ids);
        } catch (e) {
          result.failures.push(`group ${group} (${ids.join(', ')}): ${(e as Error).message}`);
        }
      }
    } finally {
      driversLeft--;
    }
  }

  async function signer() {
    while (driversLeft > 0 || ready.length > 0) {
      if (ready.length < opts.batchSize && driversLeft > 0) {
        await new Promise((r) => setTimeout(r, 300));
        continue;
      }
      const batch = ready.splice(0, opts.batchSize);
      const key = randomUUID();
      inFlight.decisions++;
      try {
        const r = await api.post('/decisions', 'chairman', { nominationIds: batch }, key);
        if (r.status !== 200 && r.status !== 201) throw new Error(`HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
        result.decisionsPosted++;
      } catch (e) {
        result.failures.push(`decision over ${batch.length} (${batch[0]}…): ${(e as Error).message}`);
      } finally {
        inFlight.decisions--;
      }
    }
  }

  await Promise.all([...Array.from({ length: opts.concurrency }, driver), signer(), signer()]);
  return result;
}
