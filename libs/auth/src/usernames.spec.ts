import { normalizeUsername, pseudonymKey, usernamePseudonym } from './usernames';

describe('usernames', () => {
  it('compares typed usernames without case, surrounding space or Unicode form differences', () => {
    expect(normalizeUsername('  Officer.VP ')).toBe('officer.vp');
    expect(normalizeUsername('ho\u0300a')).toBe(normalizeUsername('hòa'));
  });

  it('keeps a keyed digest, the same for the same name and key only', () => {
    const key = pseudonymKey('a'.repeat(32));
    const p = usernamePseudonym(key, 'Officer.VP');
    expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(usernamePseudonym(key, ' officer.vp')).toBe(p);
    expect(usernamePseudonym(key, 'officer.dongthinh')).not.toBe(p);
    expect(usernamePseudonym(pseudonymKey('b'.repeat(32)), 'officer.vp')).not.toBe(p);
    expect(p).not.toContain('officer');
  });
});
