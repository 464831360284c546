// What a decision's PDF is drawn from, read in one statement over a real PostgreSQL (it is on
// the path of every decision's answer): the decision, its awardees in the decision's order,
// the template of their pipeline, and the hash of a PDF stored already, which a retried
// sealing step keeps (the first stored PDF stays).
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DecisionDocumentRepository, DecisionRepository, findSeedUser, NominationRepository, userId } from '#ktf/persistence';
import { ScratchDatabase, startScratchDatabase } from './support/scratch-database';

jest.setTimeout(120_000);

describe('a decision document’s source', () => {
  let db: ScratchDatabase;
  let ds: DataSource;
  let documents: DecisionDocumentRepository;

  beforeAll(async () => {
    db = await startScratchDatabase('decision-document-source', 4);
    ds = db.ds;
    documents = new DecisionDocumentRepository(ds);
  });

  afterAll(async () => {
    await db?.stop();
  });

  const nomination = async (fullName: string, nominee: Record<string, unknown> = {}) => {
    const id = randomUUID();
    await new NominationRepository(ds).insertDraft({
      id, workflowId: `nomination-${id}`, unitId: findSeedUser('officer.vp')?.unitId as string, awardCode: 'BANG_KHEN_CT_UBND',
      subject: 'individual', nominee: { kind: 'individual', fullName, ...nominee }, nomineeName: fullName, nomineeSearch: fullName.toLowerCase(),
      achievements: `Thành tích của ${fullName}`, year: 2026, campaignId: null, idempotencyKey: null, createdBy: userId('officer.vp'),
    });
    return id;
  };
  const decide = async (nominationIds: string[]) => {
    const id = randomUUID();
    await new DecisionRepository(ds).takeNumber({ id, kind: 'decision', authority: 'UBND', signedAt: new Date('2026-03-02T03:00:00Z'), signerId: userId('chairman'), nominationIds });
    return id;
  };
  const sha = (c: string) => c.repeat(64);

  it('holds the decision, its awardees in the decision’s order and their pipeline’s template, with no PDF yet', async () => {
    const first = await nomination('Đỗ Thị Ngọc Ánh', { position: ' Chuyên viên ', workplace: 'Sở Nội vụ' });
    const second = await nomination('Trần Văn Ướt');
    const decisionId = await decide([second, first]);
    const { signedSha256, source } = await documents.forSigning(decisionId);
    expect(signedSha256).toBeNull();
    expect(source).toMatchObject({
      decisionId, kind: 'decision', status: 'numbered', number: expect.stringMatching(/^\d+\/QĐ-UBND$/), signedAt: new Date('2026-03-02T03:00:00Z'),
      signer: { id: userId('chairman'), username: 'chairman' }, nominationIds: [second, first],
      signatureLines: [source?.template.signerTitle],
    });
    expect(source?.template.issuingBody.length).toBeGreaterThan(0);
    expect(source?.awardees).toEqual([
      // No workplace given: the proposing unit; no position: none.
      expect.objectContaining({ nominationId: second, fullName: 'Trần Văn Ướt', position: null, unit: 'Văn phòng UBND tỉnh', awardCode: 'BANG_KHEN_CT_UBND', achievements: 'Thành tích của Trần Văn Ướt' }),
      expect.objectContaining({ nominationId: first, fullName: 'Đỗ Thị Ngọc Ánh', position: 'Chuyên viên', unit: 'Sở Nội vụ' }),
    ]);
    expect(source?.awardees[0].awardName).toMatch(/Bằng khen/);
    expect(await documents.source(decisionId)).toEqual(source);
  });

  it('keeps the first PDF stored, and then answers with its hash', async () => {
    const decisionId = await decide([await nomination('Lê Thị Ỷ')]);
    expect(await documents.storeOnce(decisionId, { pdf: Buffer.from('%PDF-first'), sha256: sha('a'), signerName: 'Nguyễn Cao Sơn' })).toEqual({ sha256: sha('a'), signerName: 'Nguyễn Cao Sơn' });
    // A retried step that drew its own PDF: the first stays, and the retry is told which.
    expect(await documents.storeOnce(decisionId, { pdf: Buffer.from('%PDF-second'), sha256: sha('b'), signerName: 'Người khác' })).toEqual({ sha256: sha('a'), signerName: 'Nguyễn Cao Sơn' });
    expect((await documents.forSigning(decisionId)).signedSha256).toBe(sha('a'));
    expect((await documents.findSigned(decisionId))?.pdf.toString()).toBe('%PDF-first');
  });

  it('stores the PDF as it is: out of line, never compressed (its streams are deflated already)', async () => {
    const [column] = await ds.query(`SELECT attstorage FROM pg_attribute WHERE attrelid = 'decision_documents'::regclass AND attname = 'pdf'`);
    expect(column).toEqual({ attstorage: 'e' });
    // Text that would shrink a hundredfold if compressed: stored at its full length all the same.
    const pdf = Buffer.from('%PDF-1.3 ' + 'BT /F1 12 Tf (Bằng khen) Tj ET\n'.repeat(6_000));
    const decisionId = await decide([await nomination('Vũ Thị Thu')]);
    await documents.storeOnce(decisionId, { pdf, sha256: sha('c'), signerName: 'Nguyễn Cao Sơn' });
    const [stored] = await ds.query(`SELECT octet_length(pdf) AS length, pg_column_size(pdf) AS size FROM decision_documents WHERE decision_id = $1`, [decisionId]);
    expect(stored).toEqual({ length: pdf.length, size: pdf.length });
    expect((await documents.findSigned(decisionId))?.pdf.equals(pdf)).toBe(true);
  });

  it('has no source for an unknown decision, nor for one whose pipeline has no template', async () => {
    expect(await documents.forSigning(randomUUID())).toEqual({ signedSha256: null, source: null });
    const orphan = await nomination('Phạm Quốc Đạt');
    await ds.query(`UPDATE nominations SET pipeline_code = 'NO-TEMPLATE' WHERE id = $1`, [orphan]);
    const decisionId = await decide([orphan]);
    expect(await documents.forSigning(decisionId)).toEqual({ signedSha256: null, source: null });
  });
});
