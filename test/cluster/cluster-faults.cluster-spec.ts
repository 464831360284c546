// The production topology under faults (`npm run test:cluster`): Temporal's server on
// PostgreSQL with 8 history shards, two workers and two APIs. Clients behave as real ones do:
// on a refused connection or a 503 they repeat the same request, through the other API if one
// is gone. Nothing may be lost, duplicated or left half done.
import { randomUUID } from 'node:crypto';
import { userId } from '#ktf/persistence';
import { RunningStack, startStack } from '../../infra/dev/stack';
import { E2E_RATE_LIMITS, HOA, tokenFor } from '../e2e/support/e2e-stack';

jest.setTimeout(600_000);

const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];
const N = 8;
const RETRY_FOR_MS = 120_000;

interface Reply {
  status: number;
  body: any;
  /** How many attempts it took (1 = no fault seen). */
  attempts: number;
}

describe('the cluster topology under faults', () => {
  let a: RunningStack;
  let b: RunningStack;
  let turn = 0;
  /** Requests that needed more than one attempt, per fault phase: evidence the faults were felt. */
  const retried: Record<string, number> = {};
  let phase = 'setup';

  beforeAll(async () => {
    a = await startStack({ persistent: false, topology: 'cluster', env: E2E_RATE_LIMITS });
    // One key ring for both: a payload one API encrypts may be decrypted by the other's worker.
    b = await startStack({ persistent: false, databaseUrl: a.databaseUrl, temporalAddress: a.temporalAddress, env: { ...E2E_RATE_LIMITS, ...a.codecEnv } });
  }, 300_000);

  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  /** One request as a client makes it: alternate APIs, and on no answer or a 503 repeat it (on the other one). */
  async function call(method: string, path: string, user: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const deadline = Date.now() + RETRY_FOR_MS;
    for (let attempt = 1; ; attempt++) {
      const base = [a.apiUrl, b.apiUrl][turn++ % 2];
      try {
        const res = await fetch(base + path, {
          method,
          headers: { authorization: `Bearer ${tokenFor(user)}`, 'content-type': 'application/json', ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const json = await res.json().catch(() => null);
        if (res.status !== 503) {
          if (attempt > 1) retried[phase] = (retried[phase] ?? 0) + 1;
          return { status: res.status, body: json, attempts: attempt };
        }
      } catch {
        // the API is gone (killed, restarting): the client tries again
      }
      if (Date.now() > deadline) throw new Error(`${method} ${path} had no answer for ${RETRY_FOR_MS} ms`);
      await new Promise((r) => setTimeout(r, 250)); // a client's back-off between attempts
    }
  }

  const nomination = async (id: string) => (await call('GET', `/nominations/${id}`, 'auditor')).body;

  /**
   * A vote as a retrying client casts it: when an earlier attempt landed but its answer was lost,
   * the repeat is refused (409, already voted) and the client reads the nomination to confirm.
   */
  async function vote(id: string, member: string): Promise<void> {
    const res = await call('POST', `/nominations/${id}/votes`, member, { choice: 'agree' });
    if (res.status === 200) return;
    const n = await nomination(id);
    const counted = n.stage !== 'council_review' || n.council?.votedMemberIds.includes(userId(member));
    if (res.status === 409 && res.attempts > 1 && counted) return;
    throw new Error(`vote ${member} on ${id}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const voteRound = (ids: string[], member: string) => Promise.all(ids.map((id) => vote(id, member)));

  it('finishes every nomination, numbers decisions without gap, and keeps every chain whole', async () => {
    const created = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        call('POST', '/nominations', 'officer.vp', { ...HOA, nominee: { kind: 'individual', fullName: `Lò Văn Cụm ${i + 1}` } }, { 'Idempotency-Key': randomUUID() }),
      ),
    );
    expect(created.map((r) => (r.status === 201 ? 201 : `${r.status} ${JSON.stringify(r.body)}`))).toEqual(Array(N).fill(201));
    const ids = created.map((r) => r.body.id as string);

    await voteRound(ids, 'council.1');

    // A worker is killed while Updates are in flight; the other worker and the restarted one carry on.
    phase = 'worker killed';
    const inFlight = voteRound(ids, 'council.2');
    process.kill(a.workerPid() as number, 'SIGKILL');
    expect(await a.workerExited()).toBeNull(); // killed by a signal: no exit code
    await a.startWorker();
    await inFlight;

    // Temporal's server goes down mid-flow and comes back on the same database.
    phase = 'Temporal restarted';
    const acrossRestart = voteRound(ids, 'council.3');
    const down = Date.now();
    await a.stopTemporal();
    await a.startTemporal();
    const outageSeconds = (Date.now() - down) / 1000;
    await acrossRestart;

    // One API process is gone; clients go on through the other.
    phase = 'API stopped';
    await b.killApi();
    await voteRound(ids, 'council.4');
    await b.startApi();
    phase = 'after';
    await voteRound(ids, 'council.5');

    for (const id of ids) {
      const res = await call('POST', `/nominations/${id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' });
      if (res.status !== 200 && !(res.status === 409 && res.attempts > 1 && (await nomination(id)).stage === 'signing')) {
        throw new Error(`appraise ${id}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    const decisions = [];
    for (const batch of [ids.slice(0, N / 2), ids.slice(N / 2)]) {
      const res = await call('POST', '/decisions', 'chairman', { nominationIds: batch }, { 'Idempotency-Key': randomUUID() });
      expect(res.status).toBe(201);
      decisions.push(res.body.number);
    }
    expect(decisions).toEqual(['1/QĐ-UBND', '2/QĐ-UBND']);

    const finals = await Promise.all(ids.map(nomination));
    expect(finals.map((n) => [n.status, n.stage])).toEqual(Array(N).fill(['awarded', null]));
    const chains = await Promise.all(ids.map((id) => call('GET', `/audit/verify?subject=${id}`, 'auditor')));
    const expected = { status: 200, ok: true, checked: chains[0].body.checked, brokenCount: 0 };
    expect(chains.map((c) => ({ status: c.status, ok: c.body.ok, checked: c.body.checked, brokenCount: c.body.brokenCount }))).toEqual(Array(N).fill(expected));
    // Each chain holds exactly one event per step: created … decision_signed, none twice.
    const history = (await call('GET', `/nominations/${ids[0]}/history`, 'auditor')).body as { action: string }[];
    expect(history.filter((e) => e.action === 'vote_cast')).toHaveLength(COUNCIL.length);
    expect(history.length).toBe(expected.checked);
    console.log(`cluster faults: Temporal down ${outageSeconds.toFixed(1)} s; requests repeated by clients per phase: ${JSON.stringify(retried)}`);
    // Clients felt the API that was gone (their requests to it were repeated through the other).
    expect(retried['API stopped']).toBeGreaterThan(0);
  });
});
