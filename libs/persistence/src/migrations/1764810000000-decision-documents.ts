import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The parts of an administrative document that are not the decision itself (Nghị định
 * 30/2020): issuing body, place, căn cứ, articles after Điều 1, nơi nhận, signing title, per
 * pipeline. The rows below are the defaults; an admin edits them, a later migration never
 * overwrites an edited row.
 */
const TEMPLATES: Record<string, unknown> = {
  provincial: {
    issuingBody: ['ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH'],
    place: 'Ninh Bình',
    authorityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
    subject: 'Về việc tặng {award}',
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Theo đề nghị của Giám đốc Sở Nội vụ.',
    ],
    closingArticles: [
      'Quyết định này có hiệu lực kể từ ngày ký.',
      'Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ],
    recipients: ['Như Điều 3;', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh;', 'Lưu: VT, NV.'],
    signerTitle: 'CHỦ TỊCH',
    issuerName: 'Chủ tịch UBND tỉnh Ninh Bình',
  },
  'unit-level': {
    issuingBody: ['UBND TỈNH NINH BÌNH', '{UNIT}'],
    place: 'Ninh Bình',
    authorityLine: 'THỦ TRƯỞNG {UNIT}',
    subject: 'Về việc tặng {award}',
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Theo đề nghị của Hội đồng Thi đua - Khen thưởng {unit}.',
    ],
    closingArticles: [
      'Quyết định này có hiệu lực kể từ ngày ký.',
      'Các bộ phận có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ],
    recipients: ['Như Điều 3;', 'Lưu: VT.'],
    signerTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
    issuerName: 'Thủ trưởng {unit}',
  },
};

/** Document templates per pipeline, and each signed decision's PDF (stored once, as signed). */
export class DecisionDocuments1764810000000 implements MigrationInterface {
  name = 'DecisionDocuments1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document_templates (
        pipeline_code text PRIMARY KEY,
        template jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [code, template] of Object.entries(TEMPLATES)) {
      await q.query(`INSERT INTO document_templates (pipeline_code, template) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [code, JSON.stringify(template)]);
    }
    await q.query(`
      CREATE TABLE decision_documents (
        decision_id uuid PRIMARY KEY REFERENCES decisions(id),
        pdf bytea NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        signer_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE decision_documents`);
    await q.query(`DROP TABLE document_templates`);
  }
}
