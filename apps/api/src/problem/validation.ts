import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '#ktf/domain';

function flatten(errors: ValidationError[], parent = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Global validation: unknown fields are refused, and every problem is named by its field. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => {
    const fields = flatten(errors);
    return new DomainError('invalid_input', fields.map((f) => `${f.field}: ${f.messages.join('; ')}`).join(' | '), {
      errors: fields,
    });
  },
});
