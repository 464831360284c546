import { All, Body, Controller, Get, HttpException, HttpStatus, Param, ParseIntPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AdminOnly } from './admin-only.guard';
import { PublishPipelineVersionDto } from './pipeline.dto';
import { PipelinesService } from './pipelines.service';

/** Pipeline definitions: versions are published, never edited (running nominations pin them). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('pipelines')
export class PipelinesController {
  constructor(private readonly service: PipelinesService) {}

  @Get()
  list() {
    return this.service.list();
  }

  /** Every version, newest first, each saying whether a nomination runs on it. */
  @Get(':code')
  versions(@Param('code') code: string) {
    return this.service.versions(code);
  }

  @Get(':code/versions/:version')
  version(@Param('code') code: string, @Param('version', ParseIntPipe) version: number) {
    return this.service.version(code, version);
  }

  /** Publishes the next version (version 1 creates the pipeline). */
  @Post(':code/versions')
  @AdminOnly()
  publish(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: PublishPipelineVersionDto) {
    return this.service.publish(actor, code, dto);
  }

  /** Any other method on a version: it is immutable, so say so instead of a bare 404. */
  @All(':code/versions/:version')
  immutable(@Res({ passthrough: true }) res: { setHeader(name: string, value: string): void }): never {
    res.setHeader('Allow', 'GET');
    throw new HttpException('a pipeline version is immutable: publish a new one with POST /pipelines/:code/versions', HttpStatus.METHOD_NOT_ALLOWED);
  }
}
