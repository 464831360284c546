import { EnumField, IdField, InstantField, IntField, ListField, ListOf, TextField } from '../openapi/response-fields';

export class CampaignResponse {
  @IdField() id!: string;
  @TextField('Đợt thi đua chào mừng kỷ niệm 80 năm Quốc khánh') name!: string;
  @ListField({ type: 'string' }, { example: ['BANG_KHEN_CT_UBND'] }) awardCodes!: string[];
  @ListField({ type: 'string', format: 'uuid' }) unitIds!: string[];
  @InstantField() intakeDeadline!: string;
  @ListField({ type: 'integer' }, { example: [5, 2, 0] }) reminderOffsets!: number[];
  @EnumField(['open', 'closed'], { description: 'closed once the intake deadline has passed' }) status!: string;
  @TextField('campaign-5b0c2f4e-8d1a-4c1e-9f8a-3c2b1a0f9e8d') workflowId!: string;
  @InstantField() createdAt!: string;
  @InstantField({ nullable: true }) closedAt!: string | null;
}

/** How many nominations an addressed unit has sent. */
export class UnitIntake {
  @IdField() unitId!: string;
  @TextField('VP-UBND') unitCode!: string;
  @TextField('Văn phòng UBND tỉnh') unitName!: string;
  @IntField({ description: 'Drafts included' }) nominations!: number;
  @IntField() submitted!: number;
}

export class CampaignWithIntake extends CampaignResponse {
  @ListOf(UnitIntake) units!: UnitIntake[];
}
