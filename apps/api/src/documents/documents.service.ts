import { Injectable } from '@nestjs/common';
import type { Actor } from '#ktf/domain';
import { DomainError } from '#ktf/domain';
import { renderCertificatePdf } from '#ktf/documents';
import { DecisionDocumentRepository } from '#ktf/persistence';
import { DecisionsService } from '../decisions/decisions.service';

export interface PdfFile {
  fileName: string;
  pdf: Buffer;
  sha256?: string;
}

/** "123/QĐ-UBND" → "QD-123-QD-UBND": a file name with no slash and no mark. */
const fileNameOf = (prefix: string, number: string) =>
  `${prefix}-${number.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`;

/**
 * The decision's signed PDF as stored when it was sealed, and the per-awardee certificates,
 * drawn from the same stored data on each request. Whoever may read the decision may read them.
 */
@Injectable()
export class DocumentsService {
  constructor(private readonly decisions: DecisionsService, private readonly documents: DecisionDocumentRepository) {}

  async decisionPdf(actor: Actor, decisionId: string): Promise<PdfFile> {
    const d = await this.decisions.get(actor, decisionId);
    let stored = await this.documents.findSigned(decisionId);
    if (!stored && d.status === 'signed' && d.kind === 'decision') {
      // A decision of one nomination answers before its PDF is made: it may be on its way.
      await this.decisions.documentMade(d);
      stored = await this.documents.findSigned(decisionId);
    }
    if (!stored) {
      const why = d.status !== 'signed' ? 'is not signed yet' : d.kind !== 'decision' ? 'is a submission (tờ trình), which has no decision document' : 'was sealed without a document (signed before decisions had documents, or its PDF could not be made: see the worker’s log)';
      throw new DomainError('not_found', `decision ${d.number} ${why}`);
    }
    return { fileName: fileNameOf('QD', d.number), pdf: stored.pdf, sha256: stored.sha256 };
  }

  async certificatePdf(actor: Actor, decisionId: string, nominationId: string): Promise<PdfFile> {
    const d = await this.decisions.get(actor, decisionId);
    if (d.status !== 'signed' || d.kind !== 'decision') throw new DomainError('not_found', `decision ${d.number} awards no certificates (${d.status !== 'signed' ? 'not signed yet' : 'a submission'})`);
    const source = await this.documents.source(decisionId);
    const awardee = source?.awardees.find((a) => a.nominationId === nominationId);
    if (!source || !awardee) throw new DomainError('not_found', `nomination ${nominationId} is not awarded by decision ${d.number}`);
    const pdf = await renderCertificatePdf({
      awardee,
      decisionNumber: source.number,
      signedAt: source.signedAt,
      template: source.template,
      signerUnit: source.signerUnit,
      signatureLines: source.signatureLines,
      signerName: source.signerName,
    });
    return { fileName: fileNameOf(`KT-${source.awardees.indexOf(awardee) + 1}`, d.number), pdf };
  }
}
