import { ConfigError, DEV_SIGNING_PASSPHRASE, loadConfig, signingKeysOf } from './app-config';

const base = { DATABASE_URL: 'postgres://ktf@127.0.0.1:5432/ktf' };

const problemsOf = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig({ ...base, ...env });
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return '';
};

describe('the HTTP edge configuration', () => {
  it('has production-sane defaults: no CORS origin, bounded bodies, modest rate limits', () => {
    const c = loadConfig(base);
    expect(c.CORS_ORIGINS).toEqual([]);
    expect(c.MAX_JSON_BODY_BYTES).toBe(512 * 1024); // the largest valid nomination (20,000 characters of achievements, escaped) fits
    expect(c.MAX_JSON_DEPTH).toBe(32);
    expect(c).toMatchObject({ RATE_LIMIT_WINDOW_SECONDS: 60, RATE_LIMIT_PUBLIC_PER_WINDOW: 120, RATE_LIMIT_WRITES_PER_WINDOW: 120 });
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins', () => {
    const c = loadConfig({ ...base, CORS_ORIGINS: 'https://ktf.example.gov.vn, http://localhost:5173' });
    expect(c.CORS_ORIGINS).toEqual(['https://ktf.example.gov.vn', 'http://localhost:5173']);
  });

  it('refuses an origin with a path, a wildcard or no scheme, naming the variable', () => {
    for (const bad of ['https://ktf.example.gov.vn/', '*', 'ktf.example.gov.vn', 'https://a.vn/app']) {
      expect(problemsOf({ CORS_ORIGINS: bad })).toMatch(/CORS_ORIGINS: CORS_ORIGINS must be comma-separated origins/);
    }
  });

  it('names every out-of-range limit in one message', () => {
    const message = problemsOf({ MAX_JSON_DEPTH: '1', MAX_JSON_BODY_BYTES: '12', RATE_LIMIT_WRITES_PER_WINDOW: '0', RATE_LIMIT_PUBLIC_PER_WINDOW: 'many', RATE_LIMIT_WINDOW_SECONDS: '7200' });
    for (const name of ['MAX_JSON_DEPTH', 'MAX_JSON_BODY_BYTES', 'RATE_LIMIT_WRITES_PER_WINDOW', 'RATE_LIMIT_PUBLIC_PER_WINDOW', 'RATE_LIMIT_WINDOW_SECONDS']) {
      expect(message).toContain(`  - ${name}:`);
    }
  });
});

describe('the observability configuration', () => {
  it('writes JSON lines at info with no metrics listener by default', () => {
    expect(loadConfig(base)).toMatchObject({ LOG_LEVEL: 'info', LOG_FORMAT: 'json', METRICS_HOST: '127.0.0.1', METRICS_PORT: undefined, WORKER_METRICS_PORT: undefined, TEMPORAL_METRICS_PORT: undefined });
  });

  it('reads the three metrics ports', () => {
    expect(loadConfig({ ...base, METRICS_PORT: '9464', WORKER_METRICS_PORT: '9465', TEMPORAL_METRICS_PORT: '9466' })).toMatchObject({ METRICS_PORT: 9464, WORKER_METRICS_PORT: 9465, TEMPORAL_METRICS_PORT: 9466 });
  });

  it('refuses one port for two listeners, a port out of range, an unknown level, and pretty logs in production', () => {
    expect(problemsOf({ METRICS_PORT: '9464', WORKER_METRICS_PORT: '9464' })).toContain('METRICS_PORT, WORKER_METRICS_PORT, TEMPORAL_METRICS_PORT: must differ');
    expect(problemsOf({ TEMPORAL_METRICS_PORT: '70000' })).toContain('TEMPORAL_METRICS_PORT');
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toContain('LOG_LEVEL');
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), LOG_FORMAT: 'pretty' })).toContain('LOG_FORMAT: pretty is for development');
  });
});

describe('the signing keys configuration', () => {
  it('makes development keys outside production, with the development passphrase', () => {
    expect(signingKeysOf(loadConfig(base))).toEqual({ dir: '.data/signing', passphrase: DEV_SIGNING_PASSPHRASE, generate: true });
  });

  it('reads real key files in production, and needs their passphrase', () => {
    // Production also needs the payload codec's key ring (issue 14).
    const prod = { ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), TEMPORAL_CODEC_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}` };
    expect(() => signingKeysOf(loadConfig(prod))).toThrow('SIGNING_KEYS_PASSPHRASE must be set when the signing keys are files from a CA (production)');
    expect(signingKeysOf(loadConfig({ ...prod, SIGNING_KEYS_DIR: '/run/keys', SIGNING_KEYS_PASSPHRASE: 'p' }))).toEqual({ dir: '/run/keys', passphrase: 'p', generate: false });
  });

  it('refuses a development CA in production, and a non-boolean switch', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SIGNING_DEV_CA: 'true' })).toThrow(/SIGNING_DEV_CA: refused in production/);
    expect(() => loadConfig({ ...base, SIGNING_DEV_CA: 'yes' })).toThrow(/SIGNING_DEV_CA must be true or false/);
  });
});

describe('workflow stack traces (the worker preload reads the raw variable)', () => {
  it('takes true or false and refuses anything else, so the preload never sees a value it would misread', () => {
    expect(loadConfig(base).TEMPORAL_WORKFLOW_STACK_TRACES).toBeUndefined();
    expect(loadConfig({ ...base, TEMPORAL_WORKFLOW_STACK_TRACES: 'true' }).TEMPORAL_WORKFLOW_STACK_TRACES).toBe(true);
    expect(loadConfig({ ...base, TEMPORAL_WORKFLOW_STACK_TRACES: 'false' }).TEMPORAL_WORKFLOW_STACK_TRACES).toBe(false);
    expect(() => loadConfig({ ...base, TEMPORAL_WORKFLOW_STACK_TRACES: 'on' })).toThrow(/TEMPORAL_WORKFLOW_STACK_TRACES must be true or false/);
  });
});

describe('the database pool configuration', () => {
  it('keeps idle connections ten minutes by default, 0 for ever, and refuses anything else', () => {
    expect(loadConfig(base)).toMatchObject({ DB_POOL_SIZE: 10, DB_POOL_IDLE_SECONDS: 600 });
    expect(loadConfig({ ...base, DB_POOL_IDLE_SECONDS: '0' }).DB_POOL_IDLE_SECONDS).toBe(0);
    for (const bad of ['-1', 'soon', '86401']) expect(problemsOf({ DB_POOL_IDLE_SECONDS: bad })).toContain('  - DB_POOL_IDLE_SECONDS:');
  });
});
