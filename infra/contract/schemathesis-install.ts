import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../dev/temporal-binaries';

/**
 * Schemathesis for the contract test, in a virtualenv of its own under .tools/ (git-ignored),
 * from PyPI at exactly the versions in schemathesis-requirements.txt. A venv whose stamp
 * matches the requirements is reused; any other is rebuilt. Needs python3 with venv and pip.
 */
export function ensureSchemathesis(log: (line: string) => void = () => undefined): string {
  const root = findRepoRoot();
  const venv = join(root, '.tools', 'venv');
  const bin = join(venv, 'bin', 'schemathesis');
  const requirements = join(root, 'infra', 'contract', 'schemathesis-requirements.txt');
  const stamp = join(venv, '.ktf-requirements');
  const wanted = readFileSync(requirements, 'utf8');
  if (existsSync(bin) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return bin;
  const started = Date.now();
  rmSync(venv, { recursive: true, force: true });
  run('python3', ['-m', 'venv', venv], 'python3 -m venv (install python3 with the venv module)');
  run(join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--no-input', '--quiet', '--disable-pip-version-check', '-r', requirements], 'pip install of the pinned schemathesis');
  writeFileSync(stamp, wanted);
  log(`schemathesis: installed into .tools/venv in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return bin;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 10 * 60_000, env: { ...process.env, PIP_ROOT_USER_ACTION: 'ignore' } });
  if (result.status !== 0) {
    const tail = `${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`${what} failed:\n${tail}`);
  }
}
