import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateBy, ValidationOptions } from 'class-validator';
import { AUTHORITY_PATTERN, isRole, ROLES, type Role } from '#ktf/domain';

/** Each element is a role claim the tokens carry (`isRole`). */
function IsRoleEach(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isRoleEach', validator: { validate: (v: unknown) => Array.isArray(v) && v.every(isRole), defaultMessage: () => `roles may only contain ${ROLES.join(', ')}` } },
    options,
  );
}

export class CreateUnitDto {
  @IsString() @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code must be 2–40 of A–Z, 0–9, _ and - (e.g. SO-NOI-VU)' }) code!: string;
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  /** office, department, commune, ward, school… (free, lower-case). */
  @IsString() @Matches(/^[a-z][a-z_]{1,39}$/, { message: 'kind must be a lower-case word such as office, department, commune, ward, school' }) kind!: string;
  @IsOptional() @IsUUID() parentId?: string;
}

export class CreateUserDto {
  @IsString() @Matches(/^[a-z0-9][a-z0-9._-]{2,59}$/, { message: 'username must be 3–60 of a–z, 0–9, ., _ and -' }) username!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @IsUUID() unitId!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(7) @ArrayUnique() @IsRoleEach() roles!: Role[];
  @IsOptional() @IsEmail() @MaxLength(320) email?: string;
  /** The authority whose decisions a signer signs (UBND, or a unit code for a unit head). */
  @IsOptional() @IsString() @Matches(AUTHORITY_PATTERN, { message: 'signerAuthority must be 1–40 of A–Z, 0–9, _ or -' }) signerAuthority?: string;
}

export class UserListQuery {
  @IsOptional() @IsUUID() unitId?: string;
  @IsOptional() @IsIn(ROLES) role?: Role;
}

export class CreateCouncilDto {
  @IsString() @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code must be 2–40 of A–Z, 0–9, _ and - (e.g. HD-TDKT-TINH)' }) code!: string;
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsIn(['province', 'unit']) level!: 'province' | 'unit';
  /** Required for a unit's own council; absent for the provincial one. */
  @IsOptional() @IsUUID() unitId?: string;
}

export class CouncilMembersDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique() @IsUUID('all', { each: true }) memberIds!: string[];
}
