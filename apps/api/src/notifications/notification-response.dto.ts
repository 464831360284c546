import { BoolField, IdField, InstantField, ListOf, TextField } from '../openapi/response-fields';

export class NotificationView {
  @IdField() id!: string;
  @TextField('action_required', { description: 'What the notice is about (action_required, reminder, escalation, result…)' }) kind!: string;
  @TextField('Hồ sơ chờ Hội đồng biểu quyết') title!: string;
  @TextField('Hồ sơ đề nghị khen thưởng Nguyễn Thị Hoa đang chờ ý kiến của đồng chí.') body!: string;
  @IdField({ nullable: true }) nominationId!: string | null;
  @IdField({ nullable: true }) campaignId!: string | null;
  @InstantField() createdAt!: string;
  @BoolField() read!: boolean;
  @TextField('not_sent', { description: 'Whether it was also emailed (only with SMTP configured)' }) email!: string;
}

export class NotificationPage {
  @ListOf(NotificationView) items!: NotificationView[];
  @TextField(undefined, { nullable: true, description: 'Pass it as `cursor` for the next page; null on the last page' }) nextCursor!: string | null;
}
