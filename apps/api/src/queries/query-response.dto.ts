import { NOMINATION_ACTIONS, NominationAction, STAGE_KINDS } from '#ktf/domain';
import { NOMINATION_STATUS_VALUES } from '../nominations/nomination-response.dto';
import { BoolField, EnumField, IdField, InstantField, IntField, ListField, ListOf, ObjectField, TextField } from '../openapi/response-fields';

const NEXT_CURSOR = { nullable: true, description: 'Pass it as `cursor` for the next page; null on the last page' };

/** The compact list item: enough to render a row and link to GET /nominations/{id}. */
export class NominationSummary {
  @IdField() id!: string;
  @TextField('BANG_KHEN_CT_UBND') awardCode!: string;
  @EnumField(['individual', 'collective']) subject!: string;
  @TextField('Nguyễn Thị Hoa') nomineeName!: string;
  @IdField() unitId!: string;
  @EnumField(NOMINATION_STATUS_VALUES) status!: string;
  @EnumField(STAGE_KINDS, { nullable: true }) stage!: string | null;
  @InstantField({ nullable: true }) stageOpenedAt!: string | null;
  @InstantField({ nullable: true }) dueAt!: string | null;
  @BoolField() overdue!: boolean;
  @IntField({ example: 2026 }) year!: number;
  @IdField({ nullable: true }) campaignId!: string | null;
  @InstantField() createdAt!: string;
}

export class NominationPage {
  @ListOf(NominationSummary) items!: NominationSummary[];
  @TextField(undefined, NEXT_CURSOR) nextCursor!: string | null;
}

export class InboxItem extends NominationSummary {
  @IntField({ nullable: true, description: 'Working days until dueAt on the Vietnamese calendar (negative when overdue)' }) workingDaysLeft!: number | null;
  @ListField({ type: 'string', enum: [...NOMINATION_ACTIONS] }, { description: 'What the caller is expected to do' }) expectedActions!: NominationAction[];
  @ListField({ type: 'string', enum: [...NOMINATION_ACTIONS] }, { description: 'Everything the caller may do (withdrawing is allowed, never expected)' }) allowedActions!: NominationAction[];
}

export class InboxPage {
  @ListOf(InboxItem) items!: InboxItem[];
  @TextField(undefined, NEXT_CURSOR) nextCursor!: string | null;
}

export class DecisionNumberRef {
  @IdField({ nullable: true }) id!: string | null;
  @TextField('12/QĐ-UBND') number!: string;
}

/** An entry of the award registry (sổ khen thưởng). */
export class AwardRecordView {
  @IdField() id!: string;
  @IdField() nominationId!: string;
  @TextField('BANG_KHEN_CT_UBND') awardCode!: string;
  @TextField('Bằng khen của Chủ tịch UBND tỉnh', { nullable: true }) awardName!: string | null;
  @IntField({ example: 2026 }) year!: number;
  @EnumField(['individual', 'collective']) subject!: string;
  @TextField('Nguyễn Thị Hoa') nomineeName!: string;
  @IdField() unitId!: string;
  @TextField('Văn phòng UBND tỉnh', { nullable: true }) unitName!: string | null;
  @ObjectField(DecisionNumberRef) decision!: DecisionNumberRef;
  @InstantField() awardedAt!: string;
}

export class AwardPage {
  @ListOf(AwardRecordView) items!: AwardRecordView[];
  @TextField(undefined, NEXT_CURSOR) nextCursor!: string | null;
}
