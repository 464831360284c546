// The typed client cannot drift from the API: the checked-in OpenAPI document and the types
// generated from it must be exactly what the current code produces (`npm run api-client`
// regenerates them). Runs the compiled generator, so `npm run build` first (npm test does).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

describe('libs/api-client', () => {
  it('is generated from the current API (document and types)', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'dist', 'infra', 'contract', 'write-api-client.js'), '--check'], { encoding: 'utf8', timeout: 120_000 });
    expect({ status: check.status, stderr: check.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  }, 130_000);
});
