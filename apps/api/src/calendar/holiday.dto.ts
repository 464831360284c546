import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Describe } from '../validation/describe';
import { OptionalField } from '../validation/field-presence';
import { NotBlank } from '../validation/not-blank';
import { IsCalendarDate } from '../validation/time-formats';

export class HolidayYearQuery {
  @Describe({ example: 2026 })
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

export class HolidayDto {
  @Describe({ example: '2026-09-02' })
  @IsCalendarDate() date!: string;
  @Describe({ description: 'A day off, or a Saturday worked to make up for a bridged day', example: 'holiday' })
  @IsIn(['holiday', 'working_saturday']) kind!: 'holiday' | 'working_saturday';
  @Describe({ example: 'Quốc khánh' })
  @IsString() @NotBlank() @MaxLength(200) name!: string;
  @Describe({ description: 'A lunar-calendar date not yet announced officially', example: false })
  @OptionalField() @IsBoolean() estimated?: boolean;
}
