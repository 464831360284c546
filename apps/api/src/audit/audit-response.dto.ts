import { getSchemaPath } from '@nestjs/swagger';
import { AUDIT_SUBJECT_TYPES } from '#ktf/domain';
import { BoolField, EnumField, InstantField, IntField, JsonField, ListOf, ObjectField, TextField } from '../openapi/response-fields';

export class AuditEventView {
  @TextField('1042', { description: 'Row id (a big integer, as text)' }) id!: string;
  @EnumField(AUDIT_SUBJECT_TYPES) subjectType!: string;
  @TextField('0b8a8f5e-3c1d-4e4f-9a57-2f0f4d2b6c11') subjectId!: string;
  @IntField({ example: 5 }) sequence!: number;
  @InstantField() occurredAt!: string;
  @TextField(undefined, { nullable: true }) actorId!: string | null;
  @TextField('council_member', { nullable: true }) actorRole!: string | null;
  @TextField('vote_cast') action!: string;
  @TextField('Thành viên Hội đồng biểu quyết') labelVi!: string;
  @TextField('Council member voted') labelEn!: string;
  @TextField('council_review', { nullable: true }) stageBefore!: string | null;
  @TextField('council_review', { nullable: true }) stageAfter!: string | null;
  @TextField(undefined, { nullable: true }) reason!: string | null;
  @JsonField({ nullable: true }) payload!: Record<string, unknown> | null;
  @TextField(undefined, { nullable: true, description: 'The Temporal workflow that produced it (null for events the API records itself)' }) workflowId!: string | null;
  @TextField(undefined, { nullable: true }) runId!: string | null;
  @TextField(undefined, { description: 'The previous event’s hash (64 zeros for the first)' }) prevHash!: string;
  @TextField(undefined, { description: 'SHA-256 (hex) of the canonical event and prevHash' }) hash!: string;
  @TextField(undefined, { nullable: true, description: 'When the database stored it' }) recordedAt!: string | null;
}

export class AuditEventPage {
  @ListOf(AuditEventView) items!: AuditEventView[];
  @TextField(undefined, { nullable: true, description: 'Pass it as `cursor` for the next page; null on the last page' }) nextCursor!: string | null;
}

export class ChainBreakView {
  @TextField('0b8a8f5e-3c1d-4e4f-9a57-2f0f4d2b6c11') subject!: string;
  @TextField('nomination') subjectType!: string;
  @IntField() sequence!: number;
  @TextField('hash mismatch') reason!: string;
}

export class VerifyScope {
  @TextField('nomination', { description: 'The subject type, or all' }) subjectType!: string;
  @TextField(undefined, { required: false }) subject?: string;
}

export class VerifyResult {
  @BoolField() ok!: boolean;
  @IntField({ description: 'Events checked' }) checked!: number;
  @ObjectField(ChainBreakView, { nullable: true }) firstBroken!: ChainBreakView | null;
  @IntField() chains!: number;
  @IntField() brokenCount!: number;
  @ListOf(ChainBreakView, { description: 'The first breaks, in reading order (at most 20)' }) broken!: ChainBreakView[];
  @ObjectField(VerifyScope) scope!: VerifyScope;
  @IntField() elapsedMs!: number;
  @IntField({ nullable: true }) eventsPerSecond!: number | null;
}

const NDJSON = { type: 'string', description: 'Newline-delimited JSON' };

export const VERIFY_CONTENT = {
  'application/json': { schema: { $ref: getSchemaPath(VerifyResult) } },
  'application/x-ndjson': { schema: { ...NDJSON, description: 'With Accept: application/x-ndjson: progress lines ({"type":"progress",…}), then the result line ({"type":"result",…})' } },
};

export const EXPORT_CONTENT = {
  'application/x-ndjson': { schema: { ...NDJSON, description: 'An evidence bundle: a header line, the events in chain order, a trailer with each chain’s head (verify it offline with npm run audit:verify)' } },
};
