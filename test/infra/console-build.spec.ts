// The console is built for production whatever NODE_ENV its caller has. Jest sets NODE_ENV=test,
// and a build made under it (npm-start.spec runs `npm start`, which builds) was a development
// bundle where every component id was the mock "test-id": the UI tests then found dialogs without
// accessible names.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';

describe('the console build', () => {
  const root = findRepoRoot();
  const outDir = mkdtempSync(join(tmpdir(), 'ktf-web-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is a production bundle even under NODE_ENV=test', () => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    const scripts = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    expect(scripts.filter((f) => f.includes('jsx-dev-runtime'))).toEqual([]);
    const code = scripts.map((f) => readFileSync(join(outDir, 'assets', f), 'utf8')).join('\n');
    expect(code).not.toContain('`test-id`');
    expect(code).not.toContain("'test-id'");
    expect(code).not.toContain('"test-id"');
  }, 300_000);
});
