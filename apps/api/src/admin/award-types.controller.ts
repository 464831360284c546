import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AWARD_CODE_PATTERN, type Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Operation } from '../openapi/operation';
import { PatternParam } from '../openapi/path-params';
import { AwardTypeResponse } from './admin-response.dto';
import { AdminOnly } from './admin-only.guard';
import { CreateAwardTypeDto, ReplaceAwardTypeDto } from './award-type.dto';
import { AwardTypesService } from './award-types.service';

const Code = () => PatternParam('code', AWARD_CODE_PATTERN, 'The award type’s catalog code', 'BANG_KHEN_CT_UBND');
const RULES_422 = 'The definition breaks a catalog rule, or refers to a pipeline or prior title that does not exist (`errors`)';

/** The award catalog: read by everyone signed in, changed by admins. */
@ApiTags('admin')
@ApiBearerAuth('bearer')
@Controller('award-types')
export class AwardTypesController {
  constructor(private readonly service: AwardTypesService) {}

  @Get()
  @Operation({ id: 'listAwardTypes', summary: 'The award catalog', ok: { type: [AwardTypeResponse] } })
  list() {
    return this.service.list();
  }

  @Get(':code')
  @Operation({ id: 'getAwardType', summary: 'One award type', ok: { type: AwardTypeResponse }, fails: [404] })
  get(@Code() code: string) {
    return this.service.get(code);
  }

  @Post()
  @AdminOnly()
  @Operation({
    id: 'createAwardType',
    summary: 'Admin: add an award type to the catalog',
    ok: { status: 201, type: AwardTypeResponse },
    fails: [403, 422],
    failures: { 422: `The code is taken, or: ${RULES_422}` },
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAwardTypeDto) {
    return this.service.create(actor, dto);
  }

  @Put(':code')
  @AdminOnly()
  @Operation({
    id: 'replaceAwardType',
    summary: 'Admin: replace an award type whole; nominations already started keep the rules they pinned',
    ok: { type: AwardTypeResponse },
    fails: [403, 404, 422],
    failures: { 422: `The body's code differs from the path's, or: ${RULES_422}` },
  })
  replace(@CurrentActor() actor: Actor, @Code() code: string, @Body() dto: ReplaceAwardTypeDto) {
    return this.service.replace(actor, code, dto);
  }
}
