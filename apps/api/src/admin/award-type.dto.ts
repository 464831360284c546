import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AWARD_CODE_PATTERN,
  DECIDING_LEVELS,
  DOSSIER_KINDS,
  MAX_PRIOR_TITLE_YEARS,
  MAX_REWARD_MULTIPLIER,
  NOMINEE_SUBJECTS,
  type AwardType,
  type DossierDocumentKind,
  type NomineeSubject,
} from '#ktf/domain';
import { Describe } from '../validation/describe';
import { OptionalField } from '../validation/field-presence';
import { PIPELINE_CODE_PATTERN } from './pipeline.dto';

const finite = { allowNaN: false, allowInfinity: false };
/** A number in [0,1], with one message naming the field. */
function IsFraction(): PropertyDecorator {
  const message = { message: '$property must be a fraction in [0,1]' };
  return (target, key) => {
    for (const d of [IsNumber(finite, message), Min(0, message), Max(1, message)]) d(target, key);
  };
}
const codeMessage = { message: '$property must be 2–40 of A–Z, 0–9 and _, starting with a letter (e.g. BANG_KHEN_CT_UBND)' };

export class VoteRuleDto {
  @Describe({ description: 'Fraction of the base that must agree: 0.5 with more_than for a majority, 0.9 with at_least', example: 0.5 })
  @IsFraction() threshold!: number;
  @IsIn(['at_least', 'more_than']) comparison!: 'at_least' | 'more_than';
  @IsIn(['all_members', 'present']) base!: 'all_members' | 'present';
  @IsFraction() quorum!: number;
  @IsBoolean() secret!: boolean;
  @OptionalField() @IsBoolean() recusedCountInBase?: boolean;
}

export class RewardMultiplierDto {
  @OptionalField() @IsNumber(finite) @Min(0) @Max(MAX_REWARD_MULTIPLIER) individual?: number;
  @OptionalField() @IsNumber(finite) @Min(0) @Max(MAX_REWARD_MULTIPLIER) collective?: number;
}

export class PriorTitleDto {
  @IsString() @Matches(AWARD_CODE_PATTERN, codeMessage) code!: string;
  @Describe({ description: 'Consecutive previous years the title is needed in (0: in the current year)', example: 2 })
  @IsInt() @Min(0) @Max(MAX_PRIOR_TITLE_YEARS) consecutiveYears!: number;
}

export class CollectiveCriteriaDto {
  @OptionalField() @IsFraction() minLdttRatio?: number;
  @OptionalField() @IsInt() @Min(0) @Max(10_000) minCstdCoSo?: number;
  @OptionalField() @IsInt() @Min(0) @Max(10_000) maxDisciplined?: number;
}

export class EligibilityDto {
  @OptionalField() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => PriorTitleDto) priorTitles?: PriorTitleDto[];
  @OptionalField() @IsObject() @ValidateNested() @Type(() => CollectiveCriteriaDto) collective?: CollectiveCriteriaDto;
}

/** An award type as a whole (PUT replaces every field; nothing is merged). */
export class AwardTypeBodyDto {
  @Describe({ example: 'Bằng khen của Chủ tịch UBND tỉnh' })
  @IsString() @IsNotEmpty() @MaxLength(300) nameVi!: string;
  @Describe({ example: 'Certificate of Merit of the Provincial Chairman' })
  @IsString() @IsNotEmpty() @MaxLength(300) nameEn!: string;
  @IsArray() @ArrayMinSize(1, { message: 'subjects must name at least one of individual, collective' }) @ArrayUnique() @IsIn(NOMINEE_SUBJECTS, { each: true })
  subjects!: NomineeSubject[];
  @IsIn(DECIDING_LEVELS) decidingLevel!: AwardType['decidingLevel'];
  @IsString() @Matches(PIPELINE_CODE_PATTERN, { message: 'pipelineCode must be a pipeline code such as provincial' }) pipelineCode!: string;
  @IsObject() @ValidateNested() @Type(() => VoteRuleDto) voteRule!: VoteRuleDto;
  @IsArray() @ArrayUnique() @IsIn(DOSSIER_KINDS, { each: true, message: `requiredDocuments may only contain ${DOSSIER_KINDS.join(', ')}` })
  requiredDocuments!: DossierDocumentKind[];
  @IsObject() @ValidateNested() @Type(() => RewardMultiplierDto) rewardMultiplier!: RewardMultiplierDto;
  @OptionalField() @IsObject() @ValidateNested() @Type(() => EligibilityDto) eligibility?: EligibilityDto;
}

export class CreateAwardTypeDto extends AwardTypeBodyDto {
  @Describe({ example: 'GIAY_KHEN_SNV' })
  @IsString() @Matches(AWARD_CODE_PATTERN, codeMessage) code!: string;
}

export class ReplaceAwardTypeDto extends AwardTypeBodyDto {
  @Describe({ description: 'Optional, so a GET body can be sent back as it is; it must match the path' })
  @OptionalField() @IsString() code?: string;
}
