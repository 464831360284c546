import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import { AppConfig, payloadCodecFor, temporalConnectionOptions, temporalDataConverter } from '#ktf/config';
import { DataSource } from '#ktf/persistence';
import { ACTIVITIES, WorkerModule } from './worker.module';
import { workflowSource } from './workflow-source';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  const config = app.get(AppConfig);
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities: app.get(ACTIVITIES),
    dataConverter: temporalDataConverter(payloadCodecFor(config)),
    ...(config.TEMPORAL_MAX_CACHED_WORKFLOWS ? { maxCachedWorkflows: config.TEMPORAL_MAX_CACHED_WORKFLOWS } : {}),
    ...workflowSource(),
  });
  // The SDK's runtime also shuts workers down on SIGINT/SIGTERM; whichever comes second must not
  // call shutdown() again (it throws once the worker is no longer running, crashing the exit).
  const stop = () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`worker: polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    await app.get(DataSource).destroy();
    await app.close();
  }
}

main().catch((e: unknown) => {
  console.error('worker failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
