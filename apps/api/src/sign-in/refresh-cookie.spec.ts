import { DomainError } from '#ktf/domain';
import { assertConsoleRequest, clearedRefreshCookie, refreshCookie, refreshTokenFrom } from './refresh-cookie';

describe('refresh cookie', () => {
  it('is HttpOnly, SameSite=Strict, scoped to /auth, and Secure only when asked (production)', () => {
    expect(refreshCookie('tok', 28_800, false)).toBe('ktf_refresh=tok; Path=/auth; Max-Age=28800; HttpOnly; SameSite=Strict');
    expect(refreshCookie('tok', 28_800, true)).toBe('ktf_refresh=tok; Path=/auth; Max-Age=28800; HttpOnly; SameSite=Strict; Secure');
    expect(clearedRefreshCookie(true)).toMatch(/^ktf_refresh=; Path=\/auth; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict; Secure$/);
  });

  it('is read back from the Cookie header', () => {
    expect(refreshTokenFrom('theme=dark; ktf_refresh=abc')).toBe('abc');
    expect(refreshTokenFrom(undefined)).toBeUndefined();
  });

  it('needs the console header on the cookie routes (CSRF)', () => {
    expect(() => assertConsoleRequest('ktf-console')).not.toThrow();
    for (const value of [undefined, '', 'XMLHttpRequest', 'ktf-consolex']) {
      expect(() => assertConsoleRequest(value)).toThrow(DomainError);
    }
  });
});
