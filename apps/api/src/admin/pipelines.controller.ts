import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { METHOD_NOT_ALLOWED_NOTE } from '../openapi/method-not-allowed';
import { Operation } from '../openapi/operation';
import { PatternParam, PositiveIntParam } from '../openapi/path-params';
import { PipelineSummaryResponse, PipelineVersionResponse, PipelineVersionsResponse } from './admin-response.dto';
import { AdminOnly } from './admin-only.guard';
import { PIPELINE_CODE_PATTERN, PublishPipelineVersionDto } from './pipeline.dto';
import { PipelinesService } from './pipelines.service';

const Code = () => PatternParam('code', PIPELINE_CODE_PATTERN, 'The pipeline’s code', 'provincial');

/**
 * Pipeline definitions: versions are published, never edited (running nominations pin them).
 * Any other method on a version is answered 405 with `Allow: GET` (see method-not-allowed.ts).
 */
@ApiTags('admin')
@ApiBearerAuth('bearer')
@Controller('pipelines')
export class PipelinesController {
  constructor(private readonly service: PipelinesService) {}

  @Get()
  @Operation({ id: 'listPipelines', summary: 'Every pipeline, with its newest version', ok: { type: [PipelineSummaryResponse] } })
  list() {
    return this.service.list();
  }

  @Get(':code')
  @Operation({ id: 'getPipelineVersions', summary: 'Every version of a pipeline, newest first, each saying whether a nomination runs on it', ok: { type: PipelineVersionsResponse }, fails: [404] })
  versions(@Code() code: string) {
    return this.service.versions(code);
  }

  @Get(':code/versions/:version')
  @Operation({ id: 'getPipelineVersion', summary: 'One version of a pipeline (immutable)', ok: { type: PipelineVersionResponse }, fails: [404] })
  @ApiExtension(METHOD_NOT_ALLOWED_NOTE, 'a pipeline version is immutable: publish a new one with POST /pipelines/{code}/versions')
  version(@Code() code: string, @PositiveIntParam('version', 'The version number') version: number) {
    return this.service.version(code, version);
  }

  @Post(':code/versions')
  @AdminOnly()
  @Operation({
    id: 'publishPipelineVersion',
    summary: 'Admin: publish the next version of a pipeline (version 1 creates it)',
    ok: { status: 201, type: PipelineVersionResponse },
    fails: [403, 422],
    failures: { 422: 'The stages break a pipeline rule (`errors`), e.g. the first stage must be unit_proposal' },
  })
  publish(@CurrentActor() actor: Actor, @Code() code: string, @Body() dto: PublishPipelineVersionDto) {
    return this.service.publish(actor, code, dto);
  }
}
