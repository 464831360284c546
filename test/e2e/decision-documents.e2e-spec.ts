// The official documents of a signed decision: the quyết định PDF in the state format, signed
// (PAdES) by the signer's key when the decision is sealed, and a Bằng khen / Giấy khen per
// awardee. Read back the way a reader's software sees them: poppler's pdftotext, pdftoppm
// (pages kept under test-results/documents for a person to look at) and pdfsig.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPagePng, pdfSignatures, pdfText, placeAndDate } from '#ktf/documents';
import { RunningStack } from '../../infra/dev/stack';
import { ApiClient, apiClient, Caller, startE2eStack, tokenFor } from './support/e2e-stack';
import { nominationSteps } from './support/nomination-steps';

jest.setTimeout(150_000);

const ARTIFACTS = join(__dirname, '..', '..', 'test-results', 'documents');
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('decision documents', () => {
  let stack: RunningStack;
  let api: ApiClient;
  let steps: ReturnType<typeof nominationSteps>;
  const keysDir = mkdtempSync(join(tmpdir(), 'ktf-e2e-signing-'));

  beforeAll(async () => {
    // This stack's own development CA and signer files.
    stack = await startE2eStack({ SIGNING_KEYS_DIR: keysDir });
    api = apiClient(stack.apiUrl);
    steps = nominationSteps(api);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(keysDir, { recursive: true, force: true });
  });

  async function getPdf(path: string, user?: Caller) {
    const res = await fetch(`${stack.apiUrl}${path}`, { headers: user ? { authorization: `Bearer ${tokenFor(user)}` } : {} });
    const body = Buffer.from(await res.arrayBuffer());
    return { status: res.status, type: res.headers.get('content-type'), digest: res.headers.get('digest'), body };
  }

  /** A provincial nomination carried to signing. */
  async function ready(fullName: string, nominee: { position?: string; workplace?: string } = {}) {
    const n = await steps.create('officer.vp', fullName, { nominee: { kind: 'individual', fullName, ...nominee } });
    await steps.voteAll(n.id);
    await steps.appraise(n.id, 'approve');
    return n.id;
  }

  const NAMES = ['Nguyễn Thị Ánh Tuyết', 'Trần Văn Ưng', 'Phạm Thị Ỷ Lan'];
  let decision: { id: string; number: string; signedAt: string; nominationIds: string[] };

  it('signs a decision into a PDF in the state format listing every awardee, whose hash the audit event holds', async () => {
    const ids = [await ready(NAMES[0], { position: 'Phó Chánh Văn phòng' }), await ready(NAMES[1], { workplace: 'Sở Nội vụ' }), await ready(NAMES[2])];
    decision = await steps.sign(ids);

    const doc = await getPdf(`/decisions/${decision.id}/document.pdf`, 'auditor');
    expect(doc.status).toBe(200);
    expect(doc.type).toBe('application/pdf');
    const sha = createHash('sha256').update(doc.body).digest('hex');
    expect(doc.digest).toBe(`sha-256=${Buffer.from(sha, 'hex').toString('base64')}`);
    writeFileSync(join(ARTIFACTS, 'e2e-decision-page1.png'), await pdfPagePng(doc.body, 1, 80));
    writeFileSync(join(ARTIFACTS, 'e2e-decision-annex.png'), await pdfPagePng(doc.body, 2, 80));

    const text = oneLine(await pdfText(doc.body));
    expect(decision.number).toMatch(/^\d+\/QĐ-UBND$/);
    for (const s of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH NINH BÌNH',
      `Số: ${decision.number}`,
      placeAndDate('Ninh Bình', new Date(decision.signedAt)),
      'Về việc tặng Bằng khen của Chủ tịch UBND tỉnh',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 3 cá nhân',
      'Nguyễn Cao Sơn',
      'Phó Chánh Văn phòng',
      'Sở Nội vụ',
      ...NAMES,
    ]) {
      expect(text).toContain(s);
    }

    const signature = await pdfSignatures(doc.body);
    expect(signature.exitCode).toBe(0);
    expect(signature.output).toContain('Signer Certificate Common Name: Nguyễn Cao Sơn');
    expect(signature.output).toContain('Signature Validation: Signature is Valid.');
    const tampered = Buffer.from(doc.body);
    const at = tampered.indexOf('stream', tampered.length / 2) + 20;
    tampered[at] ^= 0x01;
    expect((await pdfSignatures(tampered)).output).toContain('Signature Validation: Digest Mismatch.');

    const events = await api.get(`/audit/events?subjectType=decision&subjectId=${decision.id}`, 'auditor');
    const signed = (events.body.items as { action: string; payload: Record<string, unknown> }[]).filter((e) => e.action === 'decision_signed');
    expect(signed).toHaveLength(1);
    expect(signed[0].payload.documentSha256).toBe(sha);

    // Stored once: read again, the same bytes.
    expect((await getPdf(`/decisions/${decision.id}/document.pdf`, 'chairman')).body.equals(doc.body)).toBe(true);
  });

  it('signs the same signer’s next decision, of one nomination, into a PDF too: made after the answer, GET waits for it', async () => {
    const next = await steps.sign([await ready('Hoàng Thị Én')]);
    // Asked at once: the PDF of a decision of one nomination is made after POST answered.
    const doc = await getPdf(`/decisions/${next.id}/document.pdf`, 'auditor');
    expect(doc.status).toBe(200);
    expect((await pdfSignatures(doc.body)).output).toContain('Signature is Valid.');
    expect(oneLine(await pdfText(doc.body))).toContain('Hoàng Thị Én');
    // Sealed first, so its chain vouches for the PDF in the event that follows: the same bytes.
    const events = await api.get(`/audit/events?subjectType=decision&subjectId=${next.id}`, 'auditor');
    const trail = events.body.items as { action: string; payload: Record<string, unknown> }[];
    expect(trail.map((e) => e.action)).toEqual(['decision_signed', 'decision_document_signed']);
    expect(trail[0].payload.documentSha256).toBeUndefined();
    expect(trail[1].payload).toMatchObject({ number: next.number, documentSha256: createHash('sha256').update(doc.body).digest('hex') });
  });

  it('gives each awardee a certificate, A4 landscape', async () => {
    for (const [i, id] of decision.nominationIds.entries()) {
      const cert = await getPdf(`/decisions/${decision.id}/certificates/${id}.pdf`, 'officer.vp');
      expect(cert.status).toBe(200);
      expect(cert.type).toBe('application/pdf');
      const text = oneLine(await pdfText(cert.body));
      for (const s of ['BẰNG KHEN', NAMES[i], `Quyết định số ${decision.number}`, placeAndDate('Ninh Bình', new Date(decision.signedAt))]) expect(text).toContain(s);
      expect(cert.body.toString('latin1')).toContain('/MediaBox [0 0 841.89 595.28]');
      if (i === 0) writeFileSync(join(ARTIFACTS, 'e2e-certificate.png'), await pdfPagePng(cert.body, 1, 60));
    }
  });

  it('answers 400, 401, 403 and 404 clearly', async () => {
    const other = await ready('Lý Thị Chưa Ký');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await getPdf(`/decisions/not-a-uuid/document.pdf`, 'auditor')).status).toBe(400);
    expect((await getPdf(`/decisions/${decision.id}/certificates/nope.pdf`, 'auditor')).status).toBe(400);
    expect((await getPdf(`/decisions/${decision.id}/document.pdf`)).status).toBe(401);
    // Another unit's officer reads no decision about the VP's people.
    expect((await getPdf(`/decisions/${decision.id}/document.pdf`, 'officer.dongthinh')).status).toBe(403);
    expect((await getPdf(`/decisions/${decision.id}/certificates/${decision.nominationIds[0]}.pdf`, 'officer.dongthinh')).status).toBe(403);
    const notFound = await getPdf(`/decisions/${missing}/document.pdf`, 'auditor');
    expect(notFound.status).toBe(404);
    expect(notFound.type).toContain('application/problem+json');
    const notAwarded = await getPdf(`/decisions/${decision.id}/certificates/${other}.pdf`, 'auditor');
    expect(notAwarded.status).toBe(404);
    expect(JSON.parse(notAwarded.body.toString('utf8')).detail).toBe(`nomination ${other} is not awarded by decision ${decision.number}`);
  });

  it('fills the unit-level template with the signer’s unit for a Giấy khen', async () => {
    const n = await steps.create('officer.vp', 'Hà Thị Yến', { awardCode: 'GIAY_KHEN' });
    await steps.voteAll(n.id, ['council.vp.1', 'council.vp.2', 'council.vp.3']);
    await steps.appraise(n.id, 'approve');
    const d = await steps.sign([n.id], 'head.vp');
    const text = oneLine(await pdfText((await getPdf(`/decisions/${d.id}/document.pdf`, 'auditor')).body));
    for (const s of ['UBND TỈNH NINH BÌNH', 'VĂN PHÒNG UBND TỈNH', `Số: ${d.number}`, 'THỦ TRƯỞNG VĂN PHÒNG UBND TỈNH', 'Về việc tặng Giấy khen', 'Hà Thị Yến', 'Trịnh Quốc Bảo']) expect(text).toContain(s);
    const cert = oneLine(await pdfText((await getPdf(`/decisions/${d.id}/certificates/${n.id}.pdf`, 'auditor')).body));
    expect(cert).toContain('GIẤY KHEN');
    expect(cert).toContain('Hà Thị Yến');
  });
});
