import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findSeedUser } from '#ktf/persistence';
import { RunningStack } from '../../infra/dev/stack';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';
import { ApiClient, apiClient, startE2eStack, tokenFor } from './support/e2e-stack';

jest.setTimeout(120_000);

const CONSOLE = { 'x-requested-with': 'ktf-console' };
const idOf = (username: string) => findSeedUser(username)!.id;

interface AuthResponse {
  status: number;
  body: any;
  contentType: string | null;
  cookies: string[];
  headers: Headers;
}

describe('sign-in: password, refresh cookie, backoff, audit', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let password: string;

  beforeAll(async () => {
    // Short lock windows so the doubling can be watched; the threshold is the default (5).
    stack = await startE2eStack({ AUTH_LOCKOUT_BASE_SECONDS: '3', AUTH_LOCKOUT_MAX_SECONDS: '60' });
    api = apiClient(stack.apiUrl);
    password = stack.devPassword!;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function call(path: string, init: { body?: unknown; headers?: Record<string, string>; method?: string } = {}): Promise<AuthResponse> {
    const res = await fetch(`${stack.apiUrl}${path}`, {
      method: init.method ?? 'POST',
      headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, contentType: res.headers.get('content-type'), cookies: res.headers.getSetCookie(), headers: res.headers };
  }
  const login = (username: string, pw: string) => call('/auth/login', { body: { username, password: pw } });
  const refresh = (cookie?: string, headers: Record<string, string> = CONSOLE) =>
    call('/auth/refresh', { headers: { ...headers, ...(cookie ? { cookie } : {}) } });
  const logout = (cookie?: string) => call('/auth/logout', { headers: { ...CONSOLE, ...(cookie ? { cookie } : {}) } });
  /** `ktf_refresh=<token>` from a response, as a browser would send it back. */
  const cookieOf = (r: AuthResponse) => {
    const c = r.cookies.find((x) => x.startsWith('ktf_refresh='));
    if (!c) throw new Error(`no ktf_refresh cookie in ${JSON.stringify(r.cookies)}`);
    return c.split(';')[0];
  };
  const accountEvents = async (subjectId: string) =>
    (await api.get(`/audit/events?subjectType=account&subjectId=${encodeURIComponent(subjectId)}&limit=500`, 'auditor')).body.items as any[];

  it('seeded users sign in with the development password: token, user, refresh cookie', async () => {
    const r = await login('officer.vp', password);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      user: {
        id: idOf('officer.vp'),
        username: 'officer.vp',
        fullName: 'Trần Văn Nam',
        roles: ['unit_officer'],
        unitId: findSeedUser('officer.vp')!.unitId,
        unitName: 'Văn phòng UBND tỉnh',
      },
    });
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.cookies).toHaveLength(1);
    expect(r.cookies[0]).toMatch(/^ktf_refresh=[A-Za-z0-9_-]{43}; Path=\/auth; Max-Age=28800; HttpOnly; SameSite=Strict$/);

    // The access token is an ordinary bearer token.
    const bearer = { authorization: `Bearer ${r.body.accessToken}` };
    expect(await call('/auth/me', { method: 'GET', headers: bearer })).toMatchObject({ status: 200, body: r.body.user });
    expect((await call('/inbox', { method: 'GET', headers: bearer })).status).toBe(200);
    const claims = JSON.parse(Buffer.from(r.body.accessToken.split('.')[1], 'base64url').toString('utf8'));
    expect(claims.exp - claims.iat).toBe(900);

    // Usernames compare without case or surrounding space.
    expect((await login('  Officer.VP ', password)).status).toBe(200);
  });

  it('refuses wrong credentials with one 401 problem, whether the account exists or not', async () => {
    const wrongPassword = await login('officer.dongthinh', 'not the password at all');
    const unknownUser = await login('nobody.here', 'not the password at all');
    for (const r of [wrongPassword, unknownUser]) {
      expect(r.status).toBe(401);
      expect(r.contentType).toMatch(/^application\/problem\+json/);
      expect(r.cookies).toEqual([]);
    }
    const { instance: _a, requestId: _ra, ...a } = wrongPassword.body;
    const { instance: _b, requestId: _rb, ...b } = unknownUser.body;
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 401, detail: 'wrong username or password' });
    expect((await login('officer.dongthinh', '')).status).toBe(400);
    expect((await call('/auth/login', { body: { username: 'officer.dongthinh' } })).status).toBe(400);
  });

  it('keeps accepting bearer tokens minted elsewhere (npm run token, machine clients)', async () => {
    expect((await api.get('/inbox', 'appraiser')).status).toBe(200);
    const me = await call('/auth/me', { method: 'GET', headers: { authorization: `Bearer ${tokenFor('appraiser')}` } });
    expect(me).toMatchObject({ status: 200, body: { username: 'appraiser', roles: ['appraiser'], unitName: 'Sở Nội vụ' } });
    expect((await call('/auth/me', { method: 'GET' })).status).toBe(401);
  });

  it('rotates the refresh token on every refresh; replaying a spent one revokes the whole family', async () => {
    const first = cookieOf(await login('council.1', password));

    const second = await refresh(first);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { username: 'council.1' } });
    expect(second.cookies[0]).toMatch(/; Path=\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    const secondCookie = cookieOf(second);
    expect(secondCookie).not.toBe(first);
    const third = await refresh(secondCookie);
    expect(third.status).toBe(200);
    const thirdCookie = cookieOf(third);

    // Someone replays the first token: refused, and the live one dies with it.
    const replay = await refresh(first);
    expect(replay.status).toBe(401);
    expect(replay.contentType).toMatch(/^application\/problem\+json/);
    expect(replay.cookies[0]).toMatch(/^ktf_refresh=; Path=\/auth; Max-Age=0;/);
    expect((await refresh(thirdCookie)).status).toBe(401);

    const events = await accountEvents(idOf('council.1'));
    const reused = events.filter((e) => e.action === 'refresh_token_reused');
    expect(reused).toHaveLength(1);
    expect(reused[0].payload).toMatchObject({ revokedTokens: 3, familyId: expect.any(String) });
  });

  it('refresh and logout need the console header (CSRF) and a cookie', async () => {
    const cookie = cookieOf(await login('council.2', password));
    const noHeader = await refresh(cookie, {});
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.detail).toMatch(/X-Requested-With: ktf-console/);
    expect((await call('/auth/logout', { headers: { cookie } })).status).toBe(403);
    // The refused requests spent nothing: the cookie still refreshes.
    expect((await refresh(cookie)).status).toBe(200);

    const noCookie = await refresh();
    expect(noCookie.status).toBe(401);
    expect((await refresh('ktf_refresh=not-a-token')).status).toBe(401);
  });

  it('logout revokes the refresh token and clears the cookie', async () => {
    const cookie = cookieOf(await login('council.3', password));
    const out = await logout(cookie);
    expect(out.status).toBe(204);
    expect(out.cookies[0]).toBe('ktf_refresh=; Path=/auth; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict');
    expect((await refresh(cookie)).status).toBe(401);
    expect((await logout(cookie)).status).toBe(204); // idempotent
    expect((await logout()).status).toBe(204);
    const events = await accountEvents(idOf('council.3'));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['signed_in', 'signed_out']));
  });

  it('backs off after 5 consecutive failures: 429 with Retry-After, doubling, for unknown names too', async () => {
    for (let i = 0; i < 5; i++) expect((await login('council.4', `wrong guess ${i}`)).status).toBe(401);
    // Locked: even the right password waits.
    const locked = await login('council.4', password);
    expect(locked.status).toBe(429);
    expect(locked.contentType).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3);
    expect(locked.body).toMatchObject({ status: 429, retryAfterSeconds: retryAfter });

    // The window ends; one more failure locks it again, twice as long: the new window ends
    // at least 6 s after that failure was sent (bounds that hold however slow the machine).
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
    const sent = Date.now();
    expect((await login('council.4', 'wrong again')).status).toBe(401);
    const longer = await login('council.4', password);
    const answered = Date.now();
    expect(longer.status).toBe(429);
    const longerRetry = Number(longer.headers.get('retry-after'));
    expect(answered + longerRetry * 1000).toBeGreaterThanOrEqual(sent + 6000);
    expect(longerRetry).toBeLessThanOrEqual(6);

    // After it, the right password signs in and the count starts over.
    await new Promise((r) => setTimeout(r, longerRetry * 1000 + 100));
    expect((await login('council.4', password)).status).toBe(200);
    expect((await login('council.4', 'wrong once more')).status).toBe(401);
    expect((await login('council.4', password)).status).toBe(200);

    // A name no account has is throttled the same way: the 429 reveals nothing.
    for (let i = 0; i < 5; i++) expect((await login('ghost.user', `guess ${i}`)).status).toBe(401);
    const ghost = await login('ghost.user', 'guess 5');
    expect(ghost.status).toBe(429);
    const { instance: _g, retryAfterSeconds: _gr, requestId: _gq, ...g } = ghost.body;
    const { instance: _l, retryAfterSeconds: _lr, requestId: _lq, ...l } = locked.body;
    expect(g).toEqual(l);

    const events = await accountEvents(idOf('council.4'));
    expect(events.filter((e) => e.action === 'sign_in_throttled').length).toBeGreaterThanOrEqual(2);
  });

  it('audits every success and failure on the account chains, never a password or an unknown name', async () => {
    const secret = 'a password typed into the wrong box';
    expect((await login(secret, 'whatever it is')).status).toBe(401);
    expect((await login('chairman', 'a wrong chairman password')).status).toBe(401);
    expect((await login('chairman', password)).status).toBe(200);

    const chairman = await accountEvents(idOf('chairman'));
    const actions = chairman.map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['sign_in_failed', 'signed_in']);
    const failed = chairman.at(-2);
    expect(failed).toMatchObject({ actorId: null, reason: 'wrong_password', labelEn: 'Sign-in failed', payload: { method: 'password', failures: 1 } });
    expect(failed.payload.ip).toEqual(expect.any(String));
    expect(chairman.at(-1)).toMatchObject({ actorId: idOf('chairman'), labelVi: 'Đã đăng nhập' });

    const all = (await api.get('/audit/events?subjectType=account&limit=500', 'auditor')).body.items as any[];
    const unknown = all.filter((e) => e.subjectId.startsWith('unknown:'));
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((e) => e.reason === 'unknown_username' || e.action === 'sign_in_throttled')).toBe(true);
    const trail = JSON.stringify(all);
    for (const leaked of [secret, 'whatever it is', 'a wrong chairman password', password, 'ghost.user', 'nobody.here']) expect(trail).not.toContain(leaked);

    const verify = await api.get('/audit/verify?subjectType=account', 'auditor');
    expect(verify.body).toMatchObject({ ok: true, brokenCount: 0 });
    expect(verify.body.checked).toBeGreaterThan(10);
  });

  it('admins set passwords (PUT /users/{id}/password): audited, old password and sessions end', async () => {
    const officer = idOf('officer.dongthinh');
    const session = cookieOf(await login('officer.dongthinh', password));
    const put = (user: string, body: unknown) => call(`/users/${officer}/password`, { method: 'PUT', body, headers: { authorization: `Bearer ${tokenFor(user)}` } });

    expect((await put('officer.dongthinh', { password: 'my own new password' })).status).toBe(403);
    const short = await put('admin', { password: 'short' });
    expect(short.status).toBe(422); // well-formed, but the password rule (AUTH_PASSWORD_MIN_LENGTH) refuses it
    expect(short.body.errors).toEqual([{ field: 'password', messages: ['password must be at least 12 characters'] }]);
    expect((await call(`/users/00000000-0000-4000-8000-000000000000/password`, { method: 'PUT', body: { password: 'long enough password' }, headers: { authorization: `Bearer ${tokenFor('admin')}` } })).status).toBe(404);

    expect((await put('admin', { password: 'Mật khẩu mới của Thu 2025' })).status).toBe(204);
    expect((await login('officer.dongthinh', password)).status).toBe(401);
    expect((await refresh(session)).status).toBe(401);
    expect((await login('officer.dongthinh', 'Mật khẩu mới của Thu 2025')).status).toBe(200);

    const set = (await accountEvents(officer)).find((e) => e.action === 'password_set' && e.payload.via === 'admin_api');
    expect(set).toMatchObject({ actorId: idOf('admin'), actorRole: 'admin', payload: { endedSessions: 1 } });
    expect(JSON.stringify(set)).not.toContain('Mật khẩu mới');
  });

  it('documents the routes in OpenAPI for the console client', async () => {
    const doc = (await (await fetch(`${stack.apiUrl}/docs-json`)).json()) as any; // the document itself is not one of its paths
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/auth/login', '/auth/refresh', '/auth/logout', '/auth/me', '/users/{id}/password']));
    expect(doc.paths['/auth/login'].post.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/TokenResponseDto');
    expect(Object.keys(doc.components.schemas.SignedInUserDto.properties)).toEqual(['id', 'username', 'fullName', 'roles', 'unitId', 'unitName']);
    expect(doc.paths['/auth/refresh'].post.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'X-Requested-With', in: 'header', required: true })]));
  });

  it('user:set-password sets a password from stdin against DATABASE_URL', async () => {
    const run = (args: string[], input: string) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [join(findRepoRoot(), 'dist/infra/tools/set-password.js'), ...args], {
          env: { ...process.env, DATABASE_URL: stack.databaseUrl },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
        child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
        child.on('close', (code) => resolve({ code, out }));
        child.stdin.end(input);
      });

    const tooShort = await run(['secretary'], 'short\n');
    expect(tooShort).toMatchObject({ code: 2, out: expect.stringMatching(/at least 12 characters/) });
    expect((await run(['no.such.user'], 'a long enough password\n')).code).toBe(1);

    const ok = await run(['secretary'], 'thư ký đổi mật khẩu\nsecond line is ignored\n');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/password set for secretary/);
    expect((await login('secretary', password)).status).toBe(401);
    expect((await login('secretary', 'thư ký đổi mật khẩu')).status).toBe(200);
    const set = (await accountEvents(idOf('secretary'))).find((e) => e.action === 'password_set' && e.payload.via === 'cli');
    expect(set).toMatchObject({ actorId: null, actorRole: 'operator' });
  });
});
