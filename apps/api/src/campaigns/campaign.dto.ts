import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class CreateCampaignDto {
  @IsString() @IsNotEmpty() @MaxLength(300) name!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ArrayUnique() @Matches(/^[A-Z0-9_]{2,40}$/, { each: true }) awardCodes!: string[];
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ArrayUnique() @IsUUID('all', { each: true }) unitIds!: string[];
  /** An instant, or a date (YYYY-MM-DD) meaning the end of that day in Asia/Ho_Chi_Minh. */
  @IsISO8601({ strict: true }) intakeDeadline!: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(0, { each: true }) @Max(60, { each: true }) reminderOffsets?: number[];
}

export class ExtendCampaignDto {
  @IsISO8601({ strict: true }) intakeDeadline!: string;
  @IsString() @IsNotEmpty() @MaxLength(4000) reason!: string;
}
