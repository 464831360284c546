import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevCa, issueSignerPkcs12 } from './dev-certificates';
import { Pkcs12Directory } from './signer-directory';

describe('Pkcs12Directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ktf-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const who = { username: 'chairman', fullName: 'Nguyễn Cao Sơn', organization: 'Ủy ban nhân dân tỉnh' };

  it('in development makes one CA and one file per signer on first use, then keeps them', () => {
    const keys = new Pkcs12Directory({ dir, passphrase: 'dev', generate: true });
    expect(keys.signerFor(who).signerName).toBe('Nguyễn Cao Sơn');
    // Another process (a second worker) finds the same files.
    const again = new Pkcs12Directory({ dir, passphrase: 'dev', generate: true });
    expect(again.signerFor(who).signerName).toBe('Nguyễn Cao Sơn');
    expect(() => new Pkcs12Directory({ dir, passphrase: 'other', generate: false }).signerFor(who)).toThrow(/passphrase/);
  });

  it('in production never makes a key: a missing file or one that does not open is said at start-up', () => {
    const prod = { dir, passphrase: 'real', generate: false };
    expect(() => new Pkcs12Directory(prod).signerFor(who)).toThrow(`no signing key for chairman: ${join(dir, 'chairman.p12')} is missing`);
    writeFileSync(join(dir, 'chairman.p12'), issueSignerPkcs12(createDevCa(), { commonName: 'Nguyễn Cao Sơn', organization: 'UBND' }, 'real'));
    expect(Pkcs12Directory.validate(prod)).toEqual(['chairman']);
    writeFileSync(join(dir, 'head.vp.p12'), 'not a pkcs12');
    expect(() => Pkcs12Directory.validate(prod)).toThrow(/^head\.vp\.p12: not a PKCS#12 file this passphrase opens/);
    expect(() => Pkcs12Directory.validate({ ...prod, dir: join(dir, 'none') })).toThrow(/does not exist/);
  });

  it('refuses a username that cannot be a file name', () => {
    expect(() => new Pkcs12Directory({ dir, passphrase: 'dev', generate: true }).signerFor({ ...who, username: '../etc' })).toThrow(/no key file name/);
  });
});
