import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '#ktf/config';
import { AppModule } from './app.module';
import { DOSSIER_CONTENT_TYPES } from './dossier/dossier-files';
import { serveOpenApi } from './openapi/openapi-document';
import { validationPipe } from './problem/validation';

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'] });
  const config = app.get(AppConfig);
  // The largest body the document allows (20,000 characters of achievements, each up to six
  // bytes as a JSON escape) must fit: 100 kB, the default, refused valid nominations with 413.
  app.useBodyParser('json', { limit: '512kb' });
  // Dossier uploads arrive as raw bytes; JSON stays the default for everything else.
  app.useBodyParser('raw', { type: [...DOSSIER_CONTENT_TYPES], limit: config.MAX_DOCUMENT_BYTES });
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  serveOpenApi(app);
  await app.listen(config.PORT, '0.0.0.0');
  console.log(`api: listening on http://127.0.0.1:${config.PORT} (OpenAPI at /docs)`);
}

main().catch((e: unknown) => {
  console.error('api failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
