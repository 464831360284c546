import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's one registry: the API and the worker each serve it at `/metrics` (see
 * metrics-server.ts). Every series of the project is declared here, so names and labels stay
 * consistent and the Grafana dashboard (infra/observability) has one place to look.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'ktf_process_' });

/** Seconds buckets from 5 ms to 30 s: Updates and activities sit between 10 ms and a few seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequestDuration = new Histogram({
  name: 'ktf_http_request_duration_seconds',
  help: 'HTTP requests to the API by method, route template (never the raw path: ids would explode the series) and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const workflowUpdateDuration = new Histogram({
  name: 'ktf_workflow_update_duration_seconds',
  help: 'Round trip of one Workflow Update sent by the API (send, validate, handle, answer), by action and outcome',
  labelNames: ['action', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const activityDuration = new Histogram({
  name: 'ktf_activity_duration_seconds',
  help: 'Activity executions on this worker by activity type and outcome (completed or failed), each attempt counted',
  labelNames: ['activity', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const activityFailures = new Counter({
  name: 'ktf_activity_failures_total',
  help: 'Activity attempts that ended in an error, by activity type (Temporal retries them per their policy)',
  labelNames: ['activity'] as const,
  registers: [metricsRegistry],
});

export const auditAppends = new Counter({
  name: 'ktf_audit_appends_total',
  help: 'Audit events inserted by this process, by subject type (a retried activity whose events already exist adds none)',
  labelNames: ['subject_type'] as const,
  registers: [metricsRegistry],
});

/** Times `work` into the Update histogram: outcome "ok", or "failed" when it throws. */
export async function timeWorkflowUpdate<T>(action: string, work: () => Promise<T>): Promise<T> {
  const end = workflowUpdateDuration.startTimer({ action });
  try {
    const result = await work();
    end({ outcome: 'ok' });
    return result;
  } catch (e) {
    end({ outcome: 'failed' });
    throw e;
  }
}

/** Nominations open per stage and how many are past their due date, read at scrape time. */
export interface ReadModelCounts {
  byStage: { stage: string; count: number }[];
  overdue: number;
}

/** Registers the read-model gauges; `read` runs once per scrape (keep it one cheap query). */
export function registerReadModelGauges(read: () => Promise<ReadModelCounts>): void {
  let pending: Promise<ReadModelCounts> | undefined;
  // Both gauges are collected in one scrape: one query serves them.
  const once = () => (pending ??= read().finally(() => setImmediate(() => (pending = undefined))));
  new Gauge({
    name: 'ktf_nominations',
    help: 'Nominations in each stage (open workflows only), from the read model',
    labelNames: ['stage'] as const,
    registers: [metricsRegistry],
    async collect() {
      const { byStage } = await once();
      this.reset();
      for (const { stage, count } of byStage) this.set({ stage }, count);
    },
  });
  new Gauge({
    name: 'ktf_nominations_overdue',
    help: 'Open nominations whose current stage is past its due date, from the read model',
    registers: [metricsRegistry],
    async collect() {
      this.set((await once()).overdue);
    },
  });
}

/** The database pool as the driver sees it. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** Registers the pool gauges; `read` must be synchronous and cheap (it reads counters). */
export function registerPoolGauges(read: () => PoolUse): void {
  new Gauge({
    name: 'ktf_db_pool_connections',
    help: 'Database pool connections: total open, idle, and callers waiting for one',
    labelNames: ['state'] as const,
    registers: [metricsRegistry],
    collect() {
      const use = read();
      this.set({ state: 'total' }, use.total);
      this.set({ state: 'idle' }, use.idle);
      this.set({ state: 'waiting' }, use.waiting);
    },
  });
  new Gauge({
    name: 'ktf_db_pool_max',
    help: 'Largest number of connections the pool opens (DB_POOL_SIZE)',
    registers: [metricsRegistry],
    collect() {
      this.set(read().max);
    },
  });
}
