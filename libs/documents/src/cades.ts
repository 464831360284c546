import { createHash, KeyObject, sign } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;
const OID = {
  data: forge.pki.oids.data,
  signedData: forge.pki.oids.signedData,
  contentType: forge.pki.oids.contentType,
  messageDigest: forge.pki.oids.messageDigest,
  sha256: forge.pki.oids.sha256,
  rsaEncryption: forge.pki.oids.rsaEncryption,
  /** id-aa-signingCertificateV2 (RFC 5035): binds the signature to the signer's certificate. */
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

const oid = (o: string) => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
const seq = (v: forge.asn1.Asn1[]) => asn1.create(U, T.SEQUENCE, true, v);
const set = (v: forge.asn1.Asn1[]) => asn1.create(U, T.SET, true, v);
const octets = (b: Buffer) => asn1.create(U, T.OCTETSTRING, false, b.toString('binary'));
const int = (n: number) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const der = (a: forge.asn1.Asn1) => Buffer.from(asn1.toDer(a).getBytes(), 'binary');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();
const algorithm = (o: string) => seq([oid(o), asn1.create(U, T.NULL, false, '')]);
const attribute = (type: string, value: forge.asn1.Asn1) => seq([oid(type), set([value])]);

/**
 * A detached CMS signature as PAdES baseline B-B wants it: content type, message digest and
 * signing-certificate-v2 (ESSCertIDv2 with the certificate's SHA-256, the default hash, so no
 * algorithm field) as signed attributes, and no signing-time: the time is the signature
 * dictionary's /M alone. RSA PKCS#1 v1.5 with SHA-256.
 */
export function signCadesDetached(content: Buffer, key: KeyObject, certificate: forge.pki.Certificate, chain: forge.pki.Certificate[]): Buffer {
  const certDer = der(forge.pki.certificateToAsn1(certificate));
  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octets(sha256(content))),
    attribute(OID.signingCertificateV2, seq([seq([seq([octets(sha256(certDer))])])])),
  ]
    // DER: a SET OF is ordered by its members' encodings.
    .map((a) => ({ a, bytes: der(a) }))
    .sort((x, y) => Buffer.compare(x.bytes, y.bytes))
    .map((x) => x.a);
  // Node's native RSA: forge's pure-JS signature took ~55 ms of a decision's time.
  const signature = sign('sha256', der(set(attributes)), key);
  const signerInfo = seq([
    int(1),
    seq([forge.pki.distinguishedNameToAsn1(certificate.issuer), asn1.create(U, T.INTEGER, false, forge.util.hexToBytes(certificate.serialNumber))]),
    algorithm(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attributes),
    algorithm(OID.rsaEncryption),
    octets(signature),
  ]);
  const certificates = [certificate, ...chain.filter((c) => c !== certificate)].map((c) => forge.pki.certificateToAsn1(c));
  const signedData = seq([
    int(1),
    set([algorithm(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, certificates),
    set([signerInfo]),
  ]);
  return der(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
}
