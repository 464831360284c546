import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '#ktf/config';
import { Actor, appraisalChecks, CheckResult, diffDossier, DomainError, DossierFile, hasRole, missingDocuments, MemberCounts } from '#ktf/domain';
import { DossierDocumentRow, DossierRepository, NominationEntity, ReferenceRepository } from '#ktf/persistence';
import { DocumentStorage } from '#ktf/storage';
import { NominationAccessService } from '../nomination-access/nomination-access.service';
import { sniffMediaType } from './content-sniffer';
import { declaredTypeRefusal, judgeUpload, mediaTypeOf } from './document-types';
import { fileNameOf } from './dossier-files';

const asFile = (r: DossierDocumentRow): DossierFile => ({ kind: r.kind, round: r.round, sha256: r.sha256, fileName: r.file_name, uploadedAt: r.uploaded_at.toISOString() });

/** The nomination's dossier (hồ sơ): uploads per round, completeness, diffs, and appraisal checks. */
@Injectable()
export class DossierService {
  constructor(
    private readonly config: AppConfig,
    private readonly storage: DocumentStorage,
    private readonly dossiers: DossierRepository,
    private readonly references: ReferenceRepository,
    private readonly access: NominationAccessService,
  ) {}

  async upload(actor: Actor, id: string, kind: string, fileNameHeader: string | undefined, contentType: string | undefined, body: unknown) {
    const n = await this.access.readable(actor, id);
    if (!hasRole(actor, 'unit_officer') || actor.unitId !== n.unitId) throw new DomainError('forbidden', 'only the nominating unit attaches its dossier');
    const editable = (n.stage === 'unit_proposal' && n.status === 'draft') || n.stage === 'supplement';
    if (!editable) throw new DomainError('stage_conflict', 'documents can be attached to a draft or during a supplement round', { stage: n.stage });
    const declared = mediaTypeOf(contentType);
    const notAccepted = declaredTypeRefusal(declared);
    if (notAccepted) throw new DomainError('unsupported_media_type', notAccepted, { contentType: declared });
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new DomainError('invalid_input', 'send the file as the request body with Content-Type application/pdf, image/png, image/jpeg, a .docx type or application/octet-stream');
    }
    if (body.length > this.config.MAX_DOCUMENT_BYTES) throw new DomainError('invalid_input', `file exceeds ${this.config.MAX_DOCUMENT_BYTES} bytes`);
    // The bytes must be what the client says they are: a PDF that is an executable is refused.
    const sniffed = await sniffMediaType(body);
    const judged = judgeUpload(declared, sniffed);
    if (!judged.ok) throw new DomainError('unsupported_media_type', judged.reason, { contentType: declared, detected: sniffed ?? null });
    const name = fileNameOf(fileNameHeader, kind);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const storageKey = `${id}/${sha256}`;
    await this.storage.put(storageKey, body);
    const row = await this.dossiers.insert({
      nomination_id: id, round: await this.dossiers.currentRound(id), kind, file_name: name,
      content_type: judged.storedType, size_bytes: body.length, sha256, storage_key: storageKey, uploaded_by: actor.id,
    });
    return this.present(row);
  }

  async list(actor: Actor, id: string) {
    await this.access.readable(actor, id);
    const rows = await this.dossiers.all(id);
    const round = await this.dossiers.currentRound(id);
    const latest = new Map(rows.map((r) => [r.kind, r]));
    return { round, documents: [...latest.values()].map((r) => this.present(r)), history: rows.map((r) => this.present(r)) };
  }

  async download(actor: Actor, id: string, kind: string): Promise<{ row: DossierDocumentRow; content: Buffer }> {
    await this.access.readable(actor, id);
    const row = (await this.dossiers.all(id)).filter((r) => r.kind === kind).pop();
    if (!row) throw new DomainError('not_found', `no ${kind} attached`);
    return { row, content: await this.storage.get(row.storage_key) };
  }

  async diff(actor: Actor, id: string, from: number, to: number) {
    await this.access.readable(actor, id);
    const files = (await this.dossiers.all(id)).map(asFile);
    return { from, to, changes: diffDossier(files, from, to) };
  }

  /**
   * 422 naming what is missing when an electronic dossier is submitted incomplete. A
   * nomination with no electronic document is a paper dossier (hồ sơ giấy), checked on paper;
   * electronic copies are accepted only complete (Decree 152).
   */
  async assertCompleteForSubmit(n: NominationEntity): Promise<void> {
    const award = await this.references.awardType(n.awardCode);
    const kinds = (await this.dossiers.all(n.id)).map((r) => r.kind);
    if (kinds.length === 0) return;
    const missing = missingDocuments(award?.requiredDocuments ?? [], kinds);
    if (missing.length) throw new DomainError('rule_failed', `the dossier is incomplete: missing ${missing.join(', ')}`, { missing });
  }

  async checks(actor: Actor, id: string): Promise<CheckResult[]> {
    return this.checksOf(await this.access.readable(actor, id));
  }

  /** The appraisal checks of a nomination the caller has already read (and may read). */
  async checksOf(n: NominationEntity): Promise<CheckResult[]> {
    // Everything that needs only the row at once; the prior titles' names need the award.
    const [award, docs, registry, duplicates] = await Promise.all([
      this.references.awardType(n.awardCode),
      this.dossiers.all(n.id),
      this.dossiers.registryTitles(n.nomineeSearch),
      this.dossiers.duplicates(n.id),
    ]);
    if (!award) throw new DomainError('rule_failed', `award type ${n.awardCode} is not in the catalog`);
    const priorAwards = await Promise.all((award.eligibility.priorTitles ?? []).map((r) => this.references.awardType(r.code)));
    return appraisalChecks({
      awardNames: Object.fromEntries(priorAwards.flatMap((a) => (a ? [[a.code, a.nameVi]] : []))),
      award,
      subject: n.subject,
      year: n.year,
      memberCounts: (n.nominee as { memberCounts?: MemberCounts }).memberCounts,
      documents: docs.map((d) => d.kind),
      registry,
      duplicates,
    });
  }

  private present(r: DossierDocumentRow) {
    return {
      id: r.id, kind: r.kind, round: r.round, fileName: r.file_name, contentType: r.content_type,
      size: Number(r.size_bytes), sha256: r.sha256, uploadedBy: r.uploaded_by, uploadedAt: r.uploaded_at.toISOString(),
    };
  }
}
