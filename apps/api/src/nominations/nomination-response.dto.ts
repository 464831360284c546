import { NOMINATION_ACTIONS, NominationAction, ROLES, STAGE_KINDS, TERMINAL_STATUSES } from '#ktf/domain';
import {
  BoolField,
  EnumField,
  IdField,
  InstantField,
  IntField,
  JsonField,
  ListField,
  ListOf,
  ObjectField,
  TextField,
} from '../openapi/response-fields';
import { NomineeDto } from './dto/create-nomination.dto';

export const NOMINATION_STATUS_VALUES = ['draft', 'in_progress', ...TERMINAL_STATUSES] as const;

export class PipelineRef {
  @TextField('provincial') code!: string;
  @IntField({ example: 1, nullable: true }) version!: number | null;
}

/** Who has voted is public; how anyone voted never is. */
export class CouncilProgress {
  @IntField({ example: 5 }) members!: number;
  @IntField({ example: 0 }) recused!: number;
  @ListField({ type: 'string', format: 'uuid' }, { description: 'Who holds a seat on this review (a reassigned vote changes seat)' }) memberIds!: string[];
  @ListField({ type: 'string', format: 'uuid' }) votedMemberIds!: string[];
  @ListField({ type: 'string', format: 'uuid' }, { description: 'Members of the nominating unit, who do not vote on it' }) recusedMemberIds!: string[];
}

/** The tally: whole for the council secretary, reviewers downstream and auditors; otherwise only `passed`. */
export class TallyView {
  @IntField({ required: false }) members?: number;
  @IntField({ required: false }) recused?: number;
  @IntField({ required: false }) eligible?: number;
  @IntField({ required: false, description: 'Took part in the session (a ballot, not a written opinion)' }) present?: number;
  @IntField({ required: false, description: 'Written opinions of absent members' }) written?: number;
  @IntField({ required: false }) agree?: number;
  @IntField({ required: false }) disagree?: number;
  @IntField({ required: false }) abstain?: number;
  @IntField({ required: false }) base?: number;
  @IntField({ required: false, description: 'Smallest number of agree votes that passes' }) required?: number;
  @IntField({ required: false }) quorumRequired?: number;
  @BoolField({ required: false }) quorumMet?: boolean;
  @BoolField({ required: false }) passed?: boolean;
  @JsonField({ required: false, description: 'The vote rule pinned when the stage opened' }) rule?: Record<string, unknown>;
}

export class DecisionRef {
  @IdField({ nullable: true, description: 'null for a decision taken at the central level' }) id!: string | null;
  @TextField('12/QĐ-UBND') number!: string;
}

/** Something a person did on the nomination, labelled for display. */
export class PersonActionView {
  @TextField('vote_cast') action!: string;
  @TextField('Thành viên Hội đồng biểu quyết') labelVi!: string;
  @TextField('Council member voted') labelEn!: string;
  @IdField() actorId!: string;
  @TextField('Nguyễn Cao Sơn', { nullable: true }) actorName!: string | null;
  @EnumField(ROLES, { nullable: true }) role!: string | null;
  @InstantField() at!: string;
  @EnumField(STAGE_KINDS, { nullable: true }) stageBefore!: string | null;
  @EnumField(STAGE_KINDS, { nullable: true }) stageAfter!: string | null;
}

export class NominationResponse {
  @IdField() id!: string;
  @TextField('nomination-0b8a8f5e-3c1d-4e4f-9a57-2f0f4d2b6c11') workflowId!: string;
  @TextField('BANG_KHEN_CT_UBND') awardCode!: string;
  @IdField() unitId!: string;
  @EnumField(['individual', 'collective']) subject!: string;
  @ObjectField(NomineeDto) nominee!: NomineeDto;
  @TextField('Hoàn thành xuất sắc nhiệm vụ năm 2026') achievements!: string;
  @IntField({ example: 2026 }) year!: number;
  @IdField({ nullable: true }) campaignId!: string | null;
  @EnumField(NOMINATION_STATUS_VALUES) status!: string;
  @EnumField(STAGE_KINDS, { nullable: true, description: 'null once the nomination has ended' }) stage!: string | null;
  @InstantField({ nullable: true }) stageOpenedAt!: string | null;
  @InstantField({ nullable: true }) dueAt!: string | null;
  @BoolField() overdue!: boolean;
  @IntField({ nullable: true, description: 'Working days until dueAt on the Vietnamese calendar (negative when overdue)' }) workingDaysLeft!: number | null;
  @InstantField({ nullable: true }) breachedAt!: string | null;
  @ObjectField(PipelineRef, { nullable: true }) pipeline!: PipelineRef | null;
  @ObjectField(CouncilProgress, { nullable: true, description: 'In council review only' }) council!: CouncilProgress | null;
  @IdField({ nullable: true, description: 'The appraiser the appraisal is named to (after a reassignment); null: every appraiser holds it' }) appraiserId!: string | null;
  @ObjectField(TallyView, { nullable: true }) tally!: TallyView | null;
  @ObjectField(DecisionRef, { nullable: true }) decision!: DecisionRef | null;
  @ListOf(PersonActionView) actions!: PersonActionView[];
  @ListField({ type: 'string', enum: [...NOMINATION_ACTIONS] }, { description: 'What the caller may do now' }) allowedActions!: NominationAction[];
  @IntField({ description: 'The number of the last transition (grows with every change)' }) transition!: number;
  @InstantField() createdAt!: string;
  @InstantField() updatedAt!: string;
}

/** One event of the nomination's audit chain. */
export class HistoryEvent {
  @IntField({ example: 1 }) sequence!: number;
  @InstantField() occurredAt!: string;
  @TextField(undefined, { nullable: true }) actorId!: string | null;
  @TextField('Nguyễn Thị Lan', { nullable: true }) actorName!: string | null;
  @TextField('unit_officer', { nullable: true }) actorRole!: string | null;
  @TextField('submitted') action!: string;
  @TextField('Đơn vị trình hồ sơ') labelVi!: string;
  @TextField('Submitted by the unit') labelEn!: string;
  @TextField('unit_proposal', { nullable: true }) stageBefore!: string | null;
  @TextField('council_review', { nullable: true }) stageAfter!: string | null;
  @TextField(undefined, { nullable: true }) reason!: string | null;
  @JsonField({ nullable: true }) payload!: Record<string, unknown> | null;
  @TextField(undefined, { nullable: true }) workflowId!: string | null;
  @TextField(undefined, { nullable: true }) runId!: string | null;
  @TextField(undefined, { description: 'SHA-256 of the event and the previous hash (hex)' }) hash!: string;
}

/** Someone a pending task may pass to (GET …/reassignment-candidates): the reassignment would be accepted. */
export class ReassignmentCandidate {
  @IdField() id!: string;
  @TextField('Phan Thị Bích') fullName!: string;
  @IdField() unitId!: string;
}
