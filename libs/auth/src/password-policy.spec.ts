import { MAX_PASSWORD_LENGTH, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts long enough passphrases, Vietnamese included', () => {
    expect(passwordProblem('correct horse battery', 12)).toBeNull();
    expect(passwordProblem('Mật khẩu rất dài', 12)).toBeNull();
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ưưưưưưưưưưưư', 12)).toBeNull();
    expect(passwordProblem('ưưưưưưưưưưư', 12)).toBe('password must be at least 12 characters');
  });

  it('refuses too short, too long, padded or control characters', () => {
    expect(passwordProblem('short', 12)).toMatch(/at least 12/);
    expect(passwordProblem('x'.repeat(MAX_PASSWORD_LENGTH + 1), 12)).toMatch(/at most/);
    expect(passwordProblem(' leading space ok?', 12)).toMatch(/spaces/);
    expect(passwordProblem('has a\nnewline inside', 12)).toMatch(/control/);
  });
});
