import type { ServerResponse } from 'node:http';
import { Controller, Get, Headers, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { AuditEventPage, EXPORT_CONTENT, VERIFY_CONTENT, VerifyResult } from './audit-response.dto';
import { AuditEventsService } from './audit-events.service';
import { AuditExportService } from './audit-export.service';
import { AuditVerifyService } from './audit-verify.service';
import { AuditEventsQueryDto, AuditExportQueryDto, AuditVerifyQueryDto } from './dto/audit-query.dto';
import { NdjsonWriter, sendJson } from './ndjson-writer';

@ApiTags('audit')
@ApiBearerAuth('bearer')
@ApiExtraModels(VerifyResult)
@Controller('audit')
export class AuditController {
  private readonly log = new Logger('Audit');

  constructor(
    private readonly events: AuditEventsService,
    private readonly verifier: AuditVerifyService,
    private readonly exporter: AuditExportService,
  ) {}

  @Get('events')
  @Operation({
    id: 'listAuditEvents',
    summary: 'Audit events in (occurredAt, id) order, filtered by subject, actor, action or time',
    ok: { type: AuditEventPage },
    fails: [403, 422],
    failures: { 422: 'subjectId without subjectType, or a cursor this list did not return' },
  })
  list(@CurrentActor() actor: Actor, @Query() q: AuditEventsQueryDto) {
    return this.events.list(actor, q);
  }

  /** JSON by default; with `Accept: application/x-ndjson`, progress lines then the result line. */
  @Get('verify')
  @Operation({
    id: 'verifyAuditTrail',
    summary: 'Recompute the hash chains: one subject’s, one type’s, or the whole trail’s',
    ok: { content: VERIFY_CONTENT, description: 'The verification result (or, as NDJSON, progress then the result)' },
    fails: [403, 404],
    failures: { 404: 'No events for that subject' },
  })
  async verify(@CurrentActor() actor: Actor, @Query() q: AuditVerifyQueryDto, @Headers('accept') accept: string | undefined, @Res() res: ServerResponse) {
    if (!accept?.includes('application/x-ndjson')) {
      sendJson(res, await this.verifier.verify(actor, q));
      return;
    }
    const out = new NdjsonWriter(res);
    try {
      const result = await this.verifier.verify(actor, q, {
        onProgress: (p) => out.write({ type: 'progress', ...p }),
        cancelled: () => out.closed,
      });
      await out.write({ type: 'result', ...result });
      out.end();
    } catch (e) {
      if (!out.started) throw e;
      this.log.error(`verify stream failed: ${e instanceof Error ? e.message : String(e)}`);
      await out.write({ type: 'error', detail: 'verification stopped by an internal error' });
      out.end();
    }
  }

  @Get('export')
  @Operation({
    id: 'exportAuditTrail',
    summary: 'Stream an evidence bundle (NDJSON) of one chain, a time range, or both',
    ok: { content: EXPORT_CONTENT, description: 'The bundle, as an attachment' },
    fails: [403, 404, 422],
    failures: { 404: 'No events for that subject', 422: 'Neither subject nor a time range was given, or from is not before to' },
  })
  async export(@CurrentActor() actor: Actor, @Query() q: AuditExportQueryDto, @Res() res: ServerResponse) {
    const filter = this.exporter.filterOf(actor, q);
    const name = (q.subject ?? `${q.from ?? 'start'}_${q.to ?? 'now'}`).replace(/[^A-Za-z0-9._-]/g, '-');
    const out = new NdjsonWriter(res, { 'content-disposition': `attachment; filename="ktf-audit-${name}.ndjson"` });
    try {
      await this.exporter.export(filter, out);
    } catch (e) {
      if (!out.started) throw e;
      this.log.error(`export stream failed: ${e instanceof Error ? e.message : String(e)}`);
      // No trailer follows: the offline verifier reports the bundle as truncated.
      out.end();
    }
  }
}
