import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { createDevCa, issueSignerPkcs12 } from './dev-certificates';
import { drawDecision } from './decision-document';
import { renderCertificatePdf } from './certificate';
import { Awardee, DecisionDocumentData, DocumentTemplate } from './document-data';
import { pdfBytes } from './pdf-page';
import { pdfPagePng, pdfSignatures, pdfText } from './poppler';
import { inspectPkcs12, Pkcs12Signer, sha256Hex, signDrawnPdf } from './signing';
import { placeAndDate } from './vietnamese-date';

/** Rendered pages are kept here for a person to look at (CI keeps test-results/). */
const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-results', 'documents');

const TEMPLATE: DocumentTemplate = {
  issuingBody: ['ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH'],
  place: 'Ninh Bình',
  authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
  subject: 'Về việc tặng {award}',
  legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Theo đề nghị của Giám đốc Sở Nội vụ.'],
  closingArticles: ['Quyết định này có hiệu lực kể từ ngày ký.', 'Chánh Văn phòng UBND tỉnh và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.'],
  recipients: ['Như Điều 3;', 'Lưu: VT, NV.'],
  signerTitle: 'CHỦ TỊCH',
  issuerName: 'Chủ tịch UBND tỉnh Ninh Bình',
};

const awardee = (fullName: string, extra: Partial<Awardee> = {}): Awardee => ({
  nominationId: `00000000-0000-4000-8000-${String(fullName.length).padStart(12, '0')}`,
  subject: 'individual',
  fullName,
  position: 'Chuyên viên',
  unit: 'Văn phòng UBND tỉnh',
  achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; sáng kiến cải cách thủ tục hành chính.',
  awardCode: 'BANG_KHEN_CT_UBND',
  awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
  ...extra,
});

// Every tone on every vowel shape, and a name typed in NFD (decomposed marks).
const NAMES = ['Nguyễn Thị Hoa', 'Trần Văn Ướt', 'Lê Thị Ỷ', 'Phạm Quốc Đạt', 'Đỗ Thị Ngọc Ánh', 'Vũ Đức Thắng'.normalize('NFD')];

const decision = (over: Partial<DecisionDocumentData> = {}): DecisionDocumentData => ({
  decisionId: '11111111-1111-4111-8111-111111111111',
  number: '123/QĐ-UBND',
  signedAt: new Date('2026-01-15T03:00:00Z'),
  template: TEMPLATE,
  signerUnit: 'Ủy ban nhân dân tỉnh',
  signatureLines: ['CHỦ TỊCH'],
  signerName: 'Nguyễn Cao Sơn',
  awardees: NAMES.map((n) => awardee(n)),
  ...over,
});

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('Vietnamese dates (Nghị định 30)', () => {
  it('pads days below 10 and the months 1 and 2, in Vietnam time', () => {
    expect(placeAndDate('Ninh Bình', new Date('2026-01-15T03:00:00Z'))).toBe('Ninh Bình, ngày 15 tháng 01 năm 2026');
    expect(placeAndDate('Ninh Bình', new Date('2026-03-04T17:30:00Z'))).toBe('Ninh Bình, ngày 05 tháng 3 năm 2026');
    expect(placeAndDate('Ninh Bình', new Date('2026-12-31T17:00:00Z'))).toBe('Ninh Bình, ngày 01 tháng 01 năm 2027');
  });
});

