import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from '#ktf/persistence';

/** Liveness and readiness in one: the database and Temporal both answer, or 503 says which did not. */
@Injectable()
export class HealthService {
  constructor(
    private readonly ds: DataSource,
    private readonly temporal: Client,
  ) {}

  async check() {
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
