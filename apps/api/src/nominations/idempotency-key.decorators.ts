import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_PATTERN } from './idempotency-key';

// The controllers' side of Idempotency-Key (kept apart: services and their unit tests load no Swagger).

/** The optional `Idempotency-Key` header, as the API document describes it. */
export const IdempotencyKeyHeader = (description = 'Any 1–200 visible ASCII characters, unique per request you mean') =>
  applyDecorators(ApiHeader({ name: 'Idempotency-Key', required: false, description, schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source } }));

/**
 * The request's `Idempotency-Key` header, or undefined. A custom parameter, not `@Headers()`: the
 * document describes the header once, optional, with `IdempotencyKeyHeader` (Swagger would add a
 * required lower-case copy for a string-typed `@Headers('idempotency-key')`).
 */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const value: unknown = ctx.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers['idempotency-key'];
  return typeof value === 'string' ? value : undefined;
});
