import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow';

/**
 * How every process reaches Temporal (the API, the worker, the scripts): the address plus
 * TLS, mutual TLS or an API key, so that a secured self-hosted cluster or Temporal Cloud can
 * be used. Certificates and keys are PEM, given as a file path or as the PEM text itself.
 */
export interface TemporalConnectionSettings {
  TEMPORAL_ADDRESS: string;
  /** true: TLS even with no other setting (server trusted by the system's CAs); false: never. Unset: TLS when any setting below is given. */
  TEMPORAL_TLS?: boolean;
  /** The CA that signed the server's certificate (a private CA); unset: the system's CAs. */
  TEMPORAL_TLS_CA?: string;
  /** The client's certificate for mutual TLS, with TEMPORAL_TLS_KEY. */
  TEMPORAL_TLS_CERT?: string;
  TEMPORAL_TLS_KEY?: string;
  /** The name the server's certificate must carry, when it is not the host of TEMPORAL_ADDRESS. */
  TEMPORAL_TLS_SERVER_NAME?: string;
  /** Sent as `Authorization: Bearer …` (Temporal Cloud API keys); needs TLS. */
  TEMPORAL_API_KEY?: string;
}

/** The variables that secure the connection (all but the address). */
export const TEMPORAL_SECURITY_VARIABLES: readonly string[] = ['TEMPORAL_TLS', 'TEMPORAL_TLS_CA', 'TEMPORAL_TLS_CERT', 'TEMPORAL_TLS_KEY', 'TEMPORAL_TLS_SERVER_NAME', 'TEMPORAL_API_KEY'];

/** What Connection.connect (client) and NativeConnection.connect (worker) both take. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

/** Reads a file; swapped in tests. */
export type ReadFile = (path: string) => Buffer;

const PEM = /-----BEGIN [A-Z0-9 ]+-----/;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export const usesTemporalTls = (s: TemporalConnectionSettings): boolean =>
  s.TEMPORAL_TLS ?? !!(s.TEMPORAL_TLS_CA || s.TEMPORAL_TLS_CERT || s.TEMPORAL_TLS_KEY || s.TEMPORAL_TLS_SERVER_NAME || s.TEMPORAL_API_KEY);

/** A setting's PEM bytes: the text itself when it is PEM, else the file it names. */
function pemOf(name: string, value: string, read: ReadFile, problems: string[]): Buffer | undefined {
  if (PEM.test(value)) return Buffer.from(value);
  try {
    const bytes = read(value);
    if (!PEM.test(bytes.toString('latin1'))) {
      problems.push(`  - ${name}: ${value} is not a PEM file (no "-----BEGIN" line)`);
      return undefined;
    }
    return bytes;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push(`  - ${name}: cannot read ${value}${code ? ` (${code})` : ''}`);
    return undefined;
  }
}

function certificateOf(name: string, pem: Buffer | undefined, problems: string[]): X509Certificate | undefined {
  if (!pem) return undefined;
  try {
    return new X509Certificate(pem);
  } catch {
    problems.push(`  - ${name}: not a PEM certificate`);
    return undefined;
  }
}

/**
 * The connection options with every problem found, each naming its variable: files that
 * cannot be read or are not certificates or keys, a certificate without its key (or a key
 * that does not match it), a bad server name, an API key or TLS file with TLS turned off.
 */
export function readTemporalConnection(s: TemporalConnectionSettings, read: ReadFile = readFileSync): { options: TemporalConnectionOptions; problems: string[] } {
  const problems: string[] = [];
  const options: TemporalConnectionOptions = { address: s.TEMPORAL_ADDRESS };
  if (s.TEMPORAL_API_KEY !== undefined) {
    if (!/^\S+$/.test(s.TEMPORAL_API_KEY)) problems.push('  - TEMPORAL_API_KEY: must be one token with no spaces');
    options.apiKey = s.TEMPORAL_API_KEY;
  }
  if (!usesTemporalTls(s)) {
    const given = (['TEMPORAL_TLS_CA', 'TEMPORAL_TLS_CERT', 'TEMPORAL_TLS_KEY', 'TEMPORAL_TLS_SERVER_NAME', 'TEMPORAL_API_KEY'] as const).filter((k) => s[k]);
    for (const k of given) problems.push(`  - ${k}: given while TEMPORAL_TLS=false (${k === 'TEMPORAL_API_KEY' ? 'the key would travel in clear text' : 'it is used only over TLS'})`);
    return { options, problems };
  }
  const tls: TLSConfig = {};
  if (s.TEMPORAL_TLS_SERVER_NAME !== undefined) {
    if (!HOSTNAME.test(s.TEMPORAL_TLS_SERVER_NAME)) problems.push('  - TEMPORAL_TLS_SERVER_NAME: must be a host name, e.g. temporal.example.gov.vn');
    tls.serverNameOverride = s.TEMPORAL_TLS_SERVER_NAME;
  }
  if (s.TEMPORAL_TLS_CA) {
    const ca = pemOf('TEMPORAL_TLS_CA', s.TEMPORAL_TLS_CA, read, problems);
    if (certificateOf('TEMPORAL_TLS_CA', ca, problems) && ca) tls.serverRootCACertificate = ca;
  }
  if (!!s.TEMPORAL_TLS_CERT !== !!s.TEMPORAL_TLS_KEY) {
    const [given, missing] = s.TEMPORAL_TLS_CERT ? ['TEMPORAL_TLS_CERT', 'TEMPORAL_TLS_KEY'] : ['TEMPORAL_TLS_KEY', 'TEMPORAL_TLS_CERT'];
    problems.push(`  - ${missing}: needed with ${given} (mutual TLS takes the client certificate and its private key together)`);
  } else if (s.TEMPORAL_TLS_CERT && s.TEMPORAL_TLS_KEY) {
    const crt = pemOf('TEMPORAL_TLS_CERT', s.TEMPORAL_TLS_CERT, read, problems);
    const key = pemOf('TEMPORAL_TLS_KEY', s.TEMPORAL_TLS_KEY, read, problems);
    const certificate = certificateOf('TEMPORAL_TLS_CERT', crt, problems);
    let privateKey;
    if (key) {
      try {
        privateKey = createPrivateKey(key);
      } catch {
        problems.push('  - TEMPORAL_TLS_KEY: not a PEM private key (an encrypted key is not supported)');
      }
    }
    if (certificate && privateKey && !certificate.checkPrivateKey(privateKey)) {
      problems.push('  - TEMPORAL_TLS_KEY: is not the private key of TEMPORAL_TLS_CERT');
    }
    if (crt && key && certificate && privateKey) tls.clientCertPair = { crt, key };
  }
  options.tls = tls;
  return { options, problems };
}

export class TemporalConnectionError extends Error {}

/** The options for Connection.connect / NativeConnection.connect; throws naming every problem. */
export function temporalConnectionOptions(s: TemporalConnectionSettings, read: ReadFile = readFileSync): TemporalConnectionOptions {
  const { options, problems } = readTemporalConnection(s, read);
  if (problems.length) throw new TemporalConnectionError(`Invalid Temporal connection settings:\n${problems.join('\n')}`);
  return options;
}
