import { EnumField, IdField, InstantField, ListField, TextField } from '../openapi/response-fields';

/** A numbered decision (quyết định), or a submission (tờ trình) to the central level. */
export class DecisionResponse {
  @IdField() id!: string;
  @TextField('12/QĐ-UBND', { description: '<sequence>/QĐ-<authority>, gap-free per authority and year' }) number!: string;
  @EnumField(['decision', 'submission']) kind!: string;
  @TextField('UBND') authority!: string;
  @InstantField() signedAt!: string;
  @IdField() signerId!: string;
  @ListField({ type: 'string', format: 'uuid' }) nominationIds!: string[];
  @EnumField(['numbered', 'signed']) status!: string;
}
