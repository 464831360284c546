import 'reflect-metadata';
import { tracing } from './tracing';
import { NestFactory } from '@nestjs/core';
import { makeWorkflowExporter, OpenTelemetryActivityInboundInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { Context } from '@temporalio/activity';
import { NativeConnection, Worker } from '@temporalio/worker';
import { AppConfig, loadConfig, payloadCodecFor, temporalConnectionOptions, temporalDataConverter } from '#ktf/config';
import { databasePoolUse, DataSource } from '#ktf/persistence';
import { createLogger, Logger, MetricsServer, NestPinoLogger, registerPoolGauges, requestContextClientInterceptor, routeConsoleTo, startMetricsServer } from '#ktf/telemetry';
import { ACTIVITIES, WorkerModule } from './worker.module';
import { workflowCacheSize, workflowInterceptorModules, workflowSource } from './workflow-source';
import { activityTelemetry, installTemporalRuntime } from './worker-telemetry';
import { WORKFLOW_STACK_TRACES, WorkflowStackTraces } from './workflow-stack-traces.state';

async function main(logger: Logger, config: AppConfig): Promise<void> {
  installTemporalRuntime(logger, config);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new NestPinoLogger(logger) });
  const ds = app.get(DataSource);
  registerPoolGauges(() => databasePoolUse(ds));
  // Closed on the way out: a listening server would keep the process alive after the worker stops.
  let metricsServer: MetricsServer | undefined;
  if (config.WORKER_METRICS_PORT !== undefined) {
    metricsServer = await startMetricsServer(config.METRICS_HOST, config.WORKER_METRICS_PORT);
    logger.info(`worker: metrics at http://${config.METRICS_HOST}:${config.WORKER_METRICS_PORT}/metrics`);
  }
  const cacheSize = workflowCacheSize(config.TEMPORAL_MAX_CACHED_WORKFLOWS, tracing.enabled);
  if (cacheSize !== config.TEMPORAL_MAX_CACHED_WORKFLOWS) {
    logger.info(`worker: tracing is on, so at most ${cacheSize} workflows are cached (TEMPORAL_MAX_CACHED_WORKFLOWS; README, Troubleshooting)`);
  }
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities: app.get(ACTIVITIES),
    dataConverter: temporalDataConverter(payloadCodecFor(config)),
    // The workflow bundle carries the workflow interceptors (infra/tools/bundle-workflows.ts; workflowModules
    // serve a worker bundling at start): the tracing ones, and their sink, only while tracing is on. The
    // activities' client sends the request context of the activity's log context on (a decision's Updates
    // to its nominations).
    interceptors: {
      activity: [activityTelemetry, ...(tracing.enabled ? [(ctx: Context) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx) })] : [])],
      workflowModules: workflowInterceptorModules(tracing.enabled),
      client: { workflow: [requestContextClientInterceptor] },
    },
    ...(tracing.enabled ? { sinks: { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) } } : {}),
    ...(cacheSize ? { maxCachedWorkflows: cacheSize } : {}),
    ...workflowSource(tracing.enabled),
  });
  // The SDK's runtime also shuts workers down on SIGINT/SIGTERM; whichever comes second must not
  // call shutdown() again (it throws once the worker is no longer running, crashing the exit).
  const stop = () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  reportWorkflowStackTraces(logger);
  logger.info(`worker: polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
  try {
    await worker.run();
  } finally {
    await metricsServer?.close();
    await connection.close();
    await tracing.shutdown();
    await app.get(DataSource).destroy();
    await app.close();
  }
}

/** What the preload did (workflow-stack-traces.ts), or that the worker was started without it. */
function reportWorkflowStackTraces(logger: Logger): void {
  const state = (globalThis as Record<symbol, WorkflowStackTraces | undefined>)[WORKFLOW_STACK_TRACES];
  if (state === undefined) {
    logger.warn('worker: started without `--require ./dist/apps/worker/src/workflow-stack-traces.js`: the SDK promise hook costs ~5 ms of CPU per workflow task (README "Performance")');
  } else {
    logger.info(`worker: workflow stack traces ${state}${state === 'off' ? ' (TEMPORAL_WORKFLOW_STACK_TRACES=true turns them on)' : ''}`);
  }
}

/** Configuration first (a bad one is still reported as a JSON line), then the logger everything uses. */
function start(): void {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    createLogger({ service: 'worker', level: 'info', format: 'json' }).fatal(`worker failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  const logger = createLogger({ service: 'worker', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  routeConsoleTo(logger);
  main(logger, config).catch((e: unknown) => {
    logger.fatal(`worker failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}

start();
