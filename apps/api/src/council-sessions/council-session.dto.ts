import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';
import type { VoteChoice } from '#ktf/domain';
import { Describe } from '../validation/describe';
import { OptionalField } from '../validation/field-presence';
import { IsInstant } from '../validation/time-formats';

export class CreateCouncilSessionDto {
  @Describe({ description: 'Nominations on the agenda, each in council review' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ArrayUnique() @IsUUID('all', { each: true }) nominationIds!: string[];
  @Describe({ description: 'When voting closes (the tally then uses the ballots cast); default: each stage’s own SLA', example: '2026-12-15T17:00:00+07:00' })
  @OptionalField() @IsInstant() votingDeadline?: string;
}

export class BallotDto {
  @IsUUID() nominationId!: string;
  @Describe({ example: 'agree' })
  @IsIn(['agree', 'disagree', 'abstain']) choice!: VoteChoice;
}

export class SessionVotesDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => BallotDto) votes!: BallotDto[];
}

export class AbsentOpinionDto {
  @Describe({ description: 'The absent member whose written opinion (ý kiến bằng văn bản) this is' })
  @IsUUID() memberId!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => BallotDto) votes!: BallotDto[];
}

export class CouncilSessionListQuery {
  @Describe({ description: 'Only sessions in this state', example: 'open' })
  @OptionalField() @IsIn(['open', 'closed']) status?: 'open' | 'closed';
}
