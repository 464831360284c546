import { Type } from 'class-transformer';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Describe } from '../validation/describe';
import { OptionalField } from '../validation/field-presence';

export class AwardsReportQuery {
  @Describe({ description: 'The year of the awards (năm khen thưởng)', example: 2026 })
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}

export class NominationsReportQuery {
  @Describe({ description: 'Only nominations for this year', example: 2026 })
  @OptionalField() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @Describe({ description: 'Only nominations of this unit' })
  @OptionalField() @IsUUID() unitId?: string;
}
