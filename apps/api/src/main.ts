import 'reflect-metadata';
import './tracing';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, loadConfig } from '#ktf/config';
import { databasePoolUse, DataSource, readModelCounts } from '#ktf/persistence';
import { createLogger, Logger, NestPinoLogger, registerPoolGauges, registerReadModelGauges, routeConsoleTo, startMetricsServer } from '#ktf/telemetry';
import { AppModule } from './app.module';
import { applyHttpEdge } from './edge/http-edge';
import { defaultConsoleDir, mountConsole } from './console/console-static';
import { serveOpenApi } from './openapi/openapi-document';
import { validationPipe } from './problem/validation';

async function main(logger: Logger): Promise<void> {
  // No default body parsers: the edge registers JSON and raw documents with explicit limits.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: new NestPinoLogger(logger), bodyParser: false });
  const config = app.get(AppConfig);
  applyHttpEdge(app, config, logger);
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  // The console's pages and assets first: they are not API paths, so the OpenAPI document's
  // 405 handler (registered next) never sees them.
  const consoleDir = config.CONSOLE_DIR ?? defaultConsoleDir();
  const console_ = mountConsole(app, consoleDir) ? 'console at /' : `no console (not built at ${consoleDir}: npm run build:web)`;
  serveOpenApi(app);
  const ds = app.get(DataSource);
  registerReadModelGauges(() => readModelCounts(ds));
  registerPoolGauges(() => databasePoolUse(ds));
  if (config.METRICS_PORT !== undefined) {
    await startMetricsServer(config.METRICS_HOST, config.METRICS_PORT);
    logger.info(`api: metrics at http://${config.METRICS_HOST}:${config.METRICS_PORT}/metrics`);
  }
  await app.listen(config.PORT, '0.0.0.0');
  logger.info(`api: listening on http://127.0.0.1:${config.PORT} (OpenAPI at /docs; ${console_})`);
}

/** Configuration first (a bad one is still reported as a JSON line), then the logger everything uses. */
function start(): void {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    createLogger({ service: 'api', level: 'info', format: 'json' }).fatal(`api failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  const logger = createLogger({ service: 'api', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  routeConsoleTo(logger);
  main(logger).catch((e: unknown) => {
    logger.fatal(`api failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}

start();
