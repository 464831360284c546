import { log } from '@temporalio/activity';
import { sha256Hex, signPreparedPdf, SignerDirectory } from '#ktf/documents';
import type { DecisionDocumentRepository } from '#ktf/persistence';
import { DecisionDrawing, drawingHere } from './decision-drawing';

/** What sealing a decision asks of the documents: its signed PDF, made and stored once. */
export interface DecisionDocuments {
  /** The SHA-256 of the decision's signed PDF (made now if none is stored); null when it has no document. */
  ensureSigned(decisionId: string): Promise<{ sha256: string } | null>;
}

/**
 * Renders the decision from the stored data, signs it with the signer's key and stores it,
 * unless a PDF is stored already: a retried activity returns the first one's hash, so the
 * audit event always names the bytes GET /decisions/:id/document.pdf serves.
 */
export class DecisionDocumentSigning implements DecisionDocuments {
  constructor(
    private readonly documents: DecisionDocumentRepository,
    private readonly signers: SignerDirectory,
    private readonly drawing: DecisionDrawing = drawingHere,
  ) {}

  async ensureSigned(decisionId: string): Promise<{ sha256: string } | null> {
    const { signedSha256, source } = await this.documents.forSigning(decisionId);
    if (signedSha256) return { sha256: signedSha256 };
    // A tờ trình to the central level is not a quyết định: no document of ours.
    if (!source || source.kind !== 'decision') {
      if (!source) log.warn('decision has no document template for its pipeline: sealed without a PDF', { decisionId });
      return null;
    }
    const signer = this.signers.signerFor({ username: source.signer.username, fullName: source.signerName, organization: source.signerUnit });
    const info = { reason: `Quyết định số ${source.number}`, location: source.template.place, signingTime: source.signedAt };
    // Drawn apart (a thread in the worker), signed here where the key is.
    const pdf = await signPreparedPdf(await this.drawing.prepared(source, signer.signerName, info), signer, info);
    return this.documents.storeOnce(decisionId, { pdf, sha256: sha256Hex(pdf), signerName: signer.signerName });
  }
}
