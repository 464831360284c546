import { BoolField, DateField, EnumField, IntField, ListOf, TextField } from '../openapi/response-fields';

export class CalendarDayView {
  @DateField({ example: '2026-09-02' }) date!: string;
  @EnumField(['holiday', 'working_saturday']) kind!: string;
  @TextField('Quốc khánh') name!: string;
  @BoolField({ description: 'A lunar-calendar date not yet announced officially' }) estimated!: boolean;
}

export class HolidayYear {
  @IntField({ example: 2026 }) year!: number;
  @ListOf(CalendarDayView) days!: CalendarDayView[];
}
