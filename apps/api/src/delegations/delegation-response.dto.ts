import { DELEGATION_KINDS } from '#ktf/domain';
import { DateField, EnumField, IdField, InstantField, TextField } from '../openapi/response-fields';

/** A delegation of signing authority (ký thay / ký thừa lệnh) for a period. */
export class DelegationResponse {
  @IdField() id!: string;
  @EnumField(DELEGATION_KINDS) kind!: string;
  @TextField('UBND', { description: 'The authority lent' }) authority!: string;
  @IdField() principalId!: string;
  @TextField('Nguyễn Cao Sơn') principalName!: string;
  @IdField() delegateId!: string;
  @TextField('Phạm Văn Phó') delegateName!: string;
  @TextField('CHỦ TỊCH') principalTitle!: string;
  @TextField('PHÓ CHỦ TỊCH') delegateTitle!: string;
  @TextField('KT. CHỦ TỊCH', { description: 'First signature line' }) heading!: string;
  @DateField() validFrom!: string;
  @DateField() validTo!: string;
  @TextField('Chủ tịch đi công tác', { nullable: true }) reason!: string | null;
  @IdField() createdBy!: string;
  @InstantField() createdAt!: string;
  @InstantField({ nullable: true }) revokedAt!: string | null;
  @IdField({ nullable: true }) revokedBy!: string | null;
}
