import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** Used only outside production, so `npm start` works with no configuration. */
export const DEV_JWT_SECRET = 'ktf-dev-only-signing-key-do-not-use-in-production';

const int = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

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
  TEMPORAL_TASK_QUEUE = 'ktf-nominations';

  /**
   * Workflows the worker keeps in memory. A nomination acted on after it left the cache is
   * replayed from its history first (2–3× the CPU of a cached one), so size it to the
   * nominations open at once. Unset: the SDK's default from the heap limit (~900 on 4 GiB).
   */
  @IsOptional() @Transform(int) @IsInt() @Min(2) @Max(1_000_000)
  TEMPORAL_MAX_CACHED_WORKFLOWS?: number;

  @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  @IsOptional() @IsString()
  JWT_ISSUER = 'khen-thuong-flow';

  @Transform(int) @IsInt() @Min(1) @Max(100)
  DB_POOL_SIZE = 10;

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

  /** The built web console (index.html + assets/) the API serves at `/`. Unset: dist/web beside the API's build. */
  @IsOptional() @IsString() @IsNotEmpty()
  CONSOLE_DIR?: string;
}

export class ConfigError extends Error {}

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
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return config;
}
