import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { signToken } from '#ktf/auth';
import { DEV_JWT_SECRET } from '#ktf/config';
import { findSeedUser } from '#ktf/persistence';

export interface BenchResponse<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number;
  body: T;
  ms: number;
}

const tokens = new Map<string, string>();

/** A dev token for a seeded user (as `npm run token` makes), signed once and reused. */
export function tokenFor(username: string): string {
  let t = tokens.get(username);
  if (!t) {
    const u = findSeedUser(username);
    if (!u) throw new Error(`no seeded user ${username}`);
    t = signToken({ id: u.id, roles: u.roles, unitId: u.unitId, name: u.fullName }, { secret: DEV_JWT_SECRET, issuer: 'khen-thuong-flow' });
    tokens.set(username, t);
  }
  return t;
}

/**
 * A keep-alive HTTP/1.1 client for the bench's own loops (node:http, not fetch: less client
 * overhead per request, so the client steals less CPU from the server on a 2-core machine).
 * Only loopback addresses are accepted: bench traffic never leaves the machine.
 */
export function benchClient(baseUrl: string) {
  const url = new URL(baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error(`bench traffic goes to 127.0.0.1 only, not ${url.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 1024 });
  let sentAgain = 0;

  function call<T>(method: string, path: string, user: string | null, body?: unknown, idempotencyKey?: string): Promise<BenchResponse<T>> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = {};
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (user) headers.authorization = `Bearer ${tokenFor(user)}`;
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path, method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // not JSON: keep the text for the error message
          }
          resolve({ status: res.statusCode ?? 0, body: parsed as T, ms });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  return {
    get: <T = any>(path: string, user: string | null) => call<T>('GET', path, user), // eslint-disable-line @typescript-eslint/no-explicit-any
    post: <T = any>(path: string, user: string | null, body: unknown) => call<T>('POST', path, user, body), // eslint-disable-line @typescript-eslint/no-explicit-any
    /**
     * As a client that must not lose a request: one Idempotency-Key, sent again after a 503 (a
     * dependency down or busy; after its Retry-After, at most `attempts` times). The scenarios that
     * overload the service on purpose (memory) use it; latencies are measured with post.
     */
    postRepeatable: async <T = any>(path: string, user: string | null, body: unknown, attempts = 10): Promise<BenchResponse<T>> => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const key = randomUUID();
      for (let attempt = 1; ; attempt++) {
        const r = await call<T>('POST', path, user, body, key);
        if (r.status !== 503 || attempt >= attempts) return r;
        sentAgain++;
        await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(5, Number((r.body as { retryAfterSeconds?: number } | null)?.retryAfterSeconds ?? 1))));
      }
    },
    /** How many requests postRepeatable sent again after a 503. */
    sentAgain: () => sentAgain,
    close: () => agent.destroy(),
  };
}

export type BenchClient = ReturnType<typeof benchClient>;

/**
 * The services' settings a bench runs them with: a handful of seeded users write thousands of
 * times a minute, so the per-user and per-IP rate limits (sized for people) are lifted, or a
 * bench would measure 429s.
 */
export const LIFTED_RATE_LIMITS = { RATE_LIMIT_PUBLIC_PER_WINDOW: '10000000', RATE_LIMIT_WRITES_PER_WINDOW: '10000000' };
