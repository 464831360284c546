import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import type { VoteChoice } from '#ktf/domain';

export class CreateCouncilSessionDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ArrayUnique() @IsUUID('all', { each: true }) nominationIds!: string[];
  /** When voting closes (the tally then uses the ballots cast); default: each stage's own SLA. */
  @IsOptional() @IsISO8601({ strict: true }) votingDeadline?: string;
}

export class BallotDto {
  @IsUUID() nominationId!: string;
  @IsIn(['agree', 'disagree', 'abstain']) choice!: VoteChoice;
}

export class SessionVotesDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => BallotDto) votes!: BallotDto[];
}

export class AbsentOpinionDto {
  @IsUUID() memberId!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => BallotDto) votes!: BallotDto[];
}
