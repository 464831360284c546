// docker-compose.yml is valid and has the production-like topology of DESIGN.md §7.
// Needs no Docker engine: infra/tools/validate-compose.sh only runs `config` (and, as root,
// installs Debian's docker-compose when no compose tool is present — hence the long timeout).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_HISTORY_SHARDS, DYNAMIC_CONFIG_FILE } from '../../infra/cluster/temporal-server-config';
import { TEMPORAL_SERVER_VERSION } from '../../infra/cluster/temporal-server-tools';
import { SERVICE_HEAP_ARGS } from '../../infra/dev/service-heap';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'infra', 'tools', 'validate-compose.sh');
const DOCKERFILE = join(ROOT, 'infra', 'docker', 'Dockerfile');
const SECRETS = [
  'POSTGRES_PASSWORD',
  'KTF_OWNER_DB_PASSWORD',
  'KTF_APP_DB_PASSWORD',
  'TEMPORAL_DB_PASSWORD',
  'JWT_SECRET',
  'TEMPORAL_CODEC_KEYS',
  'GRAFANA_ADMIN_PASSWORD',
  'SIGNING_KEYS_PASSPHRASE',
] as const;
const TIMEOUT_MS = 300_000;

/** The environment of this process without any of the compose file's required secrets. */
function envWithoutSecrets(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of SECRETS) delete env[name];
  return env;
}

// ---------------------------------------------------------------------------------------------
// Minimal YAML reader for `docker-compose config` output (PyYAML block style): nested
// mappings of scalars. Sequences are skipped (their key reads as an empty mapping); of a
// wrapped or block scalar only the first line is kept. Enough to walk services/*/build.
// ---------------------------------------------------------------------------------------------
type YamlValue = string | YamlMap;
interface YamlMap {
  [key: string]: YamlValue;
}

function unquote(raw: string): string {
  const s = raw.trim();
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return JSON.parse(s) as string;
  return s;
}

function parseComposeYaml(text: string): YamlMap {
  const root: YamlMap = {};
  const stack: Array<{ indent: number; map: YamlMap }> = [{ indent: -1, map: root }];
  let skipDeeperThan: number | null = null;

  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.replace(/\s+$/, '');
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed === '---') continue;
    const indent = line.length - trimmed.length;
    const isListItem = trimmed === '-' || trimmed.startsWith('- ');

    if (skipDeeperThan !== null) {
      if (indent > skipDeeperThan || (indent === skipDeeperThan && isListItem)) continue;
      skipDeeperThan = null;
    }
    if (isListItem) {
      // A sequence (PyYAML writes it at its key's indentation): skip it and its contents.
      skipDeeperThan = indent;
      continue;
    }

    const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s'"#][^:]*?):(?:\s+(.*))?$/.exec(trimmed);
    if (!match) throw new Error(`unexpected YAML at line ${index + 1}: ${rawLine}`);
    const key = unquote(match[1]);
    const rest = match[2];

    while (stack.length > 1 && stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1].map;

    if (rest === undefined || rest === '' || rest === '{}') {
      const child: YamlMap = {};
      parent[key] = child;
      if (rest === undefined || rest === '') stack.push({ indent, map: child });
      continue;
    }
    // A scalar: block scalars (| >) and wrapped plain/quoted scalars continue on deeper lines.
    parent[key] = /^[|>]/.test(rest) ? '' : unquote(rest);
    skipDeeperThan = indent;
  }
  return root;
}

function parseComposeConfig(output: string): YamlMap {
  const text = output.trim();
  if (text.startsWith('{')) return JSON.parse(text) as YamlMap; // `docker compose config --format json`
  return parseComposeYaml(text); // Debian's docker-compose 1.x prints YAML only
}

function asMap(value: unknown, what: string): YamlMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${what} is not a mapping: ${JSON.stringify(value)}`);
  }
  return value as YamlMap;
}

function asString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} is not a string: ${JSON.stringify(value)}`);
  return value;
}

// ---------------------------------------------------------------------------------------------

describe('parseComposeYaml (test helper)', () => {
  it('reads nested mappings and skips sequences and wrapped scalars', () => {
    const yaml = [
      'services:',
      '  api:',
      '    build:',
      '      context: /repo',
      "      dockerfile: 'infra/docker/Dockerfile'",
      '    command:',
      '    - node',
      '    - main.js',
      '    environment:',
      "      PORT: '3000'",
      '      LONG: a plain scalar that PyYAML wrapped',
      '        onto: a second line',
      '    healthcheck:',
      '      test:',
      '      - CMD',
      '      - key: value',
      '        nested: skipped',
      '  worker: {}',
      'volumes:',
      '  pgdata: {}',
    ].join('\n');
    expect(parseComposeYaml(yaml)).toEqual({
      services: {
        api: {
          build: { context: '/repo', dockerfile: 'infra/docker/Dockerfile' },
          command: {},
          environment: { PORT: '3000', LONG: 'a plain scalar that PyYAML wrapped' }, // first line only
          healthcheck: { test: {} },
        },
        worker: {},
      },
      volumes: { pgdata: {} },
    });
  });
});

