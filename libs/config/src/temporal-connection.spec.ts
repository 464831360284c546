import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';
import { readTemporalConnection, temporalConnectionOptions, TemporalConnectionError } from './temporal-connection';
import { makeTestCertificates, TestCertificates } from './test-certificates';

const ADDRESS = 'temporal.example.gov.vn:7233';
const base = { DATABASE_URL: 'postgres://ktf@127.0.0.1:5432/ktf', TEMPORAL_ADDRESS: ADDRESS };

let certs: TestCertificates;
beforeAll(() => {
  certs = makeTestCertificates();
});
afterAll(() => rmSync(certs.dir, { recursive: true, force: true }));

const problemsOf = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig({ ...base, ...env });
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return '';
};

describe('the Temporal connection options every process uses', () => {
  it('connects in plain gRPC to the address when nothing secures it (the development default)', () => {
    expect(temporalConnectionOptions(loadConfig(base))).toStrictEqual({ address: ADDRESS });
  });

  it('builds mutual TLS from the CA, the client certificate and key files, and the server name', () => {
    const config = loadConfig({ ...base, TEMPORAL_TLS_CA: certs.caCert, TEMPORAL_TLS_CERT: certs.clientCert, TEMPORAL_TLS_KEY: certs.clientKey, TEMPORAL_TLS_SERVER_NAME: 'temporal.ktf.test' });
    expect(temporalConnectionOptions(config)).toStrictEqual({
      address: ADDRESS,
      tls: {
        serverNameOverride: 'temporal.ktf.test',
        serverRootCACertificate: readFileSync(certs.caCert),
        clientCertPair: { crt: readFileSync(certs.clientCert), key: readFileSync(certs.clientKey) },
      },
    });
  });

  it('takes the PEM text itself in place of a path (secrets injected as variables)', () => {
    const pem = certs.read(certs.caCert);
    expect(temporalConnectionOptions({ TEMPORAL_ADDRESS: ADDRESS, TEMPORAL_TLS_CA: pem })).toStrictEqual({ address: ADDRESS, tls: { serverRootCACertificate: Buffer.from(pem) } });
  });

  it('sends an API key over TLS with the system’s CAs (Temporal Cloud), and TLS alone with TEMPORAL_TLS=true', () => {
    expect(temporalConnectionOptions(loadConfig({ ...base, TEMPORAL_API_KEY: 'key-123.abc' }))).toStrictEqual({ address: ADDRESS, apiKey: 'key-123.abc', tls: {} });
    expect(temporalConnectionOptions(loadConfig({ ...base, TEMPORAL_TLS: 'true' }))).toStrictEqual({ address: ADDRESS, tls: {} });
    expect(temporalConnectionOptions(loadConfig({ ...base, TEMPORAL_TLS: 'false' }))).toStrictEqual({ address: ADDRESS });
  });

  it('reads the files when the options are built, so a renewed certificate is used at the next start', () => {
    const reads: string[] = [];
    const read = (path: string) => (reads.push(path), readFileSync(path));
    temporalConnectionOptions({ TEMPORAL_ADDRESS: ADDRESS, TEMPORAL_TLS_CERT: certs.clientCert, TEMPORAL_TLS_KEY: certs.clientKey }, read);
    expect(reads).toEqual([certs.clientCert, certs.clientKey]);
  });
});

describe('the Temporal connection settings, validated at start-up', () => {
  it('refuses a certificate without its key, and a key without its certificate', () => {
    expect(problemsOf({ TEMPORAL_TLS_CERT: certs.clientCert })).toBe(
      'Invalid configuration:\n  - TEMPORAL_TLS_KEY: needed with TEMPORAL_TLS_CERT (mutual TLS takes the client certificate and its private key together)',
    );
    expect(problemsOf({ TEMPORAL_TLS_KEY: certs.clientKey })).toBe(
      'Invalid configuration:\n  - TEMPORAL_TLS_CERT: needed with TEMPORAL_TLS_KEY (mutual TLS takes the client certificate and its private key together)',
    );
  });

  it('names a file that cannot be read, and one that is not PEM', () => {
    const notPem = join(certs.dir, 'not-pem.txt');
    writeFileSync(notPem, 'hello');
    expect(problemsOf({ TEMPORAL_TLS_CA: join(certs.dir, 'missing.crt'), TEMPORAL_TLS_CERT: notPem, TEMPORAL_TLS_KEY: certs.clientKey })).toBe(
      'Invalid configuration:\n' +
        `  - TEMPORAL_TLS_CA: cannot read ${join(certs.dir, 'missing.crt')} (ENOENT)\n` +
        `  - TEMPORAL_TLS_CERT: ${notPem} is not a PEM file (no "-----BEGIN" line)`,
    );
  });

  it('refuses a key that does not belong to the certificate, and a key given as the certificate', () => {
    expect(problemsOf({ TEMPORAL_TLS_CERT: certs.clientCert, TEMPORAL_TLS_KEY: certs.strangerKey })).toBe(
      'Invalid configuration:\n  - TEMPORAL_TLS_KEY: is not the private key of TEMPORAL_TLS_CERT',
    );
    expect(problemsOf({ TEMPORAL_TLS_CERT: certs.clientKey, TEMPORAL_TLS_KEY: certs.clientKey })).toBe('Invalid configuration:\n  - TEMPORAL_TLS_CERT: not a PEM certificate');
    expect(problemsOf({ TEMPORAL_TLS_CERT: certs.clientCert, TEMPORAL_TLS_KEY: certs.clientCert })).toBe(
      'Invalid configuration:\n  - TEMPORAL_TLS_KEY: not a PEM private key (an encrypted key is not supported)',
    );
  });

  it('refuses TLS settings or an API key with TEMPORAL_TLS=false, a bad server name, a spaced key and a non-boolean switch', () => {
    expect(problemsOf({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'k', TEMPORAL_TLS_CA: certs.caCert })).toBe(
      'Invalid configuration:\n' +
        '  - TEMPORAL_TLS_CA: given while TEMPORAL_TLS=false (it is used only over TLS)\n' +
        '  - TEMPORAL_API_KEY: given while TEMPORAL_TLS=false (the key would travel in clear text)',
    );
    expect(problemsOf({ TEMPORAL_TLS_SERVER_NAME: 'not a host', TEMPORAL_API_KEY: 'two words' })).toBe(
      'Invalid configuration:\n  - TEMPORAL_API_KEY: must be one token with no spaces\n  - TEMPORAL_TLS_SERVER_NAME: must be a host name, e.g. temporal.example.gov.vn',
    );
    expect(problemsOf({ TEMPORAL_TLS: 'yes' })).toBe('Invalid configuration:\n  - TEMPORAL_TLS: TEMPORAL_TLS must be true or false');
  });

  it('throws one error naming every problem when the options are built outside loadConfig', () => {
    expect(() => temporalConnectionOptions({ TEMPORAL_ADDRESS: ADDRESS, TEMPORAL_TLS_KEY: certs.clientKey })).toThrow(TemporalConnectionError);
    expect(readTemporalConnection({ TEMPORAL_ADDRESS: ADDRESS, TEMPORAL_TLS_KEY: certs.clientKey }).problems).toEqual([
      '  - TEMPORAL_TLS_CERT: needed with TEMPORAL_TLS_KEY (mutual TLS takes the client certificate and its private key together)',
    ]);
  });
});
