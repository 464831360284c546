import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  AUTHORITY_PATTERN,
  BREACH_ACTIONS,
  MAX_REMINDER_OFFSET,
  MAX_SLA_WORKING_DAYS,
  ROLES,
  STAGE_KINDS,
  type BreachAction,
  type Role,
  type StageKind,
} from '#ktf/domain';
import { Describe } from '../validation/describe';
import { OptionalField } from '../validation/field-presence';

/** Pipeline codes are lower-case kebab identifiers (`unit-level`, `provincial`, `central`). */
export const PIPELINE_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

export class StageDto {
  @Describe({ example: 'appraisal' })
  @IsIn(STAGE_KINDS, { message: `kind must be one of ${STAGE_KINDS.join(', ')}` }) kind!: StageKind;
  @Describe({ description: 'Deadline in working days; 0: none', example: 10 })
  @IsInt() @Min(0) @Max(MAX_SLA_WORKING_DAYS) slaWorkingDays!: number;
  @Describe({ description: 'Reminders, in working days before the due date (0 = on it)', example: [3, 1] })
  @OptionalField() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(0, { each: true }) @Max(MAX_REMINDER_OFFSET, { each: true })
  reminderOffsets?: number[];
  @IsIn(BREACH_ACTIONS) onBreach!: BreachAction;
  @OptionalField() @IsIn(['province', 'unit']) councilScope?: 'province' | 'unit';
  @OptionalField() @IsString() @Matches(AUTHORITY_PATTERN, { message: 'authority must be 1–40 of A–Z, 0–9, _ or - (e.g. UBND, or UNIT for the nominating unit)' })
  authority?: string;
  @OptionalField() @IsIn(['decision', 'submission']) produces?: 'decision' | 'submission';
  @OptionalField() @IsInt() @Min(0) @Max(MAX_SLA_WORKING_DAYS) supplementSlaWorkingDays?: number;
  @OptionalField() @IsIn(ROLES) escalateTo?: Role;
}

/** A new version of a pipeline: its whole definition (versions are never edited). */
export class PublishPipelineVersionDto {
  @Describe({ example: 'Quy trình khen thưởng cấp tỉnh' })
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(12) @ValidateNested({ each: true }) @Type(() => StageDto) stages!: StageDto[];
}
