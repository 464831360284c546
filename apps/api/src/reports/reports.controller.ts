import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { AwardsReportQuery, NominationsReportQuery } from './report-query.dto';
import { ReportsService } from './reports.service';
import { XLSX_CONTENT_TYPE } from './xlsx-sheet';

const XLSX = { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } };
type Headers = { setHeader(k: string, v: string): void };

const attachment = (res: Headers, fileName: string, body: Buffer) => {
  res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  return new StreamableFile(body);
};

@ApiTags('reports')
@ApiBearerAuth('bearer')
@Controller('reports')
export class ReportsController {
  constructor(private readonly service: ReportsService) {}

  @Get('awards.xlsx')
  @Operation({
    id: 'exportAwardsReport',
    summary: 'Awards of a year by unit and award type (individuals, collectives, total), as XLSX',
    description: 'For the office (admin, Sở Nội vụ: secretary, appraiser) and auditors. Vietnamese headers; counts are numbers.',
    ok: { description: 'The workbook', content: XLSX },
    fails: [403],
  })
  async awards(@CurrentActor() actor: Actor, @Query() q: AwardsReportQuery, @Res({ passthrough: true }) res: Headers) {
    return attachment(res, `khen-thuong-${q.year}.xlsx`, await this.service.awards(actor, q));
  }

  @Get('nominations.xlsx')
  @Operation({
    id: 'exportNominationsReport',
    summary: 'The register of submitted nominations: stage, due date and on-time status, as XLSX',
    description: 'For the office (admin, Sở Nội vụ: secretary, appraiser) and auditors. Dates are date cells shown dd/mm/yyyy (Vietnam time).',
    ok: { description: 'The workbook', content: XLSX },
    fails: [403, 422],
    failures: { 422: 'Too many nominations for one file: filter by year or unit' },
  })
  async nominations(@CurrentActor() actor: Actor, @Query() q: NominationsReportQuery, @Res({ passthrough: true }) res: Headers) {
    return attachment(res, q.year ? `so-theo-doi-${q.year}.xlsx` : 'so-theo-doi.xlsx', await this.service.nominations(actor, q));
  }
}
