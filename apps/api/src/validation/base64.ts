import { ValidateBy } from 'class-validator';

/** Standard base64 with padding, as Temporal's codec server protocol carries bytes. */
export const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
export const BASE64_NAME = 'isBase64Text';
export const BASE64_RECORD = 'isBase64Record';

const isBase64 = (v: unknown): boolean => typeof v === 'string' && BASE64_PATTERN.test(v);

export const IsBase64Text = () =>
  ValidateBy({ name: BASE64_NAME, validator: { validate: isBase64, defaultMessage: (a) => `${a?.property} must be base64` } });

/** An object whose every value is base64 (a payload's metadata: name → bytes). */
export const IsBase64Record = () =>
  ValidateBy({
    name: BASE64_RECORD,
    validator: {
      validate: (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isBase64),
      defaultMessage: (a) => `${a?.property} must map each name to a base64 value`,
    },
  });
