import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { VoteChoice } from '#ktf/domain';

export class VoteDto {
  @IsIn(['agree', 'disagree', 'abstain']) choice!: VoteChoice;
}

export class AppraisalDto {
  @IsIn(['approve', 'supplement', 'reject']) decision!: 'approve' | 'supplement' | 'reject';
  @IsOptional() @IsString() @MaxLength(4000) reason?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(1000, { each: true }) items?: string[];
  /** Required to approve when a system check failed: why the appraiser approves anyway (audited). */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(4000) override?: string;
}

export class ReasonDto {
  @IsOptional() @IsString() @MaxLength(4000) reason?: string;
}

export class SupplementDto {
  @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class ReturnDto {
  @IsString() @IsNotEmpty() @MaxLength(4000) comment!: string;
}

export class ExternalDecisionDto {
  @IsIn(['awarded', 'refused']) outcome!: 'awarded' | 'refused';
  @IsOptional() @IsString() @MaxLength(100) decisionNumber?: string;
  @IsOptional() @IsString() @MaxLength(4000) reason?: string;
}

export class DeadlineDto {
  /** A new due instant (ISO 8601), or… */
  @IsOptional() @IsISO8601({ strict: true }) dueAt?: string;
  /** …a number of working days after the current due date. */
  @IsOptional() @IsInt() @Min(1) @Max(250) extendByWorkingDays?: number;
  @IsString() @IsNotEmpty() @MaxLength(4000) reason!: string;
}
