/** When a username backs off after failed sign-ins (from configuration: AUTH_LOCKOUT_*). */
export interface BackoffPolicy {
  /** Consecutive failures that start the first lock window. */
  threshold: number;
  baseSeconds: number;
  maxSeconds: number;
  /** Failures are forgotten after this long without an attempt. */
  resetSeconds: number;
}

/** What the server remembers about one username's recent failures. */
export interface BackoffState {
  failures: number;
  lockedUntil: Date | null;
  lastAttemptAt: Date | null;
}

export const NO_FAILURES: BackoffState = { failures: 0, lockedUntil: null, lastAttemptAt: null };

/**
 * Seconds of lock after the n-th consecutive failure: none below the threshold, then the
 * base window, doubled by each further failure, capped.
 */
export function lockSeconds(failures: number, p: BackoffPolicy): number {
  if (failures < p.threshold) return 0;
  const doublings = failures - p.threshold;
  // 2^31 s is far beyond any cap; stop doubling before the number means nothing.
  return doublings >= 31 ? p.maxSeconds : Math.min(p.maxSeconds, p.baseSeconds * 2 ** doublings);
}

export type Admission =
  | { admitted: false; retryAfterSeconds: number; state: BackoffState }
  | { admitted: true; state: BackoffState };

/**
 * Decides an attempt before the password is checked. A locked username is refused with the
 * seconds left. Otherwise the attempt is counted as a failure until it proves otherwise (a
 * success clears the state), so attempts racing each other cannot exceed the threshold: the
 * attempt that reaches it starts the lock window at once.
 */
export function admitAttempt(current: BackoffState, now: Date, p: BackoffPolicy): Admission {
  if (current.lockedUntil && current.lockedUntil > now) {
    return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((current.lockedUntil.getTime() - now.getTime()) / 1000)), state: current };
  }
  const forgotten = current.lastAttemptAt !== null && now.getTime() - current.lastAttemptAt.getTime() >= p.resetSeconds * 1000;
  const failures = (forgotten ? 0 : current.failures) + 1;
  const lock = lockSeconds(failures, p);
  return {
    admitted: true,
    state: { failures, lockedUntil: lock > 0 ? new Date(now.getTime() + lock * 1000) : null, lastAttemptAt: now },
  };
}
