import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { DELEGATION_KINDS, DelegationKind } from '#ktf/domain';
import { Describe } from '../validation/describe';
import { OptionalField } from '../validation/field-presence';
import { NotBlank } from '../validation/not-blank';
import { IsCalendarDate } from '../validation/time-formats';

export class CreateDelegationDto {
  @Describe({ description: 'KT. (ký thay: a deputy signs on behalf of the head) or TL. (thừa lệnh: the office chief signs by order)', example: 'KT' })
  @IsIn(DELEGATION_KINDS) kind!: DelegationKind;
  @Describe({ description: 'Who will sign: a user holding the signer role' })
  @IsUUID() delegateId!: string;
  @Describe({ description: 'Whose authority is lent (admins only; a signer always lends their own)' })
  @OptionalField() @IsUUID() principalId?: string;
  @Describe({ description: 'First day in force (Vietnam time), inclusive', example: '2026-12-01' })
  @IsCalendarDate() validFrom!: string;
  @Describe({ description: 'Last day in force (Vietnam time), inclusive; not before validFrom', example: '2026-12-31' })
  @IsCalendarDate() validTo!: string;
  @Describe({ description: 'Title of the head on the first signature line (default CHỦ TỊCH)', example: 'CHỦ TỊCH' })
  @OptionalField() @IsString() @NotBlank() @MaxLength(100) principalTitle?: string;
  @Describe({ description: 'Title of the person who signs (default PHÓ CHỦ TỊCH for KT., CHÁNH VĂN PHÒNG for TL.)', example: 'PHÓ CHỦ TỊCH' })
  @OptionalField() @IsString() @NotBlank() @MaxLength(100) delegateTitle?: string;
  @Describe({ description: 'Why (e.g. đi công tác, nghỉ phép)', example: 'Chủ tịch đi công tác nước ngoài' })
  @OptionalField() @IsString() @NotBlank() @MaxLength(500) reason?: string;
}

export class DelegationQuery {
  @Describe({ description: 'Only delegations in force on this day (Vietnam time)', example: '2026-12-15' })
  @OptionalField() @IsCalendarDate() activeOn?: string;
}
