import { createHash, createPrivateKey, KeyObject } from 'node:crypto';
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import signpdf from '@signpdf/signpdf';
import { Signer as SignpdfSigner, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { signCadesDetached } from './cades';
import { Pdf, pdfBytes } from './pdf-page';

/**
 * Whatever holds the signer's key: a PKCS#12 file here; in production possibly a remote
 * signing service, an HSM or token middleware (Ban Cơ yếu Chính phủ certificates). It gets the
 * bytes the PDF signature covers and returns a detached CMS (CAdES) signature over them.
 */
export interface DocumentSigner {
  /** The certificate holder, as the signature dictionary names it. */
  readonly signerName: string;
  sign(content: Buffer, signingTime: Date): Promise<Buffer>;
}

/** A signer whose key and certificate are one PKCS#12 file, checked when it is opened. */
export class Pkcs12Signer implements DocumentSigner {
  readonly signerName: string;
  /** Opened once (decrypting a PKCS#12 costs ~25 ms); a KeyObject is immutable, so every signature reuses it. */
  private readonly opened: { key: KeyObject; certificate: forge.pki.Certificate; chain: forge.pki.Certificate[] };

  constructor(p12: Buffer, passphrase: string) {
    const { commonName } = inspectPkcs12(p12, passphrase);
    this.signerName = commonName;
    const { key, certificate, chain } = openPkcs12(p12, passphrase);
    this.opened = { key: createPrivateKey(forge.pki.privateKeyToPem(key)), certificate, chain };
  }

  /**
   * PAdES-B-B: our own CMS (cades.ts), as @signpdf's P12Signer puts a signing-time attribute
   * in and no signing-certificate-v2. The signing time is the signature dictionary's /M.
   */
  sign(content: Buffer): Promise<Buffer> {
    const { key, certificate, chain } = this.opened;
    return Promise.resolve(signCadesDetached(content, key, certificate, chain));
  }
}

/** The private key of a PKCS#12, the certificate matching it and every certificate in it. */
function openPkcs12(p12: Buffer, passphrase: string): { key: forge.pki.rsa.PrivateKey; certificate: forge.pki.Certificate; chain: forge.pki.Certificate[] } {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), false, passphrase);
  const bags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const key = bags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  const chain = (parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).map((b) => b.cert).filter((c): c is forge.pki.Certificate => !!c);
  const certificate = chain.find((c) => key && (c.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n));
  if (!key || !certificate) throw new Error('the PKCS#12 file holds no private key with its certificate');
  return { key, certificate, chain };
}

/**
 * Opens a PKCS#12 and checks it holds one private key and its certificate, valid now: a wrong
 * passphrase or an expired certificate is said at start-up, not at the first decision.
 */
export function inspectPkcs12(p12: Buffer, passphrase: string, now = new Date()): { commonName: string; notAfter: Date } {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))), false, passphrase);
  } catch (e) {
    throw new Error(`not a PKCS#12 file this passphrase opens (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const keys = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).map((b) => b.cert).filter((c): c is forge.pki.Certificate => !!c);
  if (keys.length === 0 || certs.length === 0) throw new Error('the PKCS#12 file must hold a private key and its certificate');
  const leaf = certs.find((c) => !isCa(c)) ?? certs[0];
  if (leaf.validity.notAfter < now || leaf.validity.notBefore > now) {
    throw new Error(`the certificate of ${commonNameOf(leaf)} is valid ${leaf.validity.notBefore.toISOString()} – ${leaf.validity.notAfter.toISOString()} only`);
  }
  return { commonName: commonNameOf(leaf), notAfter: leaf.validity.notAfter };
}

const isCa = (c: forge.pki.Certificate) => (c.getExtension('basicConstraints') as { cA?: boolean } | null)?.cA === true;
/** forge hands UTF8String values back as their UTF-8 bytes. */
const commonNameOf = (c: forge.pki.Certificate) => forge.util.decodeUtf8(String(c.subject.getField('CN')?.value ?? 'unknown'));

/** signpdf insists on its own Signer class: this adapts any DocumentSigner to it. */
class SignerAdapter extends SignpdfSigner {
  constructor(private readonly signer: DocumentSigner, private readonly signingTime: Date) {
    super();
  }
  override sign(content: Buffer): Promise<Buffer> {
    return this.signer.sign(content, this.signingTime);
  }
}

export interface SignatureInfo {
  reason: string;
  location: string;
  signingTime: Date;
}

/**
 * Ends a drawn document with a PAdES signature (ETSI.CAdES.detached) by `signer`. The
 * placeholder has room for a CMS with a certificate chain of a few certificates.
 */
export async function signDrawnPdf(doc: Pdf, signer: DocumentSigner, info: SignatureInfo): Promise<Buffer> {
  return signPreparedPdf(await preparedForSigning(doc, signer.signerName, info), signer, info);
}

/**
 * The drawn document's bytes with an empty signature dictionary for `signerName`: all the CPU of
 * a signed PDF (layout, font subsets, compression) and no key, so it can be made apart (the
 * worker draws on a thread of its own) and signed where the key is.
 */
export function preparedForSigning(doc: Pdf, signerName: string, info: SignatureInfo): Promise<Buffer> {
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: info.reason,
    contactInfo: '',
    name: signerName,
    location: info.location,
    signingTime: info.signingTime,
    signatureLength: 16384,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
  });
  return pdfBytes(doc);
}

/** Signs the bytes of preparedForSigning (made for this signer's name, with the same info). */
export function signPreparedPdf(prepared: Buffer, signer: DocumentSigner, info: SignatureInfo): Promise<Buffer> {
  return signpdf.sign(prepared, new SignerAdapter(signer, info.signingTime), info.signingTime);
}

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
