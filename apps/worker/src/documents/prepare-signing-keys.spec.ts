import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pkcs12Signer } from '#ktf/documents';
import type { DataSource } from '#ktf/persistence';
import { prepareSigningKeys } from './prepare-signing-keys';

describe('prepareSigningKeys (worker start-up)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ktf-start-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // The two seeded signers as the signer query answers them.
  const signers = [
    { username: 'chairman', fullName: 'Nguyễn Cao Sơn', organization: 'Ủy ban nhân dân tỉnh' },
    { username: 'head.vp', fullName: 'Trịnh Quốc Bảo', organization: 'Văn phòng UBND tỉnh' },
  ];
  const db = () => {
    const sql: string[] = [];
    const ds = { query: async (text: string) => (sql.push(text), signers) } as unknown as DataSource;
    return { ds, sql };
  };

  it('in development makes the CA and one PKCS#12 per signer before any decision, once', async () => {
    const { ds, sql } = db();
    const keys = { dir: join(dir, 'signing'), passphrase: 'dev', generate: true };
    expect(await prepareSigningKeys(ds, keys)).toEqual(['chairman', 'head.vp']);
    expect(sql[0]).toContain(`'signer' = ANY(u.roles)`);
    expect(readdirSync(keys.dir).sort()).toEqual(['chairman.p12', 'dev-ca.pem', 'head.vp.p12']);
    expect(new Pkcs12Signer(readFileSync(join(keys.dir, 'head.vp.p12')), 'dev').signerName).toBe('Trịnh Quốc Bảo');
    // A restart (or a second worker) keeps the files it finds.
    expect(await prepareSigningKeys(ds, keys)).toEqual([]);
  });

  it('in production makes nothing and asks the database nothing', async () => {
    const { ds, sql } = db();
    const keys = { dir, passphrase: 'real', generate: false };
    expect(await prepareSigningKeys(ds, keys)).toEqual([]);
    expect(sql).toEqual([]);
    expect(existsSync(join(dir, 'dev-ca.pem'))).toBe(false);
  });
});
