import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import type { DomainErrorCode } from '#ktf/domain';

/** Every domain code a problem may carry: a record, so a code added to the domain must be added here. */
const DOMAIN_CODES: Record<DomainErrorCode, true> = {
  invalid_input: true,
  forbidden: true,
  not_found: true,
  stage_conflict: true,
  rule_failed: true,
  unsupported_media_type: true,
  unauthenticated: true,
  rate_limited: true,
};

export class FieldErrors {
  @ApiProperty({ description: 'The field, as a path into the request (nominee.fullName, votes.0.choice)', example: 'nominee.fullName' })
  field!: string;

  @ApiProperty({ type: [String], example: ['nominee.fullName should not be empty'] })
  messages!: string[];
}

/**
 * An RFC 9457 problem document, as ProblemDetailsFilter writes every error. Extensions
 * beyond the standard members depend on the problem: `errors` (400, and 422 over a whole
 * definition), `stage` (409), `missing`, `failedChecks`, `field`… (422).
 */
export class ProblemDocument {
  @ApiProperty({ description: 'urn:ktf:problem:<code> for domain errors, urn:ktf:problem:http-<status> otherwise', example: 'urn:ktf:problem:stage_conflict' })
  type!: string;

  @ApiProperty({ example: 'Not allowed in the current stage' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 409 })
  status!: number;

  @ApiProperty({ example: 'appraise is not allowed in stage council_review' })
  detail!: string;

  @ApiProperty({ description: 'The request path', example: '/nominations/0b8a8f5e-3c1d-4e4f-9a57-2f0f4d2b6c11/appraisal' })
  instance!: string;

  @ApiPropertyOptional({ type: 'string', enum: Object.keys(DOMAIN_CODES), description: 'The domain error code (absent for HTTP-level errors)' })
  code?: string;

  @ApiPropertyOptional({
    description: 'Per-field messages (400), or the rules a whole definition broke (422)',
    type: 'array',
    items: { oneOf: [{ $ref: getSchemaPath(FieldErrors) }, { type: 'string' }] },
  })
  errors?: (FieldErrors | string)[];

  @ApiPropertyOptional({ type: 'string', description: 'The stage the nomination is in (409)', nullable: true, example: 'council_review' })
  stage?: string | null;
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
