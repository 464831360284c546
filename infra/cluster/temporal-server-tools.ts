// Temporal's server and its SQL schema tool for the production-like topology (`npm run
// start:cluster`). They are Go programs published as the module go.temporal.io/server, which the
// Go module proxy serves; they are built once into .tools/ with the machine's Go (a newer
// toolchain is fetched through the proxy by GOTOOLCHAIN). Nothing is downloaded from elsewhere.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Keep equal to the image tag in docker-compose.yml (test/infra/compose.spec.ts checks it). */
export const TEMPORAL_SERVER_VERSION = '1.32.2';
/** The server's go.mod asks for at least this Go; an older local Go fetches it via the proxy. */
export const GO_TOOLCHAIN = 'go1.26.10';

export interface TemporalServerTools {
  server: string;
  sqlTool: string;
  /** schema/postgresql/v12 of the same module version: `temporal/` and `visibility/`. */
  schemaDir: string;
}

const MODULE = 'go.temporal.io/server';

/** Where the tools of this version live under the repository's .tools/. */
export function temporalServerToolsDir(root: string, version = TEMPORAL_SERVER_VERSION): string {
  return join(root, '.tools', 'temporal-server', `v${version}`);
}

function toolsIn(dir: string): TemporalServerTools {
  return { server: join(dir, 'temporal-server'), sqlTool: join(dir, 'temporal-sql-tool'), schemaDir: join(dir, 'schema', 'postgresql', 'v12') };
}

function findGo(): string | undefined {
  for (const candidate of [process.env.GO, 'go', '/usr/local/go/bin/go'].filter((c): c is string => !!c)) {
    const probe = spawnSync(candidate, ['version'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/**
 * The server, the schema tool and the schemas, built on first use (about 5 minutes on one
 * core, 165 MB) and reused after. Says what it does; a missing Go is an error that says how to
 * get one.
 */
export function ensureTemporalServerTools(root: string, log: (line: string) => void = console.log): TemporalServerTools {
  const dir = temporalServerToolsDir(root);
  const tools = toolsIn(dir);
  if (existsSync(tools.server) && existsSync(tools.sqlTool) && existsSync(join(tools.schemaDir, 'temporal', 'versioned'))) return tools;

  const go = findGo();
  if (!go) {
    throw new Error(
      `Temporal server ${TEMPORAL_SERVER_VERSION} is built from source with Go, and no Go was found. Install Go ` +
        `(Debian: apt-get install golang-go, or https://go.dev/dl/), or set GO=/path/to/go; any Go ≥ 1.21 fetches ` +
        `${GO_TOOLCHAIN} itself through the module proxy.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, GOTOOLCHAIN: process.env.KTF_GOTOOLCHAIN ?? GO_TOOLCHAIN, GOBIN: join(dir, 'bin'), CGO_ENABLED: '0' };
  const build = (pkg: string, into: string) => {
    log(`[temporal-server] go install ${MODULE}/${pkg}@v${TEMPORAL_SERVER_VERSION} (first time only; several minutes)`);
    const r = spawnSync(go, ['install', `${MODULE}/${pkg}@v${TEMPORAL_SERVER_VERSION}`], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`go install ${MODULE}/${pkg} failed (exit ${r.status}); see the output above`);
    const built = join(dir, 'bin', pkg.split('/').pop() as string);
    cpSync(built, into);
  };
  build('cmd/server', tools.server);
  build('cmd/tools/sql', tools.sqlTool);
  const modCache = spawnSync(go, ['env', 'GOMODCACHE'], { env, encoding: 'utf8' }).stdout.trim();
  const schemaSource = join(modCache, `${MODULE}@v${TEMPORAL_SERVER_VERSION}`, 'schema', 'postgresql', 'v12');
  if (!existsSync(schemaSource)) throw new Error(`the module's PostgreSQL schemas are not at ${schemaSource}`);
  cpSync(schemaSource, tools.schemaDir, { recursive: true });
  log(`[temporal-server] ready in ${dir}`);
  return tools;
}
