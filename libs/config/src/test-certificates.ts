import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** PEM files of a throwaway private CA and what it signed, for tests of TLS settings (not exported by the lib). */
export interface TestCertificates {
  dir: string;
  caCert: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A second CA's client pair: valid PEM, but not trusted by the first CA. */
  strangerCert: string;
  strangerKey: string;
  read(path: string): string;
}

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });

function selfSignedCa(dir: string, name: string): void {
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${name}`,
    '-keyout', `${name}.key`, '-out', `${name}.crt`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign'], dir);
}

function signed(dir: string, ca: string, name: string, extensions: string): void {
  openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`], dir);
  writeFileSync(join(dir, `${name}.ext`), extensions);
  openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.crt`], dir);
}

/**
 * A CA, a server certificate for `serverName` (and 127.0.0.1), a client certificate it signed,
 * and a client pair from another CA; made with the openssl command in a new temporary folder.
 */
export function makeTestCertificates(serverName = 'temporal.ktf.test'): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'ktf-tls-'));
  selfSignedCa(dir, 'ca');
  selfSignedCa(dir, 'stranger-ca');
  signed(dir, 'ca', 'server', `basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${serverName},IP:127.0.0.1\n`);
  signed(dir, 'ca', 'client', 'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n');
  signed(dir, 'stranger-ca', 'stranger', 'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n');
  const at = (f: string) => join(dir, f);
  return {
    dir,
    caCert: at('ca.crt'),
    serverCert: at('server.crt'),
    serverKey: at('server.key'),
    clientCert: at('client.crt'),
    clientKey: at('client.key'),
    strangerCert: at('stranger.crt'),
    strangerKey: at('stranger.key'),
    read: (path) => readFileSync(path, 'utf8'),
  };
}
