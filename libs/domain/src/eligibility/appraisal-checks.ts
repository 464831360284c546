import { AwardType, DOSSIER_DOCUMENT_LABELS, DossierDocumentKind } from '../catalog/award-type';
import { missingDocuments } from '../dossier/dossier';

export interface MemberCounts {
  total: number;
  ldtt?: number;
  cstdCoSo?: number;
  disciplined?: number;
}

export interface CheckInput {
  award: AwardType;
  subject: 'individual' | 'collective';
  year: number;
  memberCounts?: MemberCounts;
  /** Kinds of the documents attached now. */
  documents: string[];
  /** Titles the nominee holds in the award registry (matched by name or unit). */
  registry: { awardCode: string; year: number }[];
  /** Other live nominations of the same nominee for the same award and year. */
  duplicates: number;
  /** Names of the prior titles the award asks for, by code (the code is shown when one is missing). */
  awardNames?: Record<string, string>;
}

export interface CheckResult {
  code: 'required_documents' | 'prior_titles' | 'collective_ratios' | 'duplicate_nomination';
  ok: boolean;
  message: string;
}

const documents = (kinds: readonly string[]) => kinds.map((k) => DOSSIER_DOCUMENT_LABELS[k as DossierDocumentKind] ?? k).join(', ');
const years = (ys: number[]) => `${ys.length > 1 ? 'các năm' : 'năm'} ${ys.join(', ')}`;

/**
 * The system's checks shown to the appraiser (DESIGN §3, appraisal), worded for them in
 * Vietnamese. Pure: the caller gathers the facts.
 */
export function appraisalChecks(input: CheckInput): CheckResult[] {
  const results: CheckResult[] = [];
  const missing = missingDocuments(input.award.requiredDocuments, input.documents);
  if (input.documents.length === 0) {
    results.push({ code: 'required_documents', ok: true, message: `Hồ sơ giấy: kiểm tra bản giấy có đủ ${documents(input.award.requiredDocuments)}` });
  } else {
    results.push({
      code: 'required_documents',
      ok: missing.length === 0,
      message: missing.length ? `Thiếu tài liệu: ${documents(missing)}` : 'Đã đính kèm đủ tài liệu theo quy định',
    });
  }
  for (const rule of input.award.eligibility.priorTitles ?? []) {
    // consecutiveYears = 0 means "in the same year" (e.g. CSTĐ cơ sở needs LĐTT that year).
    const wanted = rule.consecutiveYears === 0 ? [input.year] : Array.from({ length: rule.consecutiveYears }, (_, i) => input.year - 1 - i);
    const held = new Set(input.registry.filter((r) => r.awardCode === rule.code).map((r) => r.year));
    const lacking = wanted.filter((y) => !held.has(y));
    const title = input.awardNames?.[rule.code] ?? rule.code;
    results.push({
      code: 'prior_titles',
      ok: lacking.length === 0,
      message: lacking.length ? `Sổ khen thưởng chưa có danh hiệu ${title} ${years(lacking)}` : `Đã có danh hiệu ${title} ${years(wanted)}`,
    });
  }
  const c = input.award.eligibility.collective;
  if (input.subject === 'collective' && c) {
    const m = input.memberCounts;
    const problems: string[] = [];
    if (!m) problems.push('Thiếu số liệu thành viên của tập thể');
    else {
      if (c.minLdttRatio !== undefined && (m.ldtt ?? 0) < c.minLdttRatio * m.total) problems.push(`LĐTT ${m.ldtt ?? 0}/${m.total}, dưới ${c.minLdttRatio * 100}%`);
      if (c.minCstdCoSo !== undefined && (m.cstdCoSo ?? 0) < c.minCstdCoSo) problems.push(`cần ít nhất ${c.minCstdCoSo} CSTĐ cơ sở`);
      if (c.maxDisciplined !== undefined && (m.disciplined ?? 0) > c.maxDisciplined) problems.push(`${m.disciplined} thành viên bị kỷ luật`);
    }
    results.push({ code: 'collective_ratios', ok: problems.length === 0, message: problems.length ? problems.join('; ') : 'Đạt tiêu chí của tập thể' });
  }
  results.push({
    code: 'duplicate_nomination',
    ok: input.duplicates === 0,
    message: input.duplicates ? `Có ${input.duplicates} hồ sơ khác đề nghị ${input.award.nameVi} năm ${input.year} cho cùng đối tượng` : 'Không trùng hồ sơ đề nghị',
  });
  return results;
}
