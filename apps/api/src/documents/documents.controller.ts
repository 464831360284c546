import { Controller, Get, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { UuidParam } from '../openapi/path-params';
import { DocumentsService, PdfFile } from './documents.service';

const PDF = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };

interface Headers {
  setHeader(k: string, v: string): void;
}

function sendPdf(res: Headers, file: PdfFile): StreamableFile {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  if (file.sha256) res.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
  return new StreamableFile(file.pdf);
}

@ApiTags('decisions')
@ApiBearerAuth('bearer')
@Controller('decisions')
export class DocumentsController {
  constructor(private readonly service: DocumentsService) {}

  @Get(':id/document.pdf')
  @Operation({
    id: 'getDecisionDocument',
    summary: 'The signed decision (quyết định) as a PDF in the state format, with its annex of awardees',
    description:
      'The bytes signed (PAdES) when the decision was sealed, or right after it for a decision of one nomination (asked meanwhile, this request waits for them, at most ACTION_WAIT_SECONDS, then 503); `Digest` is their SHA-256, as in the decision’s `decision_signed` (a batch) or `decision_document_signed` (a decision of one) audit event. Whoever may read the decision may read it.',
    ok: { description: 'The signed PDF', content: PDF },
    fails: [403, 404],
    failures: { 404: 'No such decision, or it has no document (not signed yet, a submission, or signed before documents existed)' },
  })
  async document(@CurrentActor() actor: Actor, @UuidParam('id', 'The decision') id: string, @Res({ passthrough: true }) res: Headers) {
    return sendPdf(res, await this.service.decisionPdf(actor, id));
  }

  @Get(':id/certificates/:nominationId.pdf')
  @Operation({
    id: 'getAwardCertificate',
    summary: 'The Bằng khen / Giấy khen of one awardee of a signed decision, A4 landscape PDF',
    ok: { description: 'The certificate', content: PDF },
    fails: [403, 404],
    failures: { 404: 'No such decision, it awards nothing yet, or the nomination is not one it awards' },
  })
  async certificate(
    @CurrentActor() actor: Actor,
    @UuidParam('id', 'The decision') id: string,
    @UuidParam('nominationId', 'A nomination the decision awards') nominationId: string,
    @Res({ passthrough: true }) res: Headers,
  ) {
    return sendPdf(res, await this.service.certificatePdf(actor, id, nominationId));
  }
}
