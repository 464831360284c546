import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '#ktf/config';
import { AppModule } from './app.module';
import { applyHttpEdge } from './edge/http-edge';
import { defaultConsoleDir, mountConsole } from './console/console-static';
import { serveOpenApi } from './openapi/openapi-document';
import { validationPipe } from './problem/validation';

async function main(): Promise<void> {
  // No default body parsers: the edge registers JSON and raw documents with explicit limits.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'], bodyParser: false });
  const config = app.get(AppConfig);
  applyHttpEdge(app, config);
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  // The console's pages and assets first: they are not API paths, so the OpenAPI document's
  // 405 handler (registered next) never sees them.
  const consoleDir = config.CONSOLE_DIR ?? defaultConsoleDir();
  const console_ = mountConsole(app, consoleDir) ? 'console at /' : `no console (not built at ${consoleDir}: npm run build:web)`;
  serveOpenApi(app);
  await app.listen(config.PORT, '0.0.0.0');
  console.log(`api: listening on http://127.0.0.1:${config.PORT} (OpenAPI at /docs; ${console_})`);
}

main().catch((e: unknown) => {
  console.error('api failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
