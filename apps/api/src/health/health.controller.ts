import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { Operation } from '../openapi/operation';
import { EnumField } from '../openapi/response-fields';
import { HealthService } from './health.service';

export class HealthResponse {
  @EnumField(['ok']) status!: string;
  @EnumField(['up']) database!: string;
  @EnumField(['up']) temporal!: string;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly service: HealthService) {}

  /** Liveness and readiness in one: 200 when the database and Temporal answer, else 503. */
  @Public()
  @Get()
  @Operation({ id: 'getHealth', summary: 'Liveness and readiness: 200 when the database and Temporal answer', ok: { type: HealthResponse }, fails: [503] })
  health() {
    return this.service.check();
  }
}
