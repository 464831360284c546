import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class MemberCountsDto {
  @IsInt() @Min(1) total!: number;
  @IsOptional() @IsInt() @Min(0) ldtt?: number;
  @IsOptional() @IsInt() @Min(0) cstdCoSo?: number;
  @IsOptional() @IsInt() @Min(0) disciplined?: number;
}

export class NomineeDto {
  @IsIn(['individual', 'collective']) kind!: 'individual' | 'collective';
  /** Person's full name, or the collective's name, with Vietnamese diacritics. */
  @IsString() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @IsOptional() @IsString() @MaxLength(200) position?: string;
  @IsOptional() @IsString() @MaxLength(200) workplace?: string;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MemberCountsDto) memberCounts?: MemberCountsDto;
}

/** A draft's editable content (the award type is fixed at creation). */
export class UpdateDraftDto {
  @IsOptional() @IsObject() @ValidateNested() @Type(() => NomineeDto)
  nominee?: NomineeDto;

  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(20000)
  achievements?: string;

  @IsOptional() @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @IsOptional() @IsUUID()
  campaignId?: string;
}

export class CreateNominationDto {
  @IsString() @Matches(/^[A-Z0-9_]{2,40}$/, { message: 'awardCode must be a catalog code such as BANG_KHEN_CT_UBND' })
  awardCode!: string;

  @IsObject() @ValidateNested() @Type(() => NomineeDto)
  nominee!: NomineeDto;

  @IsString() @IsNotEmpty() @MaxLength(20000)
  achievements!: string;

  /** The year the achievements belong to (defaults to the current year). */
  @IsOptional() @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @IsOptional() @IsUUID()
  campaignId?: string;

  /** false keeps a draft; the default submits at once. */
  @IsOptional() @IsBoolean()
  submit?: boolean;
}
