import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsString, validateSync } from 'class-validator';
import { ExclusiveWith, OnlyWhen, OptionalField, RequiredWhen } from './field-presence';

class Body {
  @IsIn(['approve', 'reject']) decision!: string;
  @RequiredWhen('decision', ['reject']) @IsString() reason?: string;
  @OptionalField() @IsString() note?: string;
  @OnlyWhen('decision', ['approve']) @IsInt() score?: number;
  @ExclusiveWith('days') @IsString() dueAt?: string;
  @ExclusiveWith('dueAt') @IsInt() days?: number;
}

const failing = (plain: object) =>
  validateSync(plainToInstance(Body, plain), { whitelist: true, forbidNonWhitelisted: true })
    .map((e) => e.property)
    .sort();

describe('field presence rules', () => {
  it('an optional field may be left out, but null is a value (and not a string)', () => {
    expect(failing({ decision: 'approve', score: 1, days: 1 })).toEqual([]);
    expect(failing({ decision: 'approve', score: 1, days: 1, note: null })).toEqual(['note']);
  });

  it('RequiredWhen: required exactly when the other field holds one of the values', () => {
    expect(failing({ decision: 'reject', days: 1 })).toEqual(['reason']);
    expect(failing({ decision: 'reject', reason: 'Thiếu hồ sơ', days: 1 })).toEqual([]);
  });

  it('OnlyWhen: required when the condition holds, refused otherwise', () => {
    expect(failing({ decision: 'approve', days: 1 })).toEqual(['score']);
    expect(failing({ decision: 'reject', reason: 'x', score: 3, days: 1 })).toEqual(['score']);
  });

  it('ExclusiveWith: exactly one of the two', () => {
    expect(failing({ decision: 'reject', reason: 'x' })).toEqual(['days', 'dueAt']);
    expect(failing({ decision: 'reject', reason: 'x', dueAt: 'a', days: 2 })).toEqual(['days', 'dueAt']);
    expect(failing({ decision: 'reject', reason: 'x', dueAt: 'a' })).toEqual([]);
  });
});
