import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_SUBJECT_TYPES, AuditSubjectType } from '#ktf/domain';

const ISO = { strict: true, strictSeparator: true } as const;

/** `GET /audit/events`: every filter optional; pages in (occurred_at, id) order. */
export class AuditEventsQueryDto {
  @IsOptional() @IsIn(AUDIT_SUBJECT_TYPES) subjectType?: AuditSubjectType;
  /** The subject's id: a nomination, decision or campaign id. */
  @IsOptional() @IsString() @MaxLength(200) subjectId?: string;
  @IsOptional() @IsString() @MaxLength(200) actorId?: string;
  @IsOptional() @IsString() @Matches(/^[a-z0-9_:.-]{1,100}$/, { message: 'action must be an action code such as vote_cast' }) action?: string;
  /** Inclusive lower bound on occurredAt (ISO 8601). */
  @IsOptional() @IsISO8601(ISO) from?: string;
  /** Exclusive upper bound on occurredAt (ISO 8601). */
  @IsOptional() @IsISO8601(ISO) to?: string;
  /** Opaque: the `nextCursor` of the previous page. */
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

/** `GET /audit/verify`: one chain (`subject`, type defaults to nomination) or all of them. */
export class AuditVerifyQueryDto {
  @IsOptional() @IsString() @MaxLength(200) subject?: string;
  @IsOptional() @IsIn(AUDIT_SUBJECT_TYPES) subjectType?: AuditSubjectType;
}

/** `GET /audit/export`: one chain, a time range, or both. */
export class AuditExportQueryDto extends AuditVerifyQueryDto {
  @IsOptional() @IsISO8601(ISO) from?: string;
  @IsOptional() @IsISO8601(ISO) to?: string;
}
