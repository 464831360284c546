import 'reflect-metadata';

/** What a request field means and a realistic value: prose for the document, never a constraint. */
export interface FieldDescription {
  description?: string;
  example?: unknown;
}

const DESCRIBE = 'ktf:describe';

/**
 * Documents a validated field. Its type, bounds and presence come from its class-validator
 * decorators (see apps/api/src/openapi/validator-schema.ts); this adds only the words.
 */
export function Describe(description: FieldDescription): PropertyDecorator {
  return (target, key) => Reflect.defineMetadata(DESCRIBE, description, target, key);
}

export function descriptionOf(prototype: object, key: string): FieldDescription {
  return (Reflect.getMetadata(DESCRIBE, prototype, key) as FieldDescription | undefined) ?? {};
}
