import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Describe } from '../../validation/describe';
import { OptionalField } from '../../validation/field-presence';

/** Members of a collective nominee, for the ratio checks of collective titles. */
export class MemberCountsDto {
  @Describe({ description: 'Members in total', example: 42 })
  @IsInt() @Min(1) @Max(1_000_000) total!: number;
  @Describe({ description: 'Members rated Lao động tiên tiến', example: 35 })
  @OptionalField() @IsInt() @Min(0) @Max(1_000_000) ldtt?: number;
  @Describe({ description: 'Members holding Chiến sĩ thi đua cơ sở', example: 6 })
  @OptionalField() @IsInt() @Min(0) @Max(1_000_000) cstdCoSo?: number;
  @Describe({ description: 'Members disciplined this year', example: 0 })
  @OptionalField() @IsInt() @Min(0) @Max(1_000_000) disciplined?: number;
}

export class NomineeDto {
  @Describe({ example: 'individual' })
  @IsIn(['individual', 'collective']) kind!: 'individual' | 'collective';
  @Describe({ description: 'The person’s full name, or the collective’s name, with Vietnamese diacritics', example: 'Nguyễn Thị Hoa' })
  @IsString() @IsNotEmpty() @MaxLength(200) fullName!: string;
  @Describe({ example: 'Chuyên viên' })
  @OptionalField() @IsString() @MaxLength(200) position?: string;
  @Describe({ example: 'Văn phòng UBND tỉnh' })
  @OptionalField() @IsString() @MaxLength(200) workplace?: string;
  @OptionalField() @IsObject() @ValidateNested() @Type(() => MemberCountsDto) memberCounts?: MemberCountsDto;
}

/** A draft's editable content (the award type is fixed at creation). */
export class UpdateDraftDto {
  @OptionalField() @IsObject() @ValidateNested() @Type(() => NomineeDto)
  nominee?: NomineeDto;

  @Describe({ example: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; sáng kiến cải cách thủ tục hành chính.' })
  @OptionalField() @IsString() @IsNotEmpty() @MaxLength(20000)
  achievements?: string;

  @Describe({ example: 2026 })
  @OptionalField() @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @OptionalField() @IsUUID()
  campaignId?: string;
}

export class CreateNominationDto {
  @Describe({ description: 'A code of the award catalog (GET /award-types)', example: 'BANG_KHEN_CT_UBND' })
  @IsString() @Matches(/^[A-Z0-9_]{2,40}$/, { message: 'awardCode must be a catalog code such as BANG_KHEN_CT_UBND' })
  awardCode!: string;

  @IsObject() @ValidateNested() @Type(() => NomineeDto)
  nominee!: NomineeDto;

  @Describe({ description: 'Thành tích: what the nominee achieved', example: 'Hoàn thành xuất sắc nhiệm vụ năm 2026; sáng kiến cải cách thủ tục hành chính.' })
  @IsString() @IsNotEmpty() @MaxLength(20000)
  achievements!: string;

  @Describe({ description: 'The year the achievements belong to (default: the current year)', example: 2026 })
  @OptionalField() @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @Describe({ description: 'The campaign (đợt phát động) this nomination answers, if any' })
  @OptionalField() @IsUUID()
  campaignId?: string;

  @Describe({ description: 'false keeps a draft; the default submits at once', example: true })
  @OptionalField() @IsBoolean()
  submit?: boolean;
}
