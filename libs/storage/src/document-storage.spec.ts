import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './document-storage';

describe('LocalDiskStorage', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ktf-storage-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores and reads back bytes by key', async () => {
    const s = new LocalDiskStorage(root);
    await s.put('ab/cd/file', Buffer.from('Tờ trình số 12'));
    expect((await s.get('ab/cd/file')).toString()).toBe('Tờ trình số 12');
  });

  it('refuses keys that escape the root', async () => {
    await expect(new LocalDiskStorage(root).put('../outside', Buffer.from('x'))).rejects.toThrow(/escapes/);
  });
});
