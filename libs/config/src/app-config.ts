import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { NOMINATION_TASK_QUEUE } from '#ktf/contracts';
import { readCodecKeyRing } from './codec-keys';
import { readTemporalConnection } from './temporal-connection';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** Used only outside production, so `npm start` works with no configuration. */
export const DEV_JWT_SECRET = 'ktf-dev-only-signing-key-do-not-use-in-production';

const int = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const list = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter((v) => v !== '') : value;

/** A browser origin: scheme, host and optional port, nothing after (no path, no trailing slash). */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** Process configuration from the environment, validated once at start-up. */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(int) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString() @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsString() @Matches(/^[^:\s]+:\d+$/, { message: 'TEMPORAL_ADDRESS must be host:port, e.g. 127.0.0.1:7233' })
  TEMPORAL_ADDRESS = '127.0.0.1:7233';

  @IsString() @IsNotEmpty()
  TEMPORAL_NAMESPACE = 'default';

  @IsString() @IsNotEmpty()
  TEMPORAL_TASK_QUEUE = NOMINATION_TASK_QUEUE;

  /**
   * How long the API waits for a user action's workflow (a vote, an appraisal or a creation's
   * Update; a decision; a council session's close; a decision's PDF) before answering 503 with
   * Retry-After. Without it a request waited as long as no worker took the
   * task (a worker down: for ever). The Update may still be done once a worker takes it; sent
   * again with the same Idempotency-Key, the request gets that outcome.
   */
  @Transform(int) @IsInt() @Min(1) @Max(3600)
  ACTION_WAIT_SECONDS = 30;

  /**
   * Workflows the worker keeps in memory. A nomination acted on after it left the cache is
   * replayed from its history first (2–3× the CPU of a cached one), so size it to the
   * nominations open at once. Unset: the SDK's default from the heap limit (~900 on 4 GiB).
   */
  @IsOptional() @Transform(int) @IsInt() @Min(2) @Max(1_000_000)
  TEMPORAL_MAX_CACHED_WORKFLOWS?: number;

  /**
   * true: the worker lets the SDK install its promise hook, so the `__stack_trace` query (the
   * Temporal UI's "Stack Trace" tab) shows where a workflow waits, at about 5 ms of CPU per
   * workflow task. Read by the worker's preload (apps/worker/src/workflow-stack-traces.ts).
   */
  @IsOptional() @Transform(bool) @IsBoolean({ message: 'TEMPORAL_WORKFLOW_STACK_TRACES must be true or false' })
  TEMPORAL_WORKFLOW_STACK_TRACES?: boolean;

  /**
   * Attempts of one API call to Temporal while it is unreachable (backoff from 100 ms, factor
   * 1.7): the default gives up after about 1 s, so a request answers 503 instead of hanging.
   */
  @Transform(int) @IsInt() @Min(1) @Max(20)
  TEMPORAL_RPC_ATTEMPTS = 4;

  /** Longest wait between reconnection attempts to Temporal, so the API notices it is back within this. */
  @Transform(int) @IsInt() @Min(100) @Max(120_000)
  TEMPORAL_RECONNECT_MAX_MS = 2_000;

  // Securing the Temporal connection (README "Configuration"); checked in temporal-connection.ts.

  /** true: TLS even with nothing else set (the server's certificate trusted by the system); false: plain. Unset: TLS when any setting below is given. */
  @IsOptional() @Transform(bool) @IsBoolean({ message: 'TEMPORAL_TLS must be true or false' })
  TEMPORAL_TLS?: boolean;

  /** The CA of the server's certificate (a private CA): a PEM file's path, or the PEM text. */
  @IsOptional() @IsString()
  TEMPORAL_TLS_CA?: string;

  /** Mutual TLS: the client's certificate and its private key (PEM paths or text), together. */
  @IsOptional() @IsString()
  TEMPORAL_TLS_CERT?: string;

  @IsOptional() @IsString()
  TEMPORAL_TLS_KEY?: string;

  /** The name the server's certificate carries, when it is not TEMPORAL_ADDRESS's host. */
  @IsOptional() @IsString()
  TEMPORAL_TLS_SERVER_NAME?: string;

  /** An API key (Temporal Cloud), sent as a bearer token; implies TLS. */
  @IsOptional() @IsString()
  TEMPORAL_API_KEY?: string;

  // Encrypting workflow payloads (README "Encrypted workflow payloads"); checked in codec-keys.ts.

  /** The codec's key ring: `id:base64-key` entries, newest first (it encrypts; all decrypt), comma-separated. */
  @IsOptional() @IsString()
  TEMPORAL_CODEC_KEYS?: string;

  /** A file holding the key ring (one entry a line), instead of TEMPORAL_CODEC_KEYS. */
  @IsOptional() @IsString()
  TEMPORAL_CODEC_KEYS_FILE?: string;

  /** Temporal UI origins allowed to call POST /codec/decode from the browser (comma-separated `https://host[:port]`). */
  @Transform(list) @IsArray() @ArrayMaxSize(10)
  @Matches(ORIGIN, { each: true, message: 'TEMPORAL_UI_ORIGINS must be comma-separated origins such as https://temporal-ui.example.gov.vn (scheme, host, optional port; no path)' })
  TEMPORAL_UI_ORIGINS: string[] = [];

  @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  @IsOptional() @IsString()
  JWT_ISSUER = 'khen-thuong-flow';

  @Transform(int) @IsInt() @Min(1) @Max(100)
  DB_POOL_SIZE = 10;

  /**
   * How long a pooled connection may sit idle before it is closed (0: never). The driver's
   * own 10 s closed the pool's second connection between the moments two statements overlap,
   * so a request every few seconds paid a new connection (TCP + SCRAM, ~5 ms) inside it.
   */
  @Transform(int) @IsInt() @Min(0) @Max(24 * 3600)
  DB_POOL_IDLE_SECONDS = 600;

  // Sign-in (console people; machines keep their bearer tokens). See README "Sign-in".

  /** Lifetime of an access token minted by /auth/login and /auth/refresh. */
  @Transform(int) @IsInt() @Min(60) @Max(24 * 3600)
  AUTH_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

  /** Lifetime of a refresh token (the `ktf_refresh` cookie); each refresh issues a new one. */
  @Transform(int) @IsInt() @Min(300) @Max(30 * 24 * 3600)
  AUTH_REFRESH_TOKEN_TTL_SECONDS = 8 * 3600;

  /** A sign-in's refresh tokens never outlive this, however often they are refreshed. */
  @Transform(int) @IsInt() @Min(300) @Max(90 * 24 * 3600)
  AUTH_SESSION_MAX_SECONDS = 24 * 3600;

  /** Passwords set from now on must be at least this long (characters). */
  @Transform(int) @IsInt() @Min(8) @Max(128)
  AUTH_PASSWORD_MIN_LENGTH = 12;

  /** argon2id memory in KiB, passes and lanes (OWASP's second recommended setting by default). */
  @Transform(int) @IsInt() @Min(8 * 1024) @Max(4 * 1024 * 1024)
  AUTH_ARGON2_MEMORY_KIB = 19 * 1024;

  @Transform(int) @IsInt() @Min(1) @Max(20)
  AUTH_ARGON2_TIME_COST = 2;

  @Transform(int) @IsInt() @Min(1) @Max(16)
  AUTH_ARGON2_PARALLELISM = 1;

  /** Consecutive failed sign-ins of one username before it backs off. */
  @Transform(int) @IsInt() @Min(1) @Max(100)
  AUTH_LOCKOUT_THRESHOLD = 5;

  /** The first lock window; each further failure after a window doubles it, up to the maximum. */
  @Transform(int) @IsInt() @Min(1) @Max(24 * 3600)
  AUTH_LOCKOUT_BASE_SECONDS = 30;

  @Transform(int) @IsInt() @Min(1) @Max(7 * 24 * 3600)
  AUTH_LOCKOUT_MAX_SECONDS = 15 * 60;

  /** Failures are forgotten after this long without an attempt (and at the next success). */
  @Transform(int) @IsInt() @Min(60) @Max(90 * 24 * 3600)
  AUTH_LOCKOUT_RESET_SECONDS = 24 * 3600;

  /**
   * Worker threads for whole-trail `GET /audit/verify`, each with one database connection
   * while in use; 0 verifies on the request's thread. Unset: the machine's cores, at most 4.
   */
  @IsOptional() @Transform(int) @IsInt() @Min(0) @Max(16)
  AUDIT_VERIFY_WORKERS?: number;

  /**
   * Whole-trail verifies of fewer events (estimated) stay on the request's thread: below
   * about this many, starting the threads (~0.3 s when none are idle) costs what they save.
   */
  @Transform(int) @IsInt() @Min(0)
  AUDIT_VERIFY_PARALLEL_MIN_EVENTS = 100_000;

  /** smtp://user:pass@host:port or smtps://…; unset: notifications are stored, not emailed. */
  @IsOptional() @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString() @IsNotEmpty()
  MAIL_FROM = 'Khen Thưởng Flow <no-reply@ktf.local>';

  /** Local-disk root for dossier files (the default DocumentStorage). */
  @IsString() @IsNotEmpty()
  DOCUMENT_STORAGE_DIR = '.data/documents';

  @Transform(int) @IsInt() @Min(1024) @Max(200 * 1024 * 1024)
  MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

  // ── Signing decision PDFs (README "Decision documents") ─────────────────────────────────

  /** The signers' PKCS#12 files, `<username>.p12`, read by the worker when it signs a decision. */
  @IsString() @IsNotEmpty()
  SIGNING_KEYS_DIR = '.data/signing';

  /** The PKCS#12 files' passphrase. The worker requires it in production; development uses its own. */
  @IsOptional() @IsString() @IsNotEmpty()
  SIGNING_KEYS_PASSPHRASE?: string;

  /** Make a development CA and each signer's file on first use. Unset: everywhere but production, where it is refused. */
  @IsOptional() @Transform(bool) @IsBoolean({ message: 'SIGNING_DEV_CA must be true or false' })
  SIGNING_DEV_CA?: boolean;

  // ── The HTTP edge: what the API accepts before any handler runs ─────────────────────────

  /** Largest JSON request body (413 above). The largest valid one, a nomination with 20,000 characters of achievements (up to six bytes each as JSON escapes), must fit. */
  @Transform(int) @IsInt() @Min(1024) @Max(10 * 1024 * 1024)
  MAX_JSON_BODY_BYTES = 512 * 1024;

  /** Deepest nesting of objects and arrays in a JSON body (400 above), checked before it is parsed. */
  @Transform(int) @IsInt() @Min(2) @Max(256)
  MAX_JSON_DEPTH = 32;

  /** Browser origins allowed to call the API (comma-separated `https://host[:port]`); none by default. */
  @Transform(list) @IsArray() @ArrayMaxSize(50)
  @Matches(ORIGIN, { each: true, message: 'CORS_ORIGINS must be comma-separated origins such as https://ktf.example.gov.vn (scheme, host, optional port; no path)' })
  CORS_ORIGINS: string[] = [];

  /** The rate-limit window, in seconds. */
  @Transform(int) @IsInt() @Min(1) @Max(3600)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /** Requests per window per client IP on the routes that need no token (/health). */
  @Transform(int) @IsInt() @Min(1) @Max(10_000_000)
  RATE_LIMIT_PUBLIC_PER_WINDOW = 120;

  /** Writes (POST, PUT, PATCH, DELETE) per window per signed-in user, across all routes. */
  @Transform(int) @IsInt() @Min(1) @Max(10_000_000)
  RATE_LIMIT_WRITES_PER_WINDOW = 120;

  /** The built web console (index.html + assets/) the API serves at `/`. Unset: dist/web beside the API's build. */
  @IsOptional() @IsString() @IsNotEmpty()
  CONSOLE_DIR?: string;

  // ── Observability (README "Observability") ──────────────────────────────────────────────

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** JSON lines, or readable lines for a developer's terminal (`npm start`; refused in production). */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /** The address the metrics listeners bind: loopback by default; 0.0.0.0 where Prometheus scrapes over a private network. */
  @IsString() @IsNotEmpty()
  METRICS_HOST = '127.0.0.1';

  /** The API's Prometheus listener (`GET /metrics`), a port of its own; unset: none. */
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(65535)
  METRICS_PORT?: number;

  /** The worker's Prometheus listener for the project's series; unset: none. */
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(65535)
  WORKER_METRICS_PORT?: number;

  /** The Temporal SDK's own Prometheus exporter in the worker (Runtime telemetry); unset: none. */
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(65535)
  TEMPORAL_METRICS_PORT?: number;
}

