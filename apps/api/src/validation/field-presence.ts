import { ValidateBy, ValidateIf, ValidationArguments } from 'class-validator';

/**
 * When a field must, may or must not be sent. Each decorator is one class-validator
 * condition (the validation) carrying its rule as context, which the OpenAPI document reads
 * back (`required`, `anyOf`, `oneOf`): one source for both.
 */
export type PresenceRule =
  | { kind: 'optional' }
  | { kind: 'requiredWhen'; field: string; values: readonly string[] }
  | { kind: 'onlyWhen'; field: string; values: readonly string[] }
  | { kind: 'exclusiveWith'; other: string };

const PRESENCE = 'ktfPresence';

/** The rule a ValidateIf of this module carries, or undefined for any other metadata. */
export function presenceRuleOf(context: unknown): PresenceRule | undefined {
  return context && typeof context === 'object' && PRESENCE in context ? (context as Record<typeof PRESENCE, PresenceRule>)[PRESENCE] : undefined;
}

/** Names of the validators below, which the document expresses through the presence rule. */
export const PRESENCE_VALIDATORS = ['requiredWhen', 'onlyWhen', 'exclusiveWith'] as const;

const given = (value: unknown) => value !== undefined;
const fieldOf = (args: ValidationArguments | undefined, field: string) => (args?.object as Record<string, unknown> | undefined)?.[field];
const isOneOf = (value: unknown, values: readonly string[]) => typeof value === 'string' && values.includes(value);
const condition = (rule: PresenceRule, when: (object: Record<string, unknown>, value: unknown) => boolean) =>
  ValidateIf(when, { context: { [PRESENCE]: rule } });

/**
 * May be left out. Unlike class-validator's IsOptional, `null` does not count as left out:
 * it is validated like any other value (and refused), as the document's types say.
 */
export function OptionalField(): PropertyDecorator {
  return condition({ kind: 'optional' }, (_, value) => given(value));
}

/** Required when `field` holds one of `values`, optional otherwise. */
export function RequiredWhen(field: string, values: readonly string[]): PropertyDecorator {
  return (target, key) => {
    condition({ kind: 'requiredWhen', field, values }, (o, value) => given(value) || isOneOf(o[field], values))(target, key);
    ValidateBy({
      name: 'requiredWhen',
      validator: { validate: given, defaultMessage: (a) => `${a?.property} is required when ${field} is ${values.join(' or ')}` },
    })(target, key);
  };
}

/** Required when `field` holds one of `values`, and must be left out otherwise. */
export function OnlyWhen(field: string, values: readonly string[]): PropertyDecorator {
  return (target, key) => {
    condition({ kind: 'onlyWhen', field, values }, (o, value) => given(value) || isOneOf(o[field], values))(target, key);
    ValidateBy({
      name: 'onlyWhen',
      validator: {
        validate: (value, a) => given(value) === isOneOf(fieldOf(a, field), values),
        defaultMessage: (a) => `${a?.property} is given exactly when ${field} is ${values.join(' or ')}`,
      },
    })(target, key);
  };
}

/** Exactly one of this field and `other` is given: put it on both. */
export function ExclusiveWith(other: string): PropertyDecorator {
  return (target, key) => {
    condition({ kind: 'exclusiveWith', other }, (o, value) => given(value) || !given(o[other]))(target, key);
    ValidateBy({
      name: 'exclusiveWith',
      validator: {
        validate: (value, a) => given(value) !== given(fieldOf(a, other)),
        defaultMessage: (a) => `give exactly one of ${a?.property} and ${other}`,
      },
    })(target, key);
  };
}
