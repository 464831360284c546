import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_SUBJECT_TYPES, AuditSubjectType } from '#ktf/domain';
import { Describe } from '../../validation/describe';
import { IsCursor } from '../../validation/cursor';
import { OptionalField } from '../../validation/field-presence';
import { IsInstantOrDate } from '../../validation/time-formats';

const BOUND = 'An instant, or a date (its start, UTC)';

/** `GET /audit/events`: every filter optional; pages in (occurred_at, id) order. */
export class AuditEventsQueryDto {
  @OptionalField() @IsIn(AUDIT_SUBJECT_TYPES) subjectType?: AuditSubjectType;
  @Describe({ description: 'The subject’s id (a nomination, decision or campaign id); needs subjectType' })
  @OptionalField() @IsString() @MaxLength(200) subjectId?: string;
  @OptionalField() @IsString() @MaxLength(200) actorId?: string;
  @Describe({ example: 'vote_cast' })
  @OptionalField() @IsString() @Matches(/^[a-z0-9_:.-]{1,100}$/, { message: 'action must be an action code such as vote_cast' }) action?: string;
  @Describe({ description: `Inclusive lower bound on occurredAt. ${BOUND}`, example: '2026-01-01' })
  @OptionalField() @IsInstantOrDate() from?: string;
  @Describe({ description: `Exclusive upper bound on occurredAt. ${BOUND}`, example: '2026-12-31T17:00:00Z' })
  @OptionalField() @IsInstantOrDate() to?: string;
  @Describe({ description: 'Opaque: the nextCursor of the previous page, unchanged' })
  @OptionalField() @IsCursor() cursor?: string;
  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

/** `GET /audit/verify`: one chain (`subject`, type defaults to nomination) or all of them. */
export class AuditVerifyQueryDto {
  @Describe({ description: 'One chain’s subject id; absent: the whole trail' })
  @OptionalField() @IsString() @MaxLength(200) subject?: string;
  @Describe({ description: 'The subject’s type (default nomination), or, without subject, one type’s chains' })
  @OptionalField() @IsIn(AUDIT_SUBJECT_TYPES) subjectType?: AuditSubjectType;
}

/** `GET /audit/export`: one chain, a time range, or both. */
export class AuditExportQueryDto extends AuditVerifyQueryDto {
  @Describe({ description: `Inclusive lower bound. ${BOUND}`, example: '2026-01-01' })
  @OptionalField() @IsInstantOrDate() from?: string;
  @Describe({ description: `Exclusive upper bound. ${BOUND}` })
  @OptionalField() @IsInstantOrDate() to?: string;
}
