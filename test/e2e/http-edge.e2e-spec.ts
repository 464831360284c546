import { connectDatabase, DataSource } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { HOA, startE2eStack, tokenFor } from './support/e2e-stack';
import { eventually } from './support/nomination-steps';

jest.setTimeout(120_000);

const ALLOWED_ORIGIN = 'https://ktf.example.gov.vn';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const WRITES_PER_WINDOW = 3;
const PUBLIC_PER_WINDOW = 6;

/**
 * The edge every request meets: security headers, CORS from configuration, body limits,
 * request ids and rate limits. This stack has an allowed origin and low limits; the JSON
 * limits are the defaults (100 KiB, 32 levels).
 */
describe('the HTTP edge', () => {
  let stack: RunningStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await startE2eStack({
      CORS_ORIGINS: `${ALLOWED_ORIGIN},http://localhost:5173`,
      RATE_LIMIT_WRITES_PER_WINDOW: String(WRITES_PER_WINDOW),
      RATE_LIMIT_PUBLIC_PER_WINDOW: String(PUBLIC_PER_WINDOW),
      RATE_LIMIT_WINDOW_SECONDS: '120',
    });
    db = await connectDatabase({ url: stack.databaseUrl, poolSize: 1 });
  }, 180_000);

  afterAll(async () => {
    await db?.destroy();
    await stack?.stop();
  });

  const call = (method: string, path: string, user?: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${stack.apiUrl}${path}`, {
      method,
      body: init.body,
      headers: { ...(user ? { authorization: `Bearer ${tokenFor(user)}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    });
  const problem = async (res: Response) => {
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    return (await res.json()) as Record<string, unknown>;
  };

  describe('security headers', () => {
    it('sets them on answers and on problems, and never says what serves them', async () => {
      for (const res of [await call('GET', '/award-types', 'officer.vp'), await call('GET', '/award-types')]) {
        expect(res.headers.get('x-powered-by')).toBeNull();
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
        expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
        expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      }
    });
  });

  describe('CORS', () => {
    it('answers a preflight from an allowed origin with that origin and the headers the API reads', async () => {
      const res = await call('OPTIONS', '/nominations', undefined, {
        headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
      const get = await call('GET', '/award-types', 'officer.vp', { headers: { origin: 'http://localhost:5173' } });
      expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(get.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
      expect(get.headers.get('vary')).toContain('Origin');
    });

    it('gives any other origin no allow-origin header, so browsers refuse it', async () => {
      const preflight = await call('OPTIONS', '/nominations', undefined, { headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const get = await call('GET', '/award-types', 'officer.vp', { headers: { origin: 'https://ktf.example.gov.vn.evil.example.com' } });
      expect(get.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('request bodies', () => {
    it('refuses JSON nested 5,000 levels deep with a 400 problem, before anything is transformed', async () => {
      const deep = `{"awardCode":"GIAY_KHEN","nominee":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      const res = await call('POST', '/nominations', 'officer.vp', { body: deep, headers: { 'x-request-id': 'deep-json-1' } });
      expect(res.status).toBe(400);
      expect(await problem(res)).toMatchObject({ status: 400, detail: 'JSON body nests objects and arrays deeper than 32 levels', instance: '/nominations', requestId: 'deep-json-1' });
      expect(stack.recentOutput().api.join('\n')).not.toMatch(/Maximum call stack size exceeded/);
    });

    it('counts depth from the raw text: 32 levels pass to validation, 33 do not', async () => {
      const nested = (levels: number) => `{"awardCode":"GIAY_KHEN","achievements":"x","nominee":{"kind":"individual","fullName":"A","x":${'['.repeat(levels - 2)}${']'.repeat(levels - 2)}}}`;
      const at = await problem(await call('POST', '/nominations', 'officer.vp', { body: nested(32) }));
      expect(at).toMatchObject({ status: 400, errors: [{ field: 'nominee.x' }] });
      expect((await problem(await call('POST', '/nominations', 'officer.vp', { body: nested(33) }))).detail).toMatch(/deeper than 32 levels/);
    });

    it('refuses a JSON body over the size limit with a 413 problem, and malformed JSON with a 400 one', async () => {
      const big = await call('POST', '/nominations', 'officer.vp', { body: JSON.stringify({ ...HOA, achievements: 'x'.repeat(600 * 1024) }) });
      expect(big.status).toBe(413);
      expect(await problem(big)).toMatchObject({ status: 413, title: 'Content too large' });
      const malformed = await call('POST', '/nominations', 'officer.vp', { body: '{"awardCode":' });
      expect(malformed.status).toBe(400);
      expect((await problem(malformed)).requestId).toMatch(UUID);
    });
  });

  describe('request ids', () => {
    it('echoes an acceptable client id in the header and in problems', async () => {
      const res = await call('GET', '/nominations/00000000-0000-4000-8000-000000000000', 'auditor', { headers: { 'x-request-id': 'tram-01HZX3J6Q8' } });
      expect(res.status).toBe(404);
      expect(res.headers.get('x-request-id')).toBe('tram-01HZX3J6Q8');
      expect((await problem(res)).requestId).toBe('tram-01HZX3J6Q8');
    });

    it('generates one when the client sends none or an unacceptable one', async () => {
      const none = await call('GET', '/inbox');
      expect(none.status).toBe(401);
      const generated = none.headers.get('x-request-id');
      expect(generated).toMatch(UUID);
      expect((await problem(none)).requestId).toBe(generated);
      for (const bad of ['has spaces in it', 'x'.repeat(129), 'quote"d', '<script>', 't%C3%AAn']) {
        const res = await call('GET', '/award-types', 'officer.vp', { headers: { 'x-request-id': bad } });
        expect(res.headers.get('x-request-id')).toMatch(UUID);
      }
      const ok = await call('GET', '/award-types', 'officer.vp');
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-request-id')).toMatch(UUID);
    });

    it('names the request id in the error log of a 500', async () => {
      await db.query('ALTER TABLE units RENAME TO units_moved_by_test');
      try {
        const res = await call('GET', '/units', 'officer.vp', { headers: { 'x-request-id': 'broken-units-42' } });
        expect(res.status).toBe(500);
        expect(await problem(res)).toMatchObject({ status: 500, detail: 'internal error', requestId: 'broken-units-42' });
      } finally {
        await db.query('ALTER TABLE units_moved_by_test RENAME TO units');
      }
      const logged = await eventually(
        async () => stack.recentOutput().api.find((l) => l.includes('[broken-units-42] GET /units')),
        (line) => line !== undefined,
      );
      expect(logged).toMatch(/units.*does not exist/);
    });
  });

  describe('rate limits', () => {
    it('limits each user’s writes, with 429, Retry-After and a problem; reads and other users go on', async () => {
      const withdraw = (user: string) => call('POST', '/nominations/00000000-0000-4000-8000-000000000000/withdraw', user, { body: JSON.stringify({ reason: 'thử' }) });
      for (let i = 0; i < WRITES_PER_WINDOW; i++) expect((await withdraw('officer.dongthinh')).status).toBe(404);
      const limited = await withdraw('officer.dongthinh');
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(120);
      expect(await problem(limited)).toMatchObject({ status: 429, title: 'Too many requests', detail: expect.stringMatching(/at most 3 writes per user in 120 s/) });
      expect((await call('GET', '/inbox', 'officer.dongthinh')).status).toBe(200);
      expect((await withdraw('officer.vp')).status).toBe(404);
    });

    it('limits the routes that need no token per client address', async () => {
      let status = 200;
      let res: Response | undefined;
      for (let i = 0; i < PUBLIC_PER_WINDOW + 1 && status === 200; i++) {
        res = await call('GET', '/health');
        status = res.status;
      }
      expect(status).toBe(429);
      expect(Number(res?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await problem(res!)).detail).toMatch(/requests per client address/);
      // Signed-in reads are not counted against it.
      expect((await call('GET', '/award-types', 'auditor')).status).toBe(200);
    });
  });
});
