import { Body, Controller, Get, Headers, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import { DOSSIER_KINDS, type Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { EnumParam, UuidParam } from '../openapi/path-params';
import { DOSSIER_CONTENT_TYPES, FILE_NAME_HEADER_MAX, FILE_NAME_HEADER_PATTERN } from './dossier-files';
import { DossierDiffQuery } from './dossier-query.dto';
import { CheckResultView, DossierDiff, DossierDocument, DossierDocuments } from './dossier-response.dto';
import { DossierService } from './dossier.service';

const Id = () => UuidParam('id', 'The nomination');
const Kind = () => EnumParam('kind', DOSSIER_KINDS, 'The kind of document (tờ trình, báo cáo thành tích, biên bản họp…)');

/** Dossier files: PUT the raw bytes (Content-Type + X-File-Name), GET them back, compare rounds. */
@ApiTags('dossier')
@ApiBearerAuth('bearer')
@Controller('nominations/:id')
export class DossierController {
  constructor(private readonly service: DossierService) {}

  @Put('documents/:kind')
  @Operation({
    id: 'uploadDocument',
    summary: 'Attach a file to a draft, or during a supplement round (the raw bytes are the body)',
    ok: { type: DossierDocument },
    fails: [403, 404, 409, 413, 415],
    failures: { 413: 'Larger than MAX_DOCUMENT_BYTES', 415: 'The bytes are not a file of the declared type' },
  })
  @ApiConsumes(...DOSSIER_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary', minLength: 1 } })
  @ApiHeader({
    name: 'X-File-Name',
    required: false,
    description: 'The file name, percent-encoded (encodeURIComponent); default `<kind>.pdf`',
    schema: { type: 'string', pattern: FILE_NAME_HEADER_PATTERN.source, maxLength: FILE_NAME_HEADER_MAX, example: 'T%E1%BB%9D%20tr%C3%ACnh.pdf' },
  })
  upload(
    @CurrentActor() actor: Actor,
    @Id() id: string,
    @Kind() kind: string,
    @Headers('content-type') contentType: string | undefined,
    @Headers('x-file-name') fileName: string | undefined,
    @Body() body: unknown,
  ) {
    return this.service.upload(actor, id, kind, fileName, contentType, body);
  }

  @Get('documents')
  @Operation({ id: 'listDocuments', summary: 'The dossier: the latest file of each kind, and every upload', ok: { type: DossierDocuments }, fails: [403, 404] })
  list(@CurrentActor() actor: Actor, @Id() id: string) {
    return this.service.list(actor, id);
  }

  @Get('documents/:kind')
  @Operation({
    id: 'downloadDocument',
    summary: 'The latest file of a kind, as uploaded (Digest: its SHA-256)',
    ok: { description: 'The file’s bytes, with the Content-Type it was uploaded with', content: Object.fromEntries(DOSSIER_CONTENT_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) },
    fails: [403, 404],
  })
  async download(@CurrentActor() actor: Actor, @Id() id: string, @Kind() kind: string, @Res({ passthrough: true }) res: { setHeader(k: string, v: string): void }) {
    const { row, content } = await this.service.download(actor, id, kind);
    res.setHeader('Content-Type', row.content_type);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`);
    res.setHeader('Digest', `sha-256=${Buffer.from(row.sha256, 'hex').toString('base64')}`);
    return new StreamableFile(content);
  }

  @Get('dossier/diff')
  @Operation({ id: 'diffDossier', summary: 'What changed in the dossier between two rounds', ok: { type: DossierDiff }, fails: [403, 404] })
  diff(@CurrentActor() actor: Actor, @Id() id: string, @Query() q: DossierDiffQuery) {
    return this.service.diff(actor, id, q.from, q.to);
  }

  /** The system's checks for the appraiser: documents, registry criteria, collective ratios, duplicates. */
  @Get('checks')
  @Operation({
    id: 'getChecks',
    summary: 'The system’s checks for the appraiser: documents, prior titles, collective ratios, duplicates',
    ok: { type: [CheckResultView] },
    fails: [403, 404, 422],
    failures: { 422: 'The nomination’s award type is no longer in the catalog' },
  })
  checks(@CurrentActor() actor: Actor, @Id() id: string) {
    return this.service.checks(actor, id);
  }
}
