import { DOSSIER_KINDS } from '#ktf/domain';
import { BoolField, EnumField, IdField, InstantField, IntField, ListOf, ObjectField, TextField } from '../openapi/response-fields';

export class DossierDocument {
  @IdField() id!: string;
  @EnumField(DOSSIER_KINDS) kind!: string;
  @IntField({ description: 'The dossier round it was uploaded in (1, then one more per supplement request)', example: 1 }) round!: number;
  @TextField('Tờ trình đề nghị.pdf') fileName!: string;
  @TextField('application/pdf') contentType!: string;
  @IntField({ example: 183204 }) size!: number;
  @TextField('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', { description: 'SHA-256 of the bytes (hex)' }) sha256!: string;
  @IdField() uploadedBy!: string;
  @InstantField() uploadedAt!: string;
}

export class DossierDocuments {
  @IntField({ description: 'The current round', example: 2 }) round!: number;
  @ListOf(DossierDocument, { description: 'The latest upload of each kind' }) documents!: DossierDocument[];
  @ListOf(DossierDocument, { description: 'Every upload, in order' }) history!: DossierDocument[];
}

/** A file as a round's dossier holds it. */
export class DossierFileView {
  @EnumField(DOSSIER_KINDS) kind!: string;
  @IntField() round!: number;
  @TextField() sha256!: string;
  @TextField('Báo cáo thành tích.pdf') fileName!: string;
  @InstantField() uploadedAt!: string;
}

export class DossierChange {
  @EnumField(DOSSIER_KINDS) kind!: string;
  @EnumField(['added', 'removed', 'changed', 'unchanged']) change!: string;
  @ObjectField(DossierFileView, { required: false }) from?: DossierFileView;
  @ObjectField(DossierFileView, { required: false }) to?: DossierFileView;
}

export class DossierDiff {
  @IntField({ example: 1 }) from!: number;
  @IntField({ example: 2 }) to!: number;
  @ListOf(DossierChange) changes!: DossierChange[];
}

export class CheckResultView {
  @EnumField(['required_documents', 'prior_titles', 'collective_ratios', 'duplicate_nomination']) code!: string;
  @BoolField() ok!: boolean;
  @TextField('Đã đính kèm đủ tài liệu theo quy định', { description: 'Worded for the appraiser, in Vietnamese' }) message!: string;
}
