import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Describe } from '../validation/describe';
import { OptionalField } from '../validation/field-presence';
import { NotBlank } from '../validation/not-blank';
import { IsInstantOrDate } from '../validation/time-formats';

const DEADLINE = 'An instant, or a date (YYYY-MM-DD) meaning the end of that day in Asia/Ho_Chi_Minh';

export class CreateCampaignDto {
  @Describe({ example: 'Đợt thi đua chào mừng kỷ niệm 80 năm Quốc khánh' })
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @Describe({ example: ['BANG_KHEN_CT_UBND', 'CSTD_TINH'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ArrayUnique() @Matches(/^[A-Z0-9_]{2,40}$/, { each: true }) awardCodes!: string[];
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ArrayUnique() @IsUUID('all', { each: true }) unitIds!: string[];
  @Describe({ description: `${DEADLINE}; in the future`, example: '2026-12-31' })
  @IsInstantOrDate() intakeDeadline!: string;
  @Describe({ description: 'Reminders, in working days before the deadline', example: [5, 2, 0] })
  @OptionalField() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(0, { each: true }) @Max(60, { each: true }) reminderOffsets?: number[];
}

export class ExtendCampaignDto {
  @Describe({ description: `${DEADLINE}; later than the current one`, example: '2027-01-15' })
  @IsInstantOrDate() intakeDeadline!: string;
  @Describe({ example: 'Gia hạn theo đề nghị của các đơn vị' })
  @IsString() @NotBlank() @MaxLength(4000) reason!: string;
}
