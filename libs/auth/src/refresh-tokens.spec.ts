import { isWellFormedRefreshToken, newRefreshToken, refreshTokenHash } from './refresh-tokens';

describe('refresh tokens', () => {
  it('are random, well formed, and stored only as a SHA-256 digest', () => {
    const a = newRefreshToken();
    const b = newRefreshToken();
    expect(a).not.toBe(b);
    expect(isWellFormedRefreshToken(a)).toBe(true);
    expect(isWellFormedRefreshToken(`${a}x`)).toBe(false);
    expect(isWellFormedRefreshToken('a;b')).toBe(false);
    expect(refreshTokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(refreshTokenHash(a)).toBe(refreshTokenHash(a));
    expect(refreshTokenHash(a)).not.toContain(a);
  });
});
