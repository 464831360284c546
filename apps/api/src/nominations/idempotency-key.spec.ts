import { DomainError } from '#ktf/domain';
import { actionUpdateId, assertIdempotencyKey } from './idempotency-key';

describe('an action’s Update id from its Idempotency-Key', () => {
  const id = (body: unknown, key = 'k-1', actor = 'u-1', nomination = 'n-1', action = 'vote') => actionUpdateId(actor, nomination, action, { key, body });

  it('is the same for the same request, whatever the order of the body’s keys or its undefined fields', () => {
    expect(id({ choice: 'agree', note: undefined })).toBe(id({ choice: 'agree' }));
    expect(id({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(id({ b: { d: [1, 2], c: 2 }, a: 1 }));
    expect(id({ choice: 'agree' })).toMatch(/^vote-[0-9a-f]{40}$/);
  });

  it('differs with the body, the key, the caller, the nomination or the action', () => {
    const base = id({ choice: 'agree' });
    expect(new Set([base, id({ choice: 'disagree' }), id({ choice: 'agree' }, 'k-2'), id({ choice: 'agree' }, 'k-1', 'u-2'), id({ choice: 'agree' }, 'k-1', 'u-1', 'n-2'), id({ choice: 'agree' }, 'k-1', 'u-1', 'n-1', 'withdraw')]).size).toBe(6);
    expect(id({ items: ['a', 'b'] })).not.toBe(id({ items: ['b', 'a'] }));
  });

  it('takes keys of 1–200 visible ASCII characters only', () => {
    expect(() => assertIdempotencyKey(undefined)).not.toThrow();
    expect(() => assertIdempotencyKey('x'.repeat(200))).not.toThrow();
    for (const bad of ['', 'x'.repeat(201), 'two words', 'café']) expect(() => assertIdempotencyKey(bad)).toThrow(DomainError);
  });
});
