import { PasswordHasher } from './password-hasher';

// Small costs: these tests check behaviour, not strength.
const hasher = new PasswordHasher({ memoryKib: 1024, timeCost: 1, parallelism: 1 });

describe('PasswordHasher', () => {
  it('hashes with argon2id and the configured parameters, salted', async () => {
    const h = await hasher.hash('correct horse battery');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await hasher.hash('correct horse battery')).not.toBe(h);
    expect(await hasher.verify(h, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(h, 'correct horse batterY')).toBe(false);
  });

  it('verifies the same password typed in another Unicode form', async () => {
    const h = await hasher.hash('Hòa bình 2025!');
    expect(await hasher.verify(h, 'Ho\u0300a bi\u0300nh 2025!')).toBe(true);
  });

  it('answers false for anything that is not a hash, and for nothing', async () => {
    expect(await hasher.verify('not-a-hash', 'x')).toBe(false);
    expect(await hasher.verifyNothing('whatever')).toBe(false);
  });

  it('asks for a rehash when the parameters change', async () => {
    const h = await hasher.hash('correct horse battery');
    expect(hasher.needsRehash(h)).toBe(false);
    expect(new PasswordHasher({ memoryKib: 2048, timeCost: 1, parallelism: 1 }).needsRehash(h)).toBe(true);
    expect(hasher.needsRehash('garbage')).toBe(true);
  });
});
