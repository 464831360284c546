import { Body, Controller, Get, Headers, Param, ParseIntPipe, ParseUUIDPipe, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { DossierService } from './dossier.service';

const uuid = new ParseUUIDPipe();

/** Dossier files: PUT the raw bytes (Content-Type + X-File-Name), GET them back, compare rounds. */
@ApiTags('dossier')
@ApiBearerAuth()
@Controller('nominations/:id')
export class DossierController {
  constructor(private readonly service: DossierService) {}

  @Put('documents/:kind')
  @ApiResponse({ status: 415, description: 'The declared Content-Type is not accepted, or the bytes are not of that type (sniffed by their signature)' })
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('kind') kind: string,
    @Headers('content-type') contentType: string | undefined,
    @Headers('x-file-name') fileName: string | undefined,
    @Body() body: unknown,
  ) {
    return this.service.upload(actor, id, kind, fileName ? decodeURIComponent(fileName) : undefined, contentType, body);
  }

  @Get('documents')
  list(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.service.list(actor, id);
  }

  @Get('documents/:kind')
  async download(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Param('kind') kind: string, @Res({ passthrough: true }) res: { setHeader(k: string, v: string): void }) {
    const { row, content } = await this.service.download(actor, id, kind);
    res.setHeader('Content-Type', row.content_type);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`);
    res.setHeader('Digest', `sha-256=${Buffer.from(row.sha256, 'hex').toString('base64')}`);
    return new StreamableFile(content);
  }

  @Get('dossier/diff')
  diff(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Query('from', ParseIntPipe) from: number, @Query('to', ParseIntPipe) to: number) {
    return this.service.diff(actor, id, from, to);
  }

  /** The system's checks for the appraiser: documents, registry criteria, collective ratios, duplicates. */
  @Get('checks')
  checks(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.service.checks(actor, id);
  }
}
