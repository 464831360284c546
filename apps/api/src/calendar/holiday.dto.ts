import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class HolidayYearQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

export class HolidayDto {
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' }) date!: string;
  @IsIn(['holiday', 'working_saturday']) kind!: 'holiday' | 'working_saturday';
  @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @IsOptional() @IsBoolean() estimated?: boolean;
}
