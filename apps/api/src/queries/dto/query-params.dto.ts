import { Transform, TransformFnParams, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { NominationStatus, STAGE_KINDS, StageKind, TERMINAL_STATUSES } from '#ktf/domain';
import { Describe } from '../../validation/describe';
import { IsCursor } from '../../validation/cursor';
import { OptionalField } from '../../validation/field-presence';

export const NOMINATION_STATUSES: NominationStatus[] = ['draft', 'in_progress', ...TERMINAL_STATUSES];
const AWARD_CODE = /^[A-Z0-9_]{2,40}$/;

/** Query strings carry text: only the words true and false are booleans, anything else is a 400. */
const toBoolean = ({ value }: TransformFnParams): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class PageQueryDto {
  @Describe({ description: 'The nextCursor of the previous page, unchanged' })
  @OptionalField() @IsCursor()
  cursor?: string;

  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}

export class NominationListQueryDto extends PageQueryDto {
  @OptionalField() @IsIn(STAGE_KINDS)
  stage?: StageKind;

  @OptionalField() @IsIn(NOMINATION_STATUSES)
  status?: NominationStatus;

  @OptionalField() @IsUUID()
  unitId?: string;

  @OptionalField() @IsString() @Matches(AWARD_CODE, { message: 'awardCode must be a catalog code such as BANG_KHEN_CT_UBND' })
  awardCode?: string;

  @Describe({ description: 'Another name of awardCode (DESIGN §5 spells it so); give one, or the same value' })
  @OptionalField() @IsString() @Matches(AWARD_CODE, { message: 'awardType must be a catalog code such as BANG_KHEN_CT_UBND' })
  awardType?: string;

  @OptionalField() @IsUUID()
  campaignId?: string;

  @OptionalField() @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @OptionalField() @Transform(toBoolean) @IsBoolean()
  overdue?: boolean;

  @Describe({ description: 'Part of the nominee’s name, with or without diacritics', example: 'Nguyễn Thị Hoa' })
  @OptionalField() @IsString() @IsNotEmpty() @MaxLength(200)
  q?: string;
}

export class InboxQueryDto extends PageQueryDto {}

export class AwardQueryDto extends PageQueryDto {
  @Describe({ description: 'Part of a person’s (or collective’s) name, with or without diacritics', example: 'nguyen thi hoa' })
  @OptionalField() @IsString() @IsNotEmpty() @MaxLength(200)
  person?: string;

  @OptionalField() @IsUUID()
  unitId?: string;

  @OptionalField() @IsString() @Matches(AWARD_CODE, { message: 'awardCode must be a catalog code such as BANG_KHEN_CT_UBND' })
  awardCode?: string;

  @Describe({ description: 'The registry may hold records imported from before the service existed' })
  @OptionalField() @Type(() => Number) @IsInt() @Min(1945) @Max(2100)
  year?: number;
}
