import type { Schemas } from '#ktf/api-client';
import { ApiClient, Caller, HOA } from './e2e-stack';
import { ok, typedApi } from './typed-api';

export const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];

export interface Created {
  id: string;
  name: string;
}

/**
 * Steps of a nomination's life through the public API, as the roles would take them. They go
 * through the typed client generated from the OpenAPI document, so every e2e test that walks
 * a nomination also checks the document's paths, bodies and statuses.
 */
export function nominationSteps(api: ApiClient) {
  const as = typedApi(api.baseUrl);

  async function create(user: Caller, fullName: string, extra: Partial<Schemas['CreateNominationDto']> = {}): Promise<Created> {
    const { data, error, response } = await as(user).POST('/nominations', { body: { ...HOA, nominee: { kind: 'individual', fullName }, ...extra } });
    if (response.status !== 201 || !data) throw new Error(`create ${fullName}: ${response.status} ${JSON.stringify(error)}`);
    return { id: data.id, name: fullName };
  }

  /** For calls made with the untyped client (bodies the typed one would not send). */
  async function expectOk(res: Promise<{ status: number; body: unknown }>, what: string) {
    const r = await res;
    if (r.status !== 200 && r.status !== 201) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as any;
  }

  const vote = (id: string, member: Caller) => ok(as(member).POST('/nominations/{id}/votes', { params: { path: { id } }, body: { choice: 'agree' } }), `vote ${nameOf(member)}`);

  return {
    create,
    expectOk,
    vote,
    /** The members vote one after another (a nomination's Updates are serial anyway). */
    async voteAll(id: string, members: readonly Caller[] = COUNCIL) {
      for (const m of members) await vote(id, m);
    },
    appraise: (id: string, decision: 'approve' | 'supplement', reason = 'Hồ sơ đầy đủ') =>
      ok(as('appraiser').POST('/nominations/{id}/appraisal', { params: { path: { id } }, body: { decision, reason, items: ['Bổ sung bản thành tích'] } }), 'appraise'),
    sign: (ids: string[], signer: Caller = 'chairman') => ok(as(signer).POST('/decisions', { body: { nominationIds: ids } }), 'sign'),
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
