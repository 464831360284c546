import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from '#ktf/persistence';
import { Public } from '../auth/public.decorator';

@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly temporal: Client,
  ) {}

  /** Liveness and readiness in one: 200 when the database and Temporal answer, else 503. */
  @Public()
  @Get()
  @ApiResponse({ status: 429, description: 'Too many requests from this client address (Retry-After says when to retry)' })
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
