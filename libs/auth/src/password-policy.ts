/** The longest password accepted (characters): hashing cost must not be the caller's to choose. */
export const MAX_PASSWORD_LENGTH = 256;

/** Why a new password is refused, or null. Length is counted in Unicode code points. */
export function passwordProblem(password: string, minLength: number): string | null {
  const length = [...password.normalize('NFC')].length;
  if (length < minLength) return `password must be at least ${minLength} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim() !== password) return 'password must not start or end with spaces';
  if ([...password].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return 'password must not contain control characters';
  return null;
}