describe('the decision PDF', () => {
  let ca: ReturnType<typeof createDevCa>;
  let signer: Pkcs12Signer;
  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ca = createDevCa();
    signer = new Pkcs12Signer(issueSignerPkcs12(ca, { commonName: 'Nguyễn Cao Sơn', organization: 'UBND tỉnh Ninh Bình' }, 'secret'), 'secret');
  });

  it('carries the state format, every awardee with diacritics, the number and the date', async () => {
    const pdf = await pdfBytes(drawDecision(decision()));
    const text = oneLine(await pdfText(pdf));
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN',
      'TỈNH NINH BÌNH',
      'Số: 123/QĐ-UBND',
      'Ninh Bình, ngày 15 tháng 01 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc tặng Bằng khen của Chủ tịch UBND tỉnh',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 6 cá nhân',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Nơi nhận:',
      'Nguyễn Cao Sơn',
      'DANH SÁCH',
      '(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2026 của Chủ tịch UBND tỉnh Ninh Bình)',
    ]) {
      expect(text).toContain(line);
    }
    for (const name of NAMES) expect(text).toContain(name.normalize('NFC'));
    writeFileSync(join(ARTIFACTS, 'decision-page1.png'), await pdfPagePng(pdf, 1, 80));
    writeFileSync(join(ARTIFACTS, 'decision-annex.png'), await pdfPagePng(pdf, 2, 80));
  });

  it('breaks a long annex over pages, repeating the table header, and numbers the pages', async () => {
    const many = Array.from({ length: 40 }, (_, i) => awardee(`Nguyễn Văn Thứ ${i + 1}`));
    const pdf = await pdfBytes(drawDecision(decision({ awardees: many })));
    const text = await pdfText(pdf);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages.slice(2)) expect(oneLine(p)).toContain('Họ và tên');
    expect(oneLine(pages[1]).trim().startsWith('2')).toBe(true);
    for (const a of many) expect(text).toContain(a.fullName);
  });

  it('is signed (PAdES) so that pdfsig verifies it, and one changed byte breaks it', async () => {
    const signed = await signDrawnPdf(drawDecision(decision()), signer, { reason: 'Quyết định 123/QĐ-UBND', location: 'Ninh Bình', signingTime: new Date('2026-01-15T03:00:00Z') });
    const check = await pdfSignatures(signed);
    expect(check.exitCode).toBe(0);
    expect(check.output).toContain('Signature is Valid.');
    expect(check.output).toContain('Nguyễn Cao Sơn');
    expect(check.output).toContain('ETSI.CAdES.detached');
    expect(sha256Hex(signed)).toMatch(/^[0-9a-f]{64}$/);

    // One byte of the covered content changed (inside the first page's stream).
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('stream') + 20;
    tampered[at] = tampered[at] ^ 0x01;
    const broken = await pdfSignatures(tampered);
    expect(broken.output).not.toContain('Signature is Valid.');
    expect(broken.output).toContain('Signature Validation: Digest Mismatch.');
  });

  it('carries the PAdES-B-B signed attributes: signing-certificate-v2 with the certificate SHA-256, no signing-time', async () => {
    const signed = await signDrawnPdf(drawDecision(decision()), signer, { reason: 'Quyết định 123/QĐ-UBND', location: 'Ninh Bình', signingTime: new Date('2026-01-15T03:00:00Z') });
    const hex = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(signed.toString('latin1'))![1];
    const cms = forge.asn1.fromDer(forge.util.hexToBytes(hex), { parseAllBytes: false } as unknown as boolean); // the placeholder pads with zeros
    const signedData = (cms.value[1] as forge.asn1.Asn1).value[0] as forge.asn1.Asn1;
    const parts = signedData.value as forge.asn1.Asn1[];
    const certificate = (parts[3].value as forge.asn1.Asn1[])[0];
    const signerInfo = (parts[4].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
    const attributes = (signerInfo[3].value as forge.asn1.Asn1[]).map((a) => a.value as forge.asn1.Asn1[]);
    const oids = attributes.map((a) => forge.asn1.derToOid(a[0].value as string));
    expect(oids.sort()).toEqual([forge.pki.oids.contentType, forge.pki.oids.messageDigest, '1.2.840.113549.1.9.16.2.47'].sort());
    expect(oids).not.toContain(forge.pki.oids.signingTime);
    const v2 = attributes.find((a) => forge.asn1.derToOid(a[0].value as string) === '1.2.840.113549.1.9.16.2.47')!;
    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 { certHash (SHA-256 by default) } }
    const certHash = (((((v2[1].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[])[0].value as string);
    const certDer = Buffer.from(forge.asn1.toDer(certificate).getBytes(), 'binary');
    expect(Buffer.from(certHash, 'binary').toString('hex')).toBe(sha256Hex(certDer));
    expect(forge.pki.certificateFromAsn1(certificate).subject.getField('CN').value).toBe(forge.util.encodeUtf8('Nguyễn Cao Sơn'));
  });

  it('signs every decision with the same opened key, not only the first', async () => {
    // The worker keeps one signer per person; @signpdf's P12Signer used to fail its second sign().
    for (const number of ['124/QĐ-UBND', '125/QĐ-UBND', '126/QĐ-UBND']) {
      const signed = await signDrawnPdf(drawDecision(decision({ number })), signer, { reason: `Quyết định ${number}`, location: 'Ninh Bình', signingTime: new Date('2026-01-15T03:00:00Z') });
      const check = await pdfSignatures(signed);
      expect(check.output).toContain('Signature is Valid.');
      expect(oneLine(await pdfText(signed))).toContain(`Số: ${number}`);
    }
  });

  it('opens a PKCS#12 only with its passphrase and names its holder', () => {
    const p12 = issueSignerPkcs12(ca, { commonName: 'Trịnh Quốc Bảo', organization: 'Văn phòng UBND tỉnh' }, 'right');
    expect(inspectPkcs12(p12, 'right').commonName).toBe('Trịnh Quốc Bảo');
    expect(() => inspectPkcs12(p12, 'wrong')).toThrow(/passphrase/);
    expect(() => inspectPkcs12(p12, 'right', new Date('2040-01-01T00:00:00Z'))).toThrow(/valid .* only/);
  });
});

describe('the certificate PDF', () => {
  it('is A4 landscape with the title, the awardee, the decision and the signer', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await renderCertificatePdf({
      awardee: awardee('Đỗ Thị Ngọc Ánh'),
      decisionNumber: '123/QĐ-UBND',
      signedAt: new Date('2026-01-15T03:00:00Z'),
      template: TEMPLATE,
      signerUnit: 'Ủy ban nhân dân tỉnh',
      signatureLines: ['CHỦ TỊCH'],
      signerName: 'Nguyễn Cao Sơn',
    });
    const text = oneLine(await pdfText(pdf));
    for (const s of ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', 'TẶNG', 'BẰNG KHEN', 'Đỗ Thị Ngọc Ánh', 'Chức vụ: Chuyên viên', 'Đơn vị: Văn phòng UBND tỉnh', 'Quyết định số 123/QĐ-UBND', 'Ninh Bình, ngày 15 tháng 01 năm 2026', 'Nguyễn Cao Sơn']) {
      expect(text).toContain(s);
    }
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    writeFileSync(join(ARTIFACTS, 'certificate.png'), await pdfPagePng(pdf, 1, 60));
  });
});
