import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { REASSIGN_REASON_MAX, REASSIGNABLE_TASKS, type ReassignableTask, type VoteChoice } from '#ktf/domain';
import { Describe } from '../../validation/describe';
import { ExclusiveWith, OptionalField, RequiredWhen } from '../../validation/field-presence';
import { NotBlank } from '../../validation/not-blank';
import { IsInstant } from '../../validation/time-formats';

export class VoteDto {
  @Describe({ description: 'Tán thành, không tán thành, or abstain', example: 'agree' })
  @IsIn(['agree', 'disagree', 'abstain']) choice!: VoteChoice;
}

export class AppraisalDto {
  @Describe({ example: 'approve' })
  @IsIn(['approve', 'supplement', 'reject']) decision!: 'approve' | 'supplement' | 'reject';
  @Describe({ description: 'Why; required to ask for a supplement or to reject', example: 'Hồ sơ đầy đủ, đúng quy định' })
  @RequiredWhen('decision', ['supplement', 'reject']) @IsString() @NotBlank() @MaxLength(4000) reason?: string;
  @Describe({ description: 'What the unit must add (supplement)', example: ['Bổ sung biên bản họp xét'] })
  @OptionalField() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(1000, { each: true }) items?: string[];
  @Describe({ description: 'Required to approve when a system check failed: why the appraiser approves anyway (audited)' })
  @OptionalField() @IsString() @IsNotEmpty() @MaxLength(4000) override?: string;
}

export class ReasonDto {
  @Describe({ example: 'Đơn vị rút hồ sơ để bổ sung thành tích' })
  @OptionalField() @IsString() @MaxLength(4000) reason?: string;
}

export class SupplementDto {
  @Describe({ example: 'Đã bổ sung biên bản họp xét' })
  @OptionalField() @IsString() @MaxLength(4000) note?: string;
}

export class ReturnDto {
  @Describe({ description: 'Why the signer returns it to appraisal', example: 'Đề nghị thẩm định lại thành tích' })
  @IsString() @NotBlank() @MaxLength(4000) comment!: string;
}

export class ExternalDecisionDto {
  @Describe({ description: 'What the central level decided', example: 'awarded' })
  @IsIn(['awarded', 'refused']) outcome!: 'awarded' | 'refused';
  @Describe({ description: 'The central decision’s number; required when awarded', example: '125/QĐ-TTg' })
  @RequiredWhen('outcome', ['awarded']) @IsString() @NotBlank() @MaxLength(100) decisionNumber?: string;
  @Describe({ description: 'Required when refused', example: 'Chưa đủ tiêu chuẩn theo Nghị định 152/2025/NĐ-CP' })
  @RequiredWhen('outcome', ['refused']) @IsString() @NotBlank() @MaxLength(4000) reason?: string;
}

/** Give exactly one of dueAt and extendByWorkingDays. */
export class DeadlineDto {
  @Describe({ description: 'The new due instant, later than the current one', example: '2026-12-31T17:00:00+07:00' })
  @ExclusiveWith('extendByWorkingDays') @IsInstant() dueAt?: string;
  @Describe({ description: 'Working days added to the current due date', example: 5 })
  @ExclusiveWith('dueAt') @IsInt() @Min(1) @Max(250) extendByWorkingDays?: number;
  @Describe({ description: 'Why (audited)', example: 'Hội đồng họp bổ sung theo chỉ đạo của Chủ tịch UBND tỉnh' })
  @IsString() @NotBlank() @MaxLength(4000) reason!: string;
}

export class ReassignDto {
  @Describe({ description: 'The pending task: a council member’s vote, or the appraisal', example: 'council_vote' })
  @IsIn([...REASSIGNABLE_TASKS]) task!: ReassignableTask;
  @Describe({ description: 'Who holds the task now (a user id); an admin, or this person, may pass it on' })
  @IsUUID() from!: string;
  @Describe({ description: 'Who takes it over (a user id): same role, same council, active, no other duty on this nomination' })
  @IsUUID() to!: string;
  @Describe({ description: 'Why (audited)', example: 'Nghỉ phép năm từ 01/12 đến 12/12' })
  @IsString() @NotBlank() @MaxLength(REASSIGN_REASON_MAX) reason!: string;
}

export class ReassignmentCandidatesQuery {
  @Describe({ description: 'The pending task to pass on', example: 'council_vote' })
  @IsIn([...REASSIGNABLE_TASKS]) task!: ReassignableTask;
}
