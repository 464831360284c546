import { Injectable } from '@nestjs/common';
import { Actor, AwardType, awardTypeProblems, DomainError } from '#ktf/domain';
import { AwardTypeRecord, CatalogAdminRepository } from '#ktf/persistence';
import { adminActor } from './admin-only.guard';
import { AwardTypeBodyDto, CreateAwardTypeDto, ReplaceAwardTypeDto } from './award-type.dto';

const present = (r: AwardTypeRecord) => ({ ...r.definition, updatedAt: r.updatedAt.toISOString() });

/** A plain AwardType from a validated body, with a fixed key order and no undefined fields. */
function awardTypeOf(code: string, dto: AwardTypeBodyDto): AwardType {
  const e = dto.eligibility;
  const c = e?.collective;
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return {
    code,
    nameVi: dto.nameVi.normalize('NFC').trim(),
    nameEn: dto.nameEn.trim(),
    subjects: [...dto.subjects],
    decidingLevel: dto.decidingLevel,
    pipelineCode: dto.pipelineCode,
    voteRule: defined({
      threshold: dto.voteRule.threshold,
      comparison: dto.voteRule.comparison,
      base: dto.voteRule.base,
      quorum: dto.voteRule.quorum,
      secret: dto.voteRule.secret,
      recusedCountInBase: dto.voteRule.recusedCountInBase,
    }),
    requiredDocuments: [...dto.requiredDocuments],
    rewardMultiplier: defined({ individual: dto.rewardMultiplier.individual, collective: dto.rewardMultiplier.collective }),
    eligibility: defined({
      priorTitles: e?.priorTitles?.map((t) => ({ code: t.code, consecutiveYears: t.consecutiveYears })),
      collective: c && defined({ minLdttRatio: c.minLdttRatio, minCstdCoSo: c.minCstdCoSo, maxDisciplined: c.maxDisciplined }),
    }),
  };
}

/**
 * The award catalog. An edit applies to nominations started after it: each nomination pins
 * the vote rule and pipeline version in force when its workflow starts.
 */
@Injectable()
export class AwardTypesService {
  constructor(private readonly catalog: CatalogAdminRepository) {}

  async list() {
    return (await this.catalog.awardTypes()).map(present);
  }

  async get(code: string) {
    const found = await this.catalog.awardType(code);
    if (!found) throw new DomainError('not_found', `award type ${code} is not in the catalog`);
    return present(found);
  }

  async create(actor: Actor, dto: CreateAwardTypeDto) {
    const award = await this.validated(awardTypeOf(dto.code, dto));
    const created = await this.catalog.insertAwardType(award, adminActor(actor));
    if (!created) throw new DomainError('rule_failed', `award type ${dto.code} is already in the catalog; replace it with PUT /award-types/${dto.code}`, { field: 'code' });
    return present(created);
  }

  async replace(actor: Actor, code: string, dto: ReplaceAwardTypeDto) {
    if (dto.code !== undefined && dto.code !== code) {
      throw new DomainError('rule_failed', `code ${dto.code} in the body does not match ${code} in the path (codes cannot be renamed)`, { field: 'code' });
    }
    const award = await this.validated(awardTypeOf(code, dto));
    const replaced = await this.catalog.replaceAwardType(award, adminActor(actor));
    if (!replaced) throw new DomainError('not_found', `award type ${code} is not in the catalog; create it with POST /award-types`);
    return present(replaced);
  }

  /** Rules over the whole award type, then the references it makes to other catalog data (422). */
  private async validated(award: AwardType): Promise<AwardType> {
    const problems = awardTypeProblems(award);
    if (!(await this.catalog.pipelineExists(award.pipelineCode))) problems.push(`pipelineCode: pipeline ${award.pipelineCode} is not defined`);
    const priorCodes = (award.eligibility.priorTitles ?? []).map((t) => t.code);
    const missing = await this.catalog.missingAwardCodes([...new Set(priorCodes)]);
    if (missing.length) problems.push(`eligibility.priorTitles: ${missing.join(', ')} not in the catalog`);
    if (problems.length) throw new DomainError('rule_failed', problems.join('; '), { errors: problems });
    return award;
  }
}
