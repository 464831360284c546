import { ApiClient, Caller, HOA } from './e2e-stack';

export const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];

export interface Created {
  id: string;
  name: string;
}

/** Steps of a nomination's life through the public API, as the roles would take them. */
export function nominationSteps(api: ApiClient) {
  async function create(user: Caller, fullName: string, extra: Record<string, unknown> = {}): Promise<Created> {
    const res = await api.post('/nominations', user, { ...HOA, nominee: { kind: 'individual', fullName }, ...extra });
    if (res.status !== 201) throw new Error(`create ${fullName}: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id, name: fullName };
  }

  async function expectOk(res: Promise<{ status: number; body: unknown }>, what: string) {
    const r = await res;
    if (r.status !== 200 && r.status !== 201) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as any;
  }

  return {
    create,
    expectOk,
    vote: (id: string, member: Caller) => expectOk(api.post(`/nominations/${id}/votes`, member, { choice: 'agree' }), `vote ${nameOf(member)}`),
    /** The members vote one after another (a nomination's Updates are serial anyway). */
    async voteAll(id: string, members: readonly Caller[] = COUNCIL) {
      for (const m of members) await expectOk(api.post(`/nominations/${id}/votes`, m, { choice: 'agree' }), `vote ${nameOf(m)}`);
    },
    appraise: (id: string, decision: 'approve' | 'supplement', reason = 'Hồ sơ đầy đủ') =>
      expectOk(api.post(`/nominations/${id}/appraisal`, 'appraiser', { decision, reason, items: ['Bổ sung bản thành tích'] }), 'appraise'),
    sign: (ids: string[], signer: Caller = 'chairman') => expectOk(api.post('/decisions', signer, { nominationIds: ids }), 'sign'),
  };
}

/** `path?a=b&…` with every value URL-encoded (Vietnamese text, NFD marks, cursors). */
export function withQuery(path: string, params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

const nameOf = (c: Caller) => (typeof c === 'string' ? c : c.username);

/**
 * Polls until `check` passes (read-model projections land a moment after a 201 for drafts; a
 * durable timer fires); fails, with the last value read, when it has not passed in `timeoutMs`.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000, what = 'the condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last read: ${JSON.stringify(value)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
