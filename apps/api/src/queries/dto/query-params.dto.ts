import { Transform, TransformFnParams, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { NominationStatus, STAGE_KINDS, StageKind, TERMINAL_STATUSES } from '#ktf/domain';

export const NOMINATION_STATUSES: NominationStatus[] = ['draft', 'in_progress', ...TERMINAL_STATUSES];
const AWARD_CODE = /^[A-Z0-9_]{2,40}$/;

/** Query strings carry text: only the words true and false are booleans, anything else is a 400. */
const toBoolean = ({ value }: TransformFnParams): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class PageQueryDto {
  /** `nextCursor` of the previous page, unchanged. */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(2000)
  cursor?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}

export class NominationListQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(STAGE_KINDS)
  stage?: StageKind;

  @IsOptional() @IsIn(NOMINATION_STATUSES)
  status?: NominationStatus;

  @IsOptional() @IsUUID()
  unitId?: string;

  @IsOptional() @IsString() @Matches(AWARD_CODE, { message: 'awardCode must be a catalog code such as BANG_KHEN_CT_UBND' })
  awardCode?: string;

  /** DESIGN §5 spells the filter `awardType`; both names are accepted. */
  @IsOptional() @IsString() @Matches(AWARD_CODE, { message: 'awardType must be a catalog code such as BANG_KHEN_CT_UBND' })
  awardType?: string;

  @IsOptional() @IsUUID()
  campaignId?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @IsOptional() @Transform(toBoolean) @IsBoolean()
  overdue?: boolean;

  /** Part of the nominee's name, with or without diacritics. */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  q?: string;
}

export class InboxQueryDto extends PageQueryDto {}

export class AwardQueryDto extends PageQueryDto {
  /** Part of a person's (or collective's) name, with or without diacritics. */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  person?: string;

  @IsOptional() @IsUUID()
  unitId?: string;

  @IsOptional() @IsString() @Matches(AWARD_CODE, { message: 'awardCode must be a catalog code such as BANG_KHEN_CT_UBND' })
  awardCode?: string;

  /** The registry may hold records imported from before the service existed. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1945) @Max(2100)
  year?: number;
}
