import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, linkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDevCa, DevCa, issueSignerPkcs12 } from './dev-certificates';
import { DocumentSigner, inspectPkcs12, Pkcs12Signer } from './signing';

/** Who signs, as the directory looks their key up. */
export interface SignerIdentity {
  username: string;
  fullName: string;
  organization: string;
}

/** Finds the DocumentSigner holding a person's key. */
export interface SignerDirectory {
  signerFor(who: SignerIdentity): DocumentSigner;
}

export interface Pkcs12DirectoryOptions {
  /** One `<username>.p12` per signer. */
  dir: string;
  passphrase: string;
  /**
   * Development and tests: a missing CA (`dev-ca.pem`: certificate and key) or signer file is
   * made on first use. Never in production, where the files come from the government CA.
   */
  generate: boolean;
}

const USERNAME = /^[a-z0-9._-]{1,64}$/i;

/** Creates `path` with `content` unless it exists: concurrent processes keep the first one made. */
function createOnce(path: string, content: Buffer | string): void {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600 });
  try {
    linkSync(tmp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** PKCS#12 files in a directory, one per signer, opened once and kept. */
export class Pkcs12Directory implements SignerDirectory {
  private readonly open = new Map<string, DocumentSigner>();

  constructor(private readonly options: Pkcs12DirectoryOptions) {}

  /**
   * Checks the directory at start-up: it exists, and every `.p12` in it opens with the
   * passphrase and holds a key with a certificate valid now. Returns the signers found.
   */
  static validate(options: Pkcs12DirectoryOptions): string[] {
    if (options.generate) return [];
    if (!existsSync(options.dir)) throw new Error(`${options.dir} does not exist`);
    const files = readdirSync(options.dir).filter((f) => f.endsWith('.p12'));
    const problems: string[] = [];
    for (const f of files) {
      try {
        inspectPkcs12(readFileSync(join(options.dir, f)), options.passphrase);
      } catch (e) {
        problems.push(`${f}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (problems.length) throw new Error(problems.join('; '));
    return files.map((f) => f.slice(0, -'.p12'.length));
  }

  /**
   * Development: makes the CA and every given signer's file now, at start-up, so the first
   * decision does not pay for key generation and the files are there to inspect. Returns the
   * usernames whose file was made now. Production never makes a key: nothing to do.
   */
  prepare(signers: SignerIdentity[]): string[] {
    if (!this.options.generate) return [];
    const made = signers.filter((who) => USERNAME.test(who.username) && !existsSync(join(this.options.dir, `${who.username}.p12`)));
    for (const who of made) this.signerFor(who);
    return made.map((who) => who.username);
  }

  signerFor(who: SignerIdentity): DocumentSigner {
    if (!USERNAME.test(who.username)) throw new Error(`no key file name can be made from the username "${who.username}"`);
    const known = this.open.get(who.username);
    if (known) return known;
    const path = join(this.options.dir, `${who.username}.p12`);
    if (!existsSync(path)) {
      if (!this.options.generate) throw new Error(`no signing key for ${who.username}: ${path} is missing`);
      mkdirSync(this.options.dir, { recursive: true, mode: 0o700 });
      createOnce(path, issueSignerPkcs12(this.devCa(), { commonName: who.fullName, organization: who.organization }, this.options.passphrase));
    }
    const signer = new Pkcs12Signer(readFileSync(path), this.options.passphrase);
    this.open.set(who.username, signer);
    return signer;
  }

  /** The development CA, certificate and key in one file so it appears whole or not at all. */
  private devCa(): DevCa {
    const path = join(this.options.dir, 'dev-ca.pem');
    if (!existsSync(path)) {
      const ca = createDevCa();
      createOnce(path, ca.certPem + ca.keyPem);
    }
    const pem = readFileSync(path, 'utf8');
    const block = (label: string) => pem.match(new RegExp(`-----BEGIN ${label}-----[\\s\\S]+?-----END ${label}-----`))?.[0] ?? '';
    return { certPem: block('CERTIFICATE'), keyPem: block('RSA PRIVATE KEY') };
  }
}
