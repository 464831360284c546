/**
 * What an administrative document is made of besides the decision itself: the issuing body,
 * place, legal bases (căn cứ), recipients (nơi nhận)… Data, seeded per pipeline and editable,
 * never literals in code. `{UNIT}` in a line stands for the signer's unit name in capitals and
 * `{unit}` for it as written (the unit-level pipeline serves every unit with one template).
 */
export interface DocumentTemplate {
  /** Top left, one line each; the last one bold ("ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH"). */
  issuingBody: string[];
  /** The place in "Ninh Bình, ngày … tháng … năm …". */
  place: string;
  /** Who decides, above the legal bases ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"). */
  authorityLine: string;
  /** Trích yếu; `{award}` is replaced by the award names ("Về việc tặng {award}"). */
  subject: string;
  /** Căn cứ: each one its own italic line. */
  legalBases: string[];
  /** The articles after Điều 1 (effect, who executes), numbered from Điều 2. */
  closingArticles: string[];
  /** Nơi nhận, bottom left. */
  recipients: string[];
  /** The signing title when the head signs ("CHỦ TỊCH"). */
  signerTitle: string;
  /** Who issues, for the annex and certificates ("Chủ tịch UBND tỉnh Ninh Bình"). */
  issuerName: string;
}

export interface Awardee {
  nominationId: string;
  subject: 'individual' | 'collective';
  fullName: string;
  position: string | null;
  unit: string;
  achievements: string;
  awardCode: string;
  awardName: string;
}

export interface DecisionDocumentData {
  decisionId: string;
  number: string;
  signedAt: Date;
  template: DocumentTemplate;
  /** The signer's unit name, for `{unit}` / `{UNIT}` in the template. */
  signerUnit: string;
  /**
   * The signature block's title lines: ["CHỦ TỊCH"] when the head signs; under a delegation
   * ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] or ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"].
   */
  signatureLines: string[];
  signerName: string;
  awardees: Awardee[];
}

/** The template's text with the signer's unit filled in, NFC (the font's precomposed glyphs). */
export function fillTemplate(text: string, signerUnit: string): string {
  return text.replaceAll('{UNIT}', signerUnit.toLocaleUpperCase('vi')).replaceAll('{unit}', signerUnit).normalize('NFC');
}
