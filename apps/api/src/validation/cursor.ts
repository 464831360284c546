import { IsString, Matches, MaxLength } from 'class-validator';

/**
 * A page cursor as this API writes them (base64url). Only its alphabet is a matter of form
 * (400); a well-formed cursor this list did not write is refused when decoded (422).
 */
export function IsCursor(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    Matches(/^[A-Za-z0-9_-]+$/, { message: '$property must be a cursor this API returned (base64url)' })(target, key);
    MaxLength(2000)(target, key);
  };
}
