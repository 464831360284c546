import { Param, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import { DomainError } from '#ktf/domain';
import { isCalendarDate } from '../validation/time-formats';

type Schema = Record<string, unknown>;

/** Refuses a path segment that breaks its rule with a 400 naming the parameter, like a body field. */
class PathRulePipe implements PipeTransform<string, unknown> {
  constructor(
    private readonly name: string,
    private readonly test: (value: string) => boolean,
    private readonly message: string,
    private readonly convert: (value: string) => unknown = (v) => v,
  ) {}

  transform(value: string): unknown {
    if (this.test(value)) return this.convert(value);
    const messages = [`${this.name} ${this.message}`];
    throw new DomainError('invalid_input', messages[0], { errors: [{ field: this.name, messages }] });
  }
}

/**
 * A path parameter whose rule is stated once: the pipe enforces it and the document shows it
 * (ApiParam on the handler, which the parameter decorator can reach through the prototype).
 */
function PathParam(name: string, schema: Schema, description: string, test: (v: string) => boolean, message: string, convert?: (v: string) => unknown): ParameterDecorator {
  return (target, key, index) => {
    Param(name, new PathRulePipe(name, test, message, convert))(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    ApiParam({ name, required: true, schema, description })(target, key, descriptor);
  };
}

export const UuidParam = (name: string, description: string) =>
  PathParam(name, { type: 'string', format: 'uuid' }, description, (v) => isUUID(v), 'must be a UUID' /* as body fields' IsUUID */);

export const PatternParam = (name: string, pattern: RegExp, description: string, example: string) =>
  PathParam(name, { type: 'string', pattern: pattern.source, example }, description, (v) => pattern.test(v), `must match ${pattern.source}`);

export const EnumParam = (name: string, values: readonly string[], description: string) =>
  PathParam(name, { type: 'string', enum: [...values] }, description, (v) => values.includes(v), `must be one of ${values.join(', ')}`);

export const DateParam = (name: string, description: string) =>
  PathParam(name, { type: 'string', format: 'date' }, description, isCalendarDate, 'must be a date (YYYY-MM-DD)');

/** A positive integer of up to nine digits, passed to the handler as a number. */
export const PositiveIntParam = (name: string, description: string) =>
  PathParam(name, { type: 'integer', minimum: 1, maximum: 999_999_999 }, description, (v) => /^[1-9][0-9]{0,8}$/.test(v), 'must be a positive integer', Number);
