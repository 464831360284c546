import { EnumField, IdField, InstantField, ListField, ObjectField, TextField } from '../openapi/response-fields';

/**
 * How the decision was signed: directly by the holder of the authority, or under a delegation,
 * with both people and the signature lines as they stood at signing (Nghị định 30/2020).
 */
export class DecisionSignatureResponse {
  @EnumField(['direct', 'KT', 'TL']) capacity!: string;
  @IdField({ nullable: true, description: 'The delegation signed under (null when direct)' }) delegationId!: string | null;
  @IdField({ nullable: true, description: 'Whose authority: the head (the signer themself when direct)' }) signedForId!: string | null;
  @TextField('Nguyễn Cao Sơn', { nullable: true }) signedForName!: string | null;
  @TextField('Phạm Văn Phó', { nullable: true, description: 'Who actually signed' }) signerName!: string | null;
  @TextField('KT. CHỦ TỊCH', { nullable: true, description: 'First signature line under a delegation (null when direct)' }) heading!: string | null;
  @TextField('PHÓ CHỦ TỊCH', { nullable: true, description: 'Second signature line under a delegation (null when direct)' }) title!: string | null;
}

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
  @ObjectField(DecisionSignatureResponse) signature!: DecisionSignatureResponse;
}
