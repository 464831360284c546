import { STAGE_KINDS } from '#ktf/domain';
import { EnumField, InstantField, IntField, ListOf, NumberField, ObjectField } from '../openapi/response-fields';

export class StatsPeriod {
  @InstantField() from!: string;
  @InstantField() to!: string;
}

export class StageLoad {
  @EnumField(STAGE_KINDS) stage!: string;
  @IntField() open!: number;
  @IntField() overdue!: number;
}

export class StatsTotals {
  @IntField() open!: number;
  @IntField() overdue!: number;
}

export class StageWorkingDays {
  @EnumField(STAGE_KINDS) stage!: string;
  @IntField({ description: 'Stage visits closed in the period' }) visits!: number;
  @NumberField({ nullable: true }) median!: number | null;
  @NumberField({ nullable: true }) p90!: number | null;
}

export class StatsResponse {
  @ObjectField(StatsPeriod) period!: StatsPeriod;
  @ListOf(StageLoad, { description: 'Open nominations per stage now' }) stages!: StageLoad[];
  @ObjectField(StatsTotals) totals!: StatsTotals;
  @IntField({ description: 'Stage visits closed in the period that had a deadline' }) closedWithDeadline!: number;
  @IntField({ description: '…of which closed by it' }) onTime!: number;
  @NumberField({ nullable: true, minimum: 0, maximum: 1, example: 0.989 }) onTimeRate!: number | null;
  @ListOf(StageWorkingDays, { description: 'Working days spent per stage visit closed in the period' }) workingDaysPerStage!: StageWorkingDays[];
}
