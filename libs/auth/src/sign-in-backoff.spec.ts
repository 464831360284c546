import { admitAttempt, BackoffPolicy, BackoffState, lockSeconds, NO_FAILURES } from './sign-in-backoff';

const policy: BackoffPolicy = { threshold: 5, baseSeconds: 30, maxSeconds: 900, resetSeconds: 86_400 };
const t0 = new Date('2025-03-03T08:00:00.000Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** Runs failed attempts one after another at the given times; returns the last admission. */
function failAt(times: number[], start: BackoffState = NO_FAILURES) {
  let state = start;
  let last = admitAttempt(state, at(times[0]), policy);
  for (const t of times) {
    last = admitAttempt(state, at(t), policy);
    state = last.state;
  }
  return last;
}

describe('sign-in backoff', () => {
  it('locks nothing below the threshold, then 30 s doubling per failure up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => lockSeconds(n, policy))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11].map((n) => lockSeconds(n, policy))).toEqual([30, 60, 120, 240, 480, 900, 900]);
    expect(lockSeconds(10_000, policy)).toBe(900);
  });

  it('admits four failures, and the fifth starts a 30 s window', () => {
    const fourth = failAt([0, 1, 2, 3]);
    expect(fourth).toMatchObject({ admitted: true, state: { failures: 4, lockedUntil: null } });
    const fifth = failAt([0, 1, 2, 3, 4]);
    expect(fifth).toMatchObject({ admitted: true, state: { failures: 5, lockedUntil: at(34) } });
  });

  it('refuses attempts inside the window with the seconds left (rounded up), without counting them', () => {
    const locked = failAt([0, 1, 2, 3, 4]).state;
    const refused = admitAttempt(locked, at(10.2), policy);
    expect(refused).toEqual({ admitted: false, retryAfterSeconds: 24, state: locked });
    expect(admitAttempt(locked, at(33.999), policy)).toMatchObject({ admitted: false, retryAfterSeconds: 1 });
  });

  it('doubles the window for each failure after one ends', () => {
    const locked = failAt([0, 1, 2, 3, 4]).state;
    const sixth = admitAttempt(locked, at(34), policy);
    expect(sixth).toMatchObject({ admitted: true, state: { failures: 6, lockedUntil: at(94) } });
    const seventh = admitAttempt(sixth.state, at(94), policy);
    expect(seventh.state.lockedUntil).toEqual(at(94 + 120));
  });

  it('counts an attempt before its password is checked, so racing attempts cannot pass the threshold', () => {
    // Five attempts admitted at the same instant (none finished yet): the sixth is refused.
    let state = NO_FAILURES;
    for (let i = 0; i < 5; i++) state = admitAttempt(state, t0, policy).state;
    expect(admitAttempt(state, t0, policy)).toMatchObject({ admitted: false, retryAfterSeconds: 30 });
  });

  it('forgets failures after the reset period without attempts', () => {
    const four = failAt([0, 1, 2, 3]).state;
    expect(admitAttempt(four, at(3 + 86_400), policy).state.failures).toBe(1);
    expect(admitAttempt(four, at(3 + 86_399), policy).state).toMatchObject({ failures: 5, lockedUntil: at(3 + 86_399 + 30) });
  });
});
