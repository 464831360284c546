import { readCookie, serializeCookie } from './cookies';

describe('cookies', () => {
  const attrs = { path: '/auth', maxAgeSeconds: 28_800, httpOnly: true, sameSite: 'Strict' as const, secure: false };

  it('writes the attributes the refresh cookie needs', () => {
    expect(serializeCookie('ktf_refresh', 'abc-_123', attrs)).toBe('ktf_refresh=abc-_123; Path=/auth; Max-Age=28800; HttpOnly; SameSite=Strict');
    expect(serializeCookie('ktf_refresh', 'x', { ...attrs, secure: true })).toMatch(/; Secure$/);
  });

  it('deletes with Max-Age=0 and an expiry in the past', () => {
    expect(serializeCookie('ktf_refresh', '', { ...attrs, maxAgeSeconds: 0 })).toBe(
      'ktf_refresh=; Path=/auth; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict',
    );
  });

  it('refuses values that would inject attributes', () => {
    expect(() => serializeCookie('ktf_refresh', 'a; Path=/', attrs)).toThrow(/invalid value/);
    expect(() => serializeCookie('bad name', 'a', attrs)).toThrow(/invalid cookie name/);
  });

  it('reads one cookie among others', () => {
    expect(readCookie('a=1; ktf_refresh=tok; b=2', 'ktf_refresh')).toBe('tok');
    expect(readCookie('ktf_refresh="quoted"', 'ktf_refresh')).toBe('quoted');
    expect(readCookie('xktf_refresh=no; ktf_refreshx=no', 'ktf_refresh')).toBeUndefined();
    expect(readCookie(undefined, 'ktf_refresh')).toBeUndefined();
    expect(readCookie('ktf_refresh=', 'ktf_refresh')).toBe('');
  });
});
