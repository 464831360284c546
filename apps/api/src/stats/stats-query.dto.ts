import { Describe } from '../validation/describe';
import { OptionalField } from '../validation/field-presence';
import { IsInstantOrDate } from '../validation/time-formats';

export class StatsQuery {
  @Describe({ description: 'Start of the period (default: 1 January, Vietnam time). An instant, or a date (its start, UTC)', example: '2026-01-01' })
  @OptionalField() @IsInstantOrDate() from?: string;
  @Describe({ description: 'End of the period (default: now), after from' })
  @OptionalField() @IsInstantOrDate() to?: string;
}
