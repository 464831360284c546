import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from '#ktf/persistence';
import { Public } from '../auth/public.decorator';
import { Operation } from '../openapi/operation';
import { EnumField } from '../openapi/response-fields';

export class HealthResponse {
  @EnumField(['ok']) status!: string;
  @EnumField(['up']) database!: string;
  @EnumField(['up']) temporal!: string;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly temporal: Client,
  ) {}

  /** Liveness and readiness in one: 200 when the database and Temporal answer, else 503. */
  @Public()
  @Get()
  @Operation({ id: 'getHealth', summary: 'Liveness and readiness: 200 when the database and Temporal answer', ok: { type: HealthResponse }, fails: [503] })
  async health() {
    const [db, temporal] = await Promise.allSettled([
      this.ds.query('SELECT 1'),
      this.temporal.connection.workflowService.getSystemInfo({}),
    ]);
    const body = {
      status: db.status === 'fulfilled' && temporal.status === 'fulfilled' ? 'ok' : 'degraded',
      database: db.status === 'fulfilled' ? 'up' : 'down',
      temporal: temporal.status === 'fulfilled' ? 'up' : 'down',
    };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}
