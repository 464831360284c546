import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  ARRAY_UNIQUE,
  IS_ARRAY,
  IS_BOOLEAN,
  IS_EMAIL,
  IS_IN,
  IS_INT,
  IS_NOT_EMPTY,
  IS_NUMBER,
  IS_OBJECT,
  IS_STRING,
  IS_UUID,
  MATCHES,
  MAX,
  MAX_LENGTH,
  MIN,
  MIN_LENGTH,
  ValidationTypes,
} from 'class-validator';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { PRESENCE_VALIDATORS, presenceRuleOf, PresenceRule } from '../validation/field-presence';
import { BASE64_NAME, BASE64_PATTERN, BASE64_RECORD } from '../validation/base64';
import { CALENDAR_DATE, INSTANT_NAME, INSTANT_OR_DATE } from '../validation/time-formats';

/** A class, as decorators and metadata storages see it. */
export type AnyClass = abstract new (...args: never[]) => unknown;

/** The part of class-validator's ValidationMetadata this module reads. */
export interface ValidatorMetadata {
  type: string;
  name?: string;
  target: AnyClass | string;
  propertyName: string;
  constraints?: unknown[];
  each: boolean;
  context?: unknown;
}

/** A JSON Schema fragment (OpenAPI 3.0 subset). */
export type Schema = Record<string, unknown>;

/** What the document says about one property: its schema, whether it is required, and its nested class. */
export interface PropertyContract {
  schema: Schema;
  required: boolean;
  presence: PresenceRule | undefined;
  /** ValidateNested with @Type: the class of the value (or of each item). */
  nested?: AnyClass;
  isArray: boolean;
}

const TYPES: Record<string, string> = { [IS_STRING]: 'string', [IS_INT]: 'integer', [IS_NUMBER]: 'number', [IS_BOOLEAN]: 'boolean', [IS_ARRAY]: 'array', [IS_OBJECT]: 'object' };

const FORMATS: Record<string, Schema> = {
  [IS_UUID]: { type: 'string', format: 'uuid' },
  [IS_EMAIL]: { type: 'string', format: 'email' },
  [CALENDAR_DATE]: { type: 'string', format: 'date' },
  [INSTANT_NAME]: { type: 'string', format: 'date-time' },
  [INSTANT_OR_DATE]: { oneOf: [{ type: 'string', format: 'date-time' }, { type: 'string', format: 'date' }] },
  [BASE64_NAME]: { type: 'string', pattern: BASE64_PATTERN.source },
  [BASE64_RECORD]: { type: 'object', additionalProperties: { type: 'string', pattern: BASE64_PATTERN.source } },
};

/** Constraints whose meaning depends on the value's type (string length vs array size…). */
function constrain(schema: Schema, name: string, constraints: unknown[] | undefined, where: string): void {
  const [first, second] = constraints ?? [];
  switch (name) {
    case IS_NOT_EMPTY:
      if (schema.type === 'string') schema.minLength = Math.max(Number(schema.minLength ?? 0), 1);
      return;
    case MAX_LENGTH:
      schema.maxLength = first;
      return;
    case MIN_LENGTH:
      schema.minLength = first;
      return;
    case MIN:
      schema.minimum = first;
      return;
    case MAX:
      schema.maximum = first;
      return;
    case IS_IN:
      schema.enum = [...(first as unknown[])];
      return;
    case MATCHES:
      schema.pattern = patternOf(first, second, where);
      return;
    case ARRAY_MIN_SIZE:
      schema.minItems = first;
      return;
    case ARRAY_MAX_SIZE:
      schema.maxItems = first;
      return;
    case ARRAY_UNIQUE:
      schema.uniqueItems = true;
      return;
    default:
      throw new Error(`${where}: no OpenAPI mapping for the class-validator decorator '${name}' (add one in validator-schema.ts)`);
  }
}

function patternOf(pattern: unknown, modifiers: unknown, where: string): string {
  const flags = pattern instanceof RegExp ? pattern.flags : String(modifiers ?? '');
  if (flags.replace(/[gu]/g, '')) throw new Error(`${where}: regex flags '${flags}' cannot be written as an OpenAPI pattern`);
  return pattern instanceof RegExp ? pattern.source : String(pattern);
}

/** Type-giving validators first, so that the constraints know what they constrain. */
function typeOf(schema: Schema, name: string): boolean {
  if (TYPES[name]) {
    schema.type = TYPES[name];
    return true;
  }
  if (FORMATS[name]) {
    Object.assign(schema, structuredClone(FORMATS[name]));
    return true;
  }
  return false;
}

const isPresenceValidator = (name: string | undefined) => (PRESENCE_VALIDATORS as readonly string[]).includes(name ?? '');

/**
 * The contract of one property from its class-validator metadata: types, formats and
 * bounds become JSON Schema keywords; `each: true` ones describe the items of an array.
 */
export function propertyContract(target: AnyClass, property: string, metadata: readonly ValidatorMetadata[]): PropertyContract {
  const where = `${target.name}.${property}`;
  const value: Schema = {};
  const items: Schema = {};
  let presence: PresenceRule | undefined;
  let nested: AnyClass | undefined;
  const constraints: ValidatorMetadata[] = [];
  for (const m of metadata) {
    if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      presence = presenceRuleOf(m.context);
      if (!presence) throw new Error(`${where}: use OptionalField/RequiredWhen/OnlyWhen/ExclusiveWith instead of IsOptional or ValidateIf (the document must know when the field may be absent)`);
    } else if (m.type === ValidationTypes.NESTED_VALIDATION) {
      nested = defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction();
      if (!nested) throw new Error(`${where}: ValidateNested needs @Type(() => Class)`);
    } else if (m.type === ValidationTypes.WHITELIST) {
      continue;
    } else if (!isPresenceValidator(m.name) && !typeOf(m.each ? items : value, m.name ?? m.type)) {
      constraints.push(m);
    }
  }
  for (const m of constraints) constrain(m.each ? items : value, m.name ?? m.type, m.constraints, where);
  for (const s of [value, items]) {
    if (s.type === undefined && Array.isArray(s.enum)) s.type = typeof s.enum[0];
    if (s.type === undefined && (s.pattern !== undefined || s.maxLength !== undefined)) s.type = 'string'; // Matches and MaxLength refuse anything else
  }
  const isArray = value.type === 'array' || Object.keys(items).length > 0;
  if (isArray) {
    value.type = 'array';
    value.items = items;
  } else if (nested) {
    delete value.type; // the referenced schema says it is an object
  }
  if (!isArray && !nested && value.type === undefined && value.oneOf === undefined) {
    throw new Error(`${where}: no type (add IsString, IsInt, IsBoolean… so the document can say what the field holds)`);
  }
  return { schema: value, required: presence === undefined, presence, nested, isArray };
}
