import type { AwardType } from '../catalog/award-type';
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
}

export interface CheckResult {
  code: 'required_documents' | 'prior_titles' | 'collective_ratios' | 'duplicate_nomination';
  ok: boolean;
  message: string;
}

/** The system's checks shown to the appraiser (DESIGN §3, appraisal). Pure: the caller gathers the facts. */
export function appraisalChecks(input: CheckInput): CheckResult[] {
  const results: CheckResult[] = [];
  const missing = missingDocuments(input.award.requiredDocuments, input.documents);
  if (input.documents.length === 0) {
    results.push({ code: 'required_documents', ok: true, message: `paper dossier: check the paper copy holds ${input.award.requiredDocuments.join(', ')}` });
  } else {
    results.push({
      code: 'required_documents',
      ok: missing.length === 0,
      message: missing.length ? `missing documents: ${missing.join(', ')}` : 'all required documents are attached',
    });
  }
  for (const rule of input.award.eligibility.priorTitles ?? []) {
    // consecutiveYears = 0 means "in the same year" (e.g. CSTĐ cơ sở needs LĐTT that year).
    const years = rule.consecutiveYears === 0 ? [input.year] : Array.from({ length: rule.consecutiveYears }, (_, i) => input.year - 1 - i);
    const held = new Set(input.registry.filter((r) => r.awardCode === rule.code).map((r) => r.year));
    const lacking = years.filter((y) => !held.has(y));
    results.push({
      code: 'prior_titles',
      ok: lacking.length === 0,
      message: lacking.length ? `${rule.code} not found in the registry for ${lacking.join(', ')}` : `${rule.code} held in ${years.join(', ')}`,
    });
  }
  const c = input.award.eligibility.collective;
  if (input.subject === 'collective' && c) {
    const m = input.memberCounts;
    const problems: string[] = [];
    if (!m) problems.push('member counts are missing');
    else {
      if (c.minLdttRatio !== undefined && (m.ldtt ?? 0) < c.minLdttRatio * m.total) problems.push(`LĐTT ${m.ldtt ?? 0}/${m.total} is below ${c.minLdttRatio * 100}%`);
      if (c.minCstdCoSo !== undefined && (m.cstdCoSo ?? 0) < c.minCstdCoSo) problems.push(`needs at least ${c.minCstdCoSo} CSTĐ cơ sở`);
      if (c.maxDisciplined !== undefined && (m.disciplined ?? 0) > c.maxDisciplined) problems.push(`${m.disciplined} member(s) disciplined`);
    }
    results.push({ code: 'collective_ratios', ok: problems.length === 0, message: problems.length ? problems.join('; ') : 'collective criteria met' });
  }
  results.push({
    code: 'duplicate_nomination',
    ok: input.duplicates === 0,
    message: input.duplicates ? `${input.duplicates} other nomination(s) of this nominee for ${input.award.code} in ${input.year}` : 'no duplicate nomination',
  });
  return results;
}
