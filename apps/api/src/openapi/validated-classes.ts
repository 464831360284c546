import { getMetadataStorage } from 'class-validator';
import type { PresenceRule } from '../validation/field-presence';
import { descriptionOf } from '../validation/describe';
import { AnyClass, propertyContract, PropertyContract, Schema, ValidatorMetadata } from './validator-schema';

/** Where @nestjs/swagger looks for a class's property metadata (what its CLI plugin emits). */
const SWAGGER_METADATA_FACTORY = '_OPENAPI_METADATA_FACTORY';

/** Every class with class-validator metadata loaded in this process (the request DTOs). */
function validatedClasses(): AnyClass[] {
  const storage = getMetadataStorage() as unknown as { validationMetadatas?: unknown };
  if (!(storage.validationMetadatas instanceof Map)) throw new Error('class-validator keeps its metadata elsewhere than this version did: update validated-classes.ts');
  return [...storage.validationMetadatas.keys()].filter((k): k is AnyClass => typeof k === 'function');
}

function metadataOf(cls: AnyClass, inherited: boolean): ValidatorMetadata[] {
  const all = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false) as unknown as ValidatorMetadata[];
  return inherited ? all : all.filter((m) => m.target === cls);
}

function byProperty(metadata: ValidatorMetadata[]): Map<string, ValidatorMetadata[]> {
  const map = new Map<string, ValidatorMetadata[]>();
  for (const m of metadata) map.set(m.propertyName, [...(map.get(m.propertyName) ?? []), m]);
  return map;
}

function contractsOf(cls: AnyClass, inherited: boolean): Map<string, PropertyContract> {
  return new Map([...byProperty(metadataOf(cls, inherited))].map(([property, metas]) => [property, propertyContract(cls, property, metas)]));
}

/** A property as @nestjs/swagger's ApiProperty options (nested classes by reference). */
function swaggerOptions(c: PropertyContract, words: object): Record<string, unknown> {
  const base = { required: c.required, ...words };
  if (!c.nested) return { ...c.schema, ...base };
  if (!c.isArray) return { type: () => c.nested, ...base };
  const { type: _array, items: _items, ...arrayKeywords } = c.schema;
  return { type: () => c.nested, isArray: true, ...arrayKeywords, ...base };
}

/**
 * Gives each request DTO the metadata factory @nestjs/swagger reads for its properties,
 * computed from the class's own class-validator decorators (inherited ones come from the
 * parent's factory, which swagger also calls). Idempotent; call before building the document.
 */
export function describeValidatedClasses(): void {
  for (const cls of validatedClasses()) {
    if (Object.prototype.hasOwnProperty.call(cls, SWAGGER_METADATA_FACTORY)) continue;
    Object.defineProperty(cls, SWAGGER_METADATA_FACTORY, {
      value: () =>
        Object.fromEntries([...contractsOf(cls, false)].map(([property, c]) => [property, swaggerOptions(c, descriptionOf(cls.prototype, property))])),
    });
  }
}

const notOneOf = (field: string, values: readonly string[]): Schema => ({ properties: { [field]: { not: { enum: [...values] } } } });

function presenceKeyword(property: string, rule: PresenceRule): Schema | undefined {
  switch (rule.kind) {
    case 'requiredWhen':
      return { anyOf: [notOneOf(rule.field, rule.values), { required: [property] }] };
    case 'onlyWhen':
      return {
        anyOf: [
          { properties: { [rule.field]: { enum: [...rule.values] } }, required: [rule.field, property] },
          { ...notOneOf(rule.field, rule.values), not: { required: [property] } },
        ],
      };
    case 'exclusiveWith':
      // Stated once per pair, from the property that sorts first.
      return property < rule.other ? { oneOf: [{ required: [property] }, { required: [rule.other] }] } : undefined;
    default:
      return undefined;
  }
}

/**
 * Schema keywords about a validated class as a whole: no unknown fields (the validation
 * pipe refuses them) and the rules relating its fields' presence.
 */
export function classKeywords(cls: AnyClass): Schema {
  const rules = [...contractsOf(cls, true)].flatMap(([property, c]) => (c.presence ? [presenceKeyword(property, c.presence)] : [])).filter((k): k is Schema => !!k);
  const combined = rules.length === 1 ? rules[0] : rules.length > 1 ? { allOf: rules } : {};
  return { additionalProperties: false, ...combined };
}

/** Validated classes by the name swagger gives their schemas. */
export function validatedClassesByName(): Map<string, AnyClass> {
  const map = new Map<string, AnyClass>();
  for (const cls of validatedClasses()) {
    const other = map.get(cls.name);
    if (other && other !== cls) throw new Error(`two validated classes are named ${cls.name}: their schemas would collide in the document`);
    map.set(cls.name, cls);
  }
  return map;
}