describe('docker-compose.yml', () => {
  let config: YamlMap;
  let services: YamlMap;

  beforeAll(() => {
    // execFileSync throws (failing the suite) when the script exits non-zero.
    const stdout = execFileSync(SCRIPT, ['--print'], {
      cwd: ROOT,
      env: envWithoutSecrets(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
    config = parseComposeConfig(stdout);
    services = asMap(config.services, 'services');
  }, TIMEOUT_MS);

  it('passes the validation script', () => {
    const result = execFileSync(SCRIPT, [], {
      cwd: ROOT,
      env: envWithoutSecrets(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
    });
    expect(result).toBe(''); // `config -q`: nothing on stdout, messages go to stderr
  }, TIMEOUT_MS);

  it('has the production-like services', () => {
    for (const name of ['postgres', 'temporal', 'temporal-ui', 'migrate', 'api', 'worker']) {
      expect(Object.keys(services)).toContain(name);
    }
  });

  it.each(['api', 'worker', 'migrate'])('builds %s from infra/docker/Dockerfile', (name) => {
    const build = asMap(asMap(services[name], name).build, `${name}.build`);
    const context = asString(build.context, `${name}.build.context`);
    const dockerfile = asString(build.dockerfile ?? 'Dockerfile', `${name}.build.dockerfile`);
    expect(resolve(ROOT, context)).toBe(ROOT);
    expect(resolve(context, dockerfile)).toBe(DOCKERFILE);
    expect(existsSync(DOCKERFILE)).toBe(true);
  });

  it('runs the Temporal server version, shard count and dynamic config that npm run start:cluster runs here', () => {
    const temporal = asMap(services.temporal, 'temporal');
    expect(asString(temporal.image, 'temporal.image')).toBe(`temporalio/server:${TEMPORAL_SERVER_VERSION}`);
    for (const oneShot of ['temporal-schema', 'temporal-namespace']) {
      expect(asString(asMap(services[oneShot], oneShot).image, `${oneShot}.image`)).toBe(`temporalio/admin-tools:${TEMPORAL_SERVER_VERSION}`);
    }
    const env = asMap(temporal.environment, 'temporal.environment');
    expect(env.NUM_HISTORY_SHARDS).toBe(String(DEFAULT_HISTORY_SHARDS));
    expect(env.DYNAMIC_CONFIG_FILE_PATH).toBe('/etc/temporal/config/dynamicconfig/ktf.yaml');
    expect(DYNAMIC_CONFIG_FILE).toBe('infra/docker/temporal/dynamicconfig/ktf.yaml');
    expect(existsSync(join(ROOT, DYNAMIC_CONFIG_FILE))).toBe(true);
  });

  it('runs Temporal on PostgreSQL with separate persistence and visibility databases', () => {
    const temporal = asMap(services.temporal, 'temporal');
    expect(asString(temporal.image, 'temporal.image')).toMatch(/^temporalio\/(server|auto-setup):/);
    const env = asMap(temporal.environment, 'temporal.environment');
    expect(env.DB).toBe('postgres12');
    expect(env.POSTGRES_SEEDS).toBe('postgres');
    expect(env.DBNAME).toBe('temporal');
    expect(env.VISIBILITY_DBNAME).toBe('temporal_visibility');
    expect(asString(asMap(services.postgres, 'postgres').image, 'postgres.image')).toMatch(/^postgres:16/);
    expect(asString(asMap(services['temporal-ui'], 'temporal-ui').image, 'temporal-ui.image')).toMatch(
      /^temporalio\/ui:/,
    );
  });

  it('migrates as the owner role and serves as the app role', () => {
    const url = (name: string): string =>
      asString(asMap(asMap(services[name], name).environment, `${name}.environment`).DATABASE_URL, name);
    expect(url('migrate')).toMatch(/^postgres:\/\/ktf_owner:[^@]+@postgres:5432\/ktf$/);
    expect(url('api')).toMatch(/^postgres:\/\/ktf_app:[^@]+@postgres:5432\/ktf$/);
    expect(url('worker')).toMatch(/^postgres:\/\/ktf_app:[^@]+@postgres:5432\/ktf$/);
  });

  it('scrapes the API, the worker and the Temporal SDK on their metrics ports and provisions the dashboard', () => {
    const env = (name: string) => asMap(asMap(services[name], name).environment, `${name}.environment`);
    expect(env('api')).toMatchObject({ METRICS_HOST: '0.0.0.0', METRICS_PORT: '9464' });
    expect(env('worker')).toMatchObject({ METRICS_HOST: '0.0.0.0', WORKER_METRICS_PORT: '9464', TEMPORAL_METRICS_PORT: '9465' });
    const scrape = readFileSync(join(ROOT, 'infra/observability/prometheus.yml'), 'utf8');
    const targets = [...scrape.matchAll(/targets: \["([^"]+)"\]/g)].map((m) => m[1]);
    expect(targets).toEqual(['api:9464', 'worker:9464', 'worker:9465']);
    expect(asString(asMap(services.prometheus, 'prometheus').image, 'prometheus.image')).toMatch(/^prom\/prometheus:v3\./);
    expect(asString(asMap(services.grafana, 'grafana').image, 'grafana.image')).toMatch(/^grafana\/grafana:/);
    // Every series the dashboard plots is one the processes export.
    const dashboard = JSON.parse(readFileSync(join(ROOT, 'infra/observability/grafana/dashboards/ktf-overview.json'), 'utf8')) as { panels: { targets: { expr: string }[] }[] };
    const used = new Set(dashboard.panels.flatMap((p) => p.targets.flatMap((t) => t.expr.match(/\b(ktf|temporal)_[a-z_]+/g) ?? [])));
    const exported = ['ktf_http_request_duration_seconds', 'ktf_workflow_update_duration_seconds', 'ktf_activity_duration_seconds', 'ktf_activity_failures_total', 'ktf_nominations', 'ktf_nominations_overdue', 'ktf_audit_appends_total', 'ktf_db_pool_connections', 'ktf_db_pool_max', 'temporal_worker_task_slots_available'];
    for (const name of used) expect(exported).toContain(name.replace(/_(bucket|count|sum)$/, ''));
    expect(used.size).toBeGreaterThanOrEqual(10);
  });

  it('refuses to resolve without the required secrets (nothing insecure is defaulted)', () => {
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(SCRIPT, ['--strict-env'], { cwd: ROOT, env, encoding: 'utf8', timeout: TIMEOUT_MS });

    const none = run(envWithoutSecrets());
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/set (POSTGRES_PASSWORD|KTF_OWNER_DB_PASSWORD|KTF_APP_DB_PASSWORD|TEMPORAL_DB_PASSWORD|JWT_SECRET|TEMPORAL_CODEC_KEYS|GRAFANA_ADMIN_PASSWORD|SIGNING_KEYS_PASSPHRASE)/);

    // Everything but JWT_SECRET: still refused, and the message names it.
    const env = envWithoutSecrets();
    for (const name of SECRETS) if (name !== 'JWT_SECRET') env[name] = 'x';
    const noJwt = run(env);
    expect(noJwt.status).not.toBe(0);
    expect(noJwt.stderr).toContain('JWT_SECRET');

    for (const name of SECRETS) env[name] = 'x';
    expect(run(env).status).toBe(0);
  }, TIMEOUT_MS);
});

describe('infra/docker/Dockerfile', () => {
  const text = existsSync(DOCKERFILE) ? readFileSync(DOCKERFILE, 'utf8') : '';

  it('builds on Node 20 bookworm-slim in two stages and runs as a non-root user', () => {
    expect(text).toMatch(/node:20-bookworm-slim/);
    expect(text).toMatch(/^FROM .* AS build$/m);
    expect(text).toMatch(/^FROM .* AS runtime$/m);
    expect(text).toMatch(/KTF_SKIP_TEMPORAL_INSTALL=1/);
    expect(text).toMatch(/npm ci/);
    expect(text).toMatch(/npm prune --omit=dev/);
    const users = [...text.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    expect(users).toEqual(['1000:1000']);
  });
});

describe('the services start with the heap flags the stacks here use', () => {
  /** The flow-sequence `command:` (or `CMD`) that runs `script`, as an array. */
  const commandRunning = (text: string, script: string): string[] => {
    const line = text.split('\n').find((l) => /^\s*(command:|CMD)\s*\[/.test(l) && l.includes(`"${script}"`));
    if (!line) throw new Error(`no command runs ${script}`);
    return JSON.parse(line.slice(line.indexOf('['))) as string[];
  };
  const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
  const api = 'dist/apps/api/src/main.js';
  const worker = ['--require', './dist/apps/worker/src/workflow-stack-traces.js', 'dist/apps/worker/src/main.js'];

  it('in docker-compose.yml', () => {
    expect(commandRunning(compose, api)).toEqual(['node', ...SERVICE_HEAP_ARGS, api]);
    expect(commandRunning(compose, worker[2])).toEqual(['node', ...SERVICE_HEAP_ARGS, ...worker]);
  });

  it("in the image's default command and the commands it documents", () => {
    const dockerfile = readFileSync(DOCKERFILE, 'utf8');
    expect(commandRunning(dockerfile, api)).toEqual(['node', ...SERVICE_HEAP_ARGS, api]);
    expect(dockerfile).toContain(`#   API (default)  node ${SERVICE_HEAP_ARGS.join(' ')} ${api}`);
    expect(dockerfile).toContain(`#   worker         node ${SERVICE_HEAP_ARGS.join(' ')} ${worker.join(' ')}`);
  });

  it('are flags this Node takes', () => {
    const run = spawnSync(process.execPath, [...SERVICE_HEAP_ARGS, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: 'ok', stderr: '' });
  });
});
