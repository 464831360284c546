import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AUTHORITY_PATTERN, ROLES, type Role } from '#ktf/domain';
import { Describe } from '../validation/describe';
import { OnlyWhen, OptionalField } from '../validation/field-presence';

export class CreateUnitDto {
  @Describe({ example: 'SO-NOI-VU' })
  @IsString() @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code must be 2–40 of A–Z, 0–9, _ and - (e.g. SO-NOI-VU)' }) code!: string;
  @Describe({ example: 'Sở Nội vụ' })
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @Describe({ description: 'office, department, commune, ward, school… (free, lower-case)', example: 'department' })
  @IsString() @Matches(/^[a-z][a-z_]{1,39}$/, { message: 'kind must be a lower-case word such as office, department, commune, ward, school' }) kind!: string;
  @Describe({ description: 'The unit this one belongs to' })
  @OptionalField() @IsUUID() parentId?: string;
}

/** What describes a user, whether added or replaced. */
class UserBodyDto {
  @Describe({ example: 'Trần Văn Nam' })
  @IsString() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @IsUUID() unitId!: string;
  @Describe({ example: ['appraiser'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(7) @ArrayUnique() @IsIn(ROLES, { each: true, message: `roles may only contain ${ROLES.join(', ')}` }) roles!: Role[];
  @Describe({ example: 'tvnam@snv.example.gov.vn' })
  @OptionalField() @IsEmail() @MaxLength(320) email?: string;
  @Describe({ description: 'Signers only: the authority whose decisions they sign (UBND, or a unit code for a unit head)', example: 'UBND' })
  @OptionalField() @IsString() @Matches(AUTHORITY_PATTERN, { message: 'signerAuthority must be 1–40 of A–Z, 0–9, _ or -' }) signerAuthority?: string;
}

export class CreateUserDto extends UserBodyDto {
  @Describe({ example: 'chuyenvien.snv' })
  @IsString() @Matches(/^[a-z0-9][a-z0-9._-]{2,59}$/, { message: 'username must be 3–60 of a–z, 0–9, ., _ and -' }) username!: string;
}

/** PUT /users/{id}: everything but the username, whole (a field left out is cleared). */
export class ReplaceUserDto extends UserBodyDto {
  @Describe({ description: 'False deactivates the user: no sign-in, their sessions end, no council seat. Never deleted.', example: true })
  @IsBoolean() active!: boolean;
}

export class UserListQuery {
  @OptionalField() @IsUUID() unitId?: string;
  @OptionalField() @IsIn(ROLES) role?: Role;
}

export class CreateCouncilDto {
  @Describe({ example: 'HD-TDKT-SNV' })
  @IsString() @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code must be 2–40 of A–Z, 0–9, _ and - (e.g. HD-TDKT-TINH)' }) code!: string;
  @Describe({ example: 'Hội đồng Thi đua - Khen thưởng Sở Nội vụ' })
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @Describe({ example: 'unit' })
  @IsIn(['province', 'unit']) level!: 'province' | 'unit';
  @Describe({ description: 'The unit whose own council this is: given exactly when level is unit' })
  @OnlyWhen('level', ['unit']) @IsUUID() unitId?: string;
}

export class CouncilMembersDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique() @IsUUID('all', { each: true }) memberIds!: string[];
}
