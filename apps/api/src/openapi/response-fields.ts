import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import type { AnyClass } from './validator-schema';

/**
 * Response fields, which no validator describes: what the presenters return. Responses are
 * checked against these by the contract test, and the typed client reads them.
 */
type Extra = Record<string, unknown> & { description?: string; example?: unknown; nullable?: boolean; required?: boolean };

const field = (schema: Record<string, unknown>, extra: Extra) => ApiProperty({ ...schema, ...extra } as ApiPropertyOptions);

export const IdField = (extra: Extra = {}) => field({ type: 'string', format: 'uuid' }, extra);
export const InstantField = (extra: Extra = {}) => field({ type: 'string', format: 'date-time' }, extra);
export const DateField = (extra: Extra = {}) => field({ type: 'string', format: 'date' }, extra);
export const TextField = (example?: unknown, extra: Extra = {}) => field({ type: 'string', example }, extra);
export const IntField = (extra: Extra = {}) => field({ type: 'integer' }, extra);
export const NumberField = (extra: Extra = {}) => field({ type: 'number' }, extra);
export const BoolField = (extra: Extra = {}) => field({ type: 'boolean' }, extra);
export const EnumField = (values: readonly string[], extra: Extra = {}) => field({ type: 'string', enum: [...values] }, extra);
/** The class itself, not a thunk: swagger cannot name a lazy type it must wrap as nullable. */
export const ObjectField = (type: AnyClass, extra: Extra = {}) => field({ type }, extra);
export const ListOf = (type: AnyClass, extra: Extra = {}) => field({ type, isArray: true }, extra);
export const ListField = (items: Record<string, unknown>, extra: Extra = {}) => field({ type: 'array', items }, extra);
/** Free-form JSON recorded as it was (an audit payload, a tally rule). */
export const JsonField = (extra: Extra = {}) => field({ type: 'object', additionalProperties: true }, extra);
