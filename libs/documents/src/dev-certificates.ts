import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

/**
 * A development certificate authority and signer certificates, standing in for the
 * government CA (Ban Cơ yếu Chính phủ) so decisions are really signed in development and tests.
 * RSA 2048, SHA-256; the CA lives ten years, a signer three.
 */
export interface DevCa {
  certPem: string;
  keyPem: string;
}

const YEAR_MS = 365 * 24 * 3_600_000;

/** A name attribute as UTF8String: Vietnamese names do not fit PrintableString. */
const utf8 = (name: string, value: string) => ({ name, value: value.normalize('NFC'), valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class });

/** Node's native RSA generation (forge's own takes seconds), handed to forge for the certificate. */
function keys(): { publicKey: forge.pki.rsa.PublicKey; privateKey: forge.pki.rsa.PrivateKey } {
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return { publicKey: forge.pki.publicKeyFromPem(pair.publicKey), privateKey: forge.pki.privateKeyFromPem(pair.privateKey) };
}
const serial = () => forge.util.bytesToHex(forge.random.getBytesSync(15)).replace(/^[89a-f]/, '1');

export function createDevCa(name = 'KTF Development CA', now = new Date()): DevCa {
  const pair = keys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = pair.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3_600_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * YEAR_MS);
  const subject = [{ name: 'commonName', value: name }, { name: 'organizationName', value: 'Khen Thuong Flow (development)' }, { name: 'countryName', value: 'VN' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(pair.privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: forge.pki.privateKeyToPem(pair.privateKey) };
}

/**
 * A PKCS#12 (key, certificate, CA certificate) for one signer, issued by `ca`. The validity
 * starts a year back so decisions dated before the file was made still fall inside it.
 */
export function issueSignerPkcs12(ca: DevCa, signer: { commonName: string; organization: string }, passphrase: string, now = new Date()): Buffer {
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const caKey = forge.pki.privateKeyFromPem(ca.keyPem);
  const pair = keys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = pair.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now.getTime() - YEAR_MS);
  cert.validity.notAfter = new Date(now.getTime() + 3 * YEAR_MS);
  cert.setSubject([utf8('commonName', signer.commonName), utf8('organizationName', signer.organization), { name: 'countryName', value: 'VN' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'extKeyUsage', emailProtection: true },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(pair.privateKey, [cert, caCert], passphrase, { algorithm: '3des', friendlyName: signer.commonName });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
