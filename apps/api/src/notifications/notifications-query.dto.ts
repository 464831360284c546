import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsCursor } from '../validation/cursor';
import { OptionalField } from '../validation/field-presence';

export class NotificationsQuery {
  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  @OptionalField() @IsCursor() cursor?: string;
}