export class ConfigError extends Error {}

/** Used only outside production, for the development signers' PKCS#12 files. */
export const DEV_SIGNING_PASSPHRASE = 'ktf-dev-signing';

/** How the worker finds signing keys, with the development defaults filled in. */
export function signingKeysOf(config: AppConfig): { dir: string; passphrase: string; generate: boolean } {
  const generate = config.SIGNING_DEV_CA ?? config.NODE_ENV !== 'production';
  if (!generate && !config.SIGNING_KEYS_PASSPHRASE) throw new ConfigError('SIGNING_KEYS_PASSPHRASE must be set when the signing keys are files from a CA (production)');
  return { dir: config.SIGNING_KEYS_DIR, passphrase: config.SIGNING_KEYS_PASSPHRASE ?? DEV_SIGNING_PASSPHRASE, generate };
}

/** Reads and validates configuration; throws one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const plain = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, plain, { exposeDefaultValues: true });
  const problems = validateSync(config, { whitelist: false }).flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => `  - ${e.property}: ${m}`),
  );
  if (config.NODE_ENV === 'production' && (!env.JWT_SECRET || env.JWT_SECRET === DEV_JWT_SECRET)) {
    problems.push('  - JWT_SECRET: must be set in production (the development key is refused)');
  }
  if (config.AUTH_REFRESH_TOKEN_TTL_SECONDS <= config.AUTH_ACCESS_TOKEN_TTL_SECONDS) {
    problems.push('  - AUTH_REFRESH_TOKEN_TTL_SECONDS: must be longer than AUTH_ACCESS_TOKEN_TTL_SECONDS');
  }
  if (config.AUTH_SESSION_MAX_SECONDS < config.AUTH_REFRESH_TOKEN_TTL_SECONDS) {
    problems.push('  - AUTH_SESSION_MAX_SECONDS: must be at least AUTH_REFRESH_TOKEN_TTL_SECONDS');
  }
  if (config.AUTH_LOCKOUT_MAX_SECONDS < config.AUTH_LOCKOUT_BASE_SECONDS) {
    problems.push('  - AUTH_LOCKOUT_MAX_SECONDS: must be at least AUTH_LOCKOUT_BASE_SECONDS');
  }
  if (config.NODE_ENV === 'production' && config.LOG_FORMAT === 'pretty') {
    problems.push('  - LOG_FORMAT: pretty is for development; production writes JSON lines');
  }
  const metricsPorts = [config.METRICS_PORT, config.WORKER_METRICS_PORT, config.TEMPORAL_METRICS_PORT].filter((p) => typeof p === 'number');
  if (new Set(metricsPorts).size !== metricsPorts.length) {
    problems.push('  - METRICS_PORT, WORKER_METRICS_PORT, TEMPORAL_METRICS_PORT: must differ (one listener each)');
  }
  if (config.NODE_ENV === 'production' && config.SIGNING_DEV_CA) problems.push('  - SIGNING_DEV_CA: refused in production (signing keys come from the government CA)');
  // The files named are read and checked now, so a bad certificate stops the start, not the first call.
  if (config.TEMPORAL_TLS === undefined || typeof config.TEMPORAL_TLS === 'boolean') problems.push(...readTemporalConnection(config).problems);
  // The key ring is read now too, so a bad key (or none in production) stops the start.
  problems.push(...readCodecKeyRing(config).problems);
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return config;
}
