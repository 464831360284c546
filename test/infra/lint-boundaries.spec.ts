// The dependency direction of DESIGN.md §4 is enforced by eslint.config.js. These tests lint
// small snippets with ESLint's Node API (`lintText` with a file path, nothing is written) to
// prove every boundary rule fires and that the allowed imports stay clean.
//
// Most tests use an in-process ESLint over the real config with type information turned off
// (the import rules do not need it): each lint is a plain parse, and any file path works,
// existing or not. ESLint would load eslint.config.js with a dynamic import(), which Jest's
// module sandbox refuses (without --experimental-vm-modules); so the test requires the config
// itself and passes it as the base config with cwd = repo root, which is how the root config
// file applies. The last test runs the `eslint` CLI itself, type-aware, as `npm run lint` does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { configs as tsConfigs } from 'typescript-eslint';

const ROOT = resolve(__dirname, '..', '..');
const CONFIG = jest.requireActual<Linter.Config[]>(join(ROOT, 'eslint.config.js'));

/** Where each snippet is linted from (hypothetical files: the rules go by folder). */
const FILE = {
  workflows: 'workflows/src/x.ts',
  domain: 'libs/domain/src/x.ts',
  domainSpec: 'libs/domain/src/x.spec.ts',
  contracts: 'libs/contracts/src/x.ts',
  persistence: 'libs/persistence/src/x.ts',
  config: 'libs/config/src/x.ts',
  auth: 'libs/auth/src/x.ts',
  api: 'apps/api/src/x.ts',
  worker: 'apps/worker/src/x.ts',
  webPage: 'apps/web/src/pages/x.ts',
  webQueries: 'apps/web/src/queries/x.ts',
  infra: 'infra/dev/x.ts',
  test: 'test/infra/x.ts',
} as const;
type Where = keyof typeof FILE;

const boundaries = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  baseConfig: CONFIG,
  overrideConfig: [{ ...tsConfigs.disableTypeChecked, files: ['**/*.ts'] }],
});

async function lint(where: Where, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await boundaries.lintText(code, { filePath: join(ROOT, FILE[where]) });
  return result.messages;
}

/** An import of one binding, used so that no other rule (unused vars) reports anything. */
const importOf = (specifier: string): string => `import { thing } from '${specifier}';\nexport const used = thing;\n`;

const describeMessages = (messages: Linter.LintMessage[]): string =>
  messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`).join('\n') || '(none)';

async function expectError(where: Where, code: string, ruleId: string, fragment: string | RegExp): Promise<void> {
  const messages = await lint(where, code);
  const hit = messages.find((m) => m.ruleId === ruleId && m.severity === 2);
  if (!hit) throw new Error(`expected ${ruleId} in ${FILE[where]} for:\n${code}\ngot:\n${describeMessages(messages)}`);
  expect(hit.message).toMatch(fragment);
  // One import, one report: the composed patterns do not overlap.
  expect(messages.filter((m) => m.ruleId === ruleId)).toHaveLength(1);
}

async function expectClean(where: Where, code: string): Promise<void> {
  const messages = await lint(where, code);
  if (messages.length > 0) throw new Error(`expected no problems in ${FILE[where]} for:\n${code}\ngot:\n${describeMessages(messages)}`);
}

const RESTRICTED = 'no-restricted-imports';
const RELATIVE = 'ktf/relative-boundaries';

describe('workflows/ imports only @temporalio/workflow, #ktf/domain, #ktf/contracts', () => {
  it.each(['node:fs', 'fs', 'fs/promises', 'crypto', 'node:path', 'child_process'])('bans the Node built-in %s', async (spec) => {
    await expectError('workflows', importOf(spec), RESTRICTED, /Node built-ins are banned/);
  });

  it('bans `import { readFileSync } from "node:fs"`', async () => {
    await expectError('workflows', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", RESTRICTED, /deterministic Temporal sandbox/);
  });

  it.each(['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'])('bans %s', async (spec) => {
    await expectError('workflows', importOf(spec), RESTRICTED, /import only '@temporalio\/workflow'/);
  });

  it.each(['typeorm', 'pg'])('bans %s', async (spec) => {
    await expectError('workflows', importOf(spec), RESTRICTED, /no database access/);
  });

  it('bans @nestjs/*', async () => {
    await expectError('workflows', importOf('@nestjs/common'), RESTRICTED, /no NestJS/);
  });

  it.each(['#ktf/persistence', '#ktf/config', '#ktf/auth'])('bans %s', async (spec) => {
    await expectError('workflows', importOf(spec), RESTRICTED, /only '#ktf\/domain' and '#ktf\/contracts'/);
  });

  it('bans any other package', async () => {
    await expectError('workflows', importOf('jsonwebtoken'), RESTRICTED, /only '@temporalio\/workflow', '#ktf\/domain', '#ktf\/contracts'/);
  });

  it('bans re-exports and type-only imports from banned modules too', async () => {
    await expectError('workflows', "export * from '@temporalio/client';\n", RESTRICTED, /import only '@temporalio\/workflow'/);
    await expectError('workflows', "import type { Client } from '@temporalio/client';\nexport type C = Client;\n", RESTRICTED, /import only/);
  });

  it('bans dynamic import()', async () => {
    await expectError('workflows', "export const load = () => import('./nomination-state');\n", 'no-restricted-syntax', /bundle must be static/);
  });

  it('bans relative imports of activity (worker) code, even type-only', async () => {
    await expectError(
      'workflows',
      "import type { Activities } from '../../apps/worker/src/nomination.activities';\nexport type A = Activities;\n",
      RELATIVE,
      /proxyActivities .*#ktf\/contracts/,
    );
  });

  it('bans reaching a lib by relative path', async () => {
    await expectError('workflows', importOf('../../libs/domain/src'), RELATIVE, /'#ktf\/domain'/);
  });

  it.each(['@temporalio/workflow', '#ktf/domain', '#ktf/contracts', './nomination-state'])('allows %s', async (spec) => {
    await expectClean('workflows', importOf(spec));
  });

  it('allows `import { tallyVotes } from "#ktf/domain"` and type-only contract imports', async () => {
    await expectClean(
      'workflows',
      "import { tallyVotes } from '#ktf/domain';\nimport type { NominationActivities } from '#ktf/contracts';\n" +
        'export const t = tallyVotes;\nexport type A = NominationActivities;\n',
    );
  });
});

describe('libs/domain imports nothing', () => {
  it.each(['#ktf/persistence', '#ktf/contracts', '#ktf/domain'])('bans %s', async (spec) => {
    await expectError('domain', importOf(spec), RESTRICTED, /libs\/domain imports nothing/);
  });

  it('bans `import { X } from "#ktf/persistence"`', async () => {
    await expectError('domain', "import { X } from '#ktf/persistence';\nexport const x = X;\n", RESTRICTED, /no #ktf\/\* library/);
  });

  it.each(['node:crypto', 'crypto', 'path', 'fs', 'node:fs/promises'])('bans the Node built-in %s', async (spec) => {
    await expectError('domain', importOf(spec), RESTRICTED, /Node built-ins are banned/);
  });

  it.each(['@nestjs/common', 'class-validator', 'typeorm', '@temporalio/workflow', 'fast-check'])('bans the package %s', async (spec) => {
    await expectError('domain', importOf(spec), RESTRICTED, /no packages or frameworks/);
  });

  it('bans relative imports that leave libs/domain', async () => {
    await expectError('domain', importOf('../../contracts/src'), RELATIVE, /'#ktf\/contracts'/);
  });

  it('bans dynamic import()', async () => {
    await expectError('domain', "export const load = () => import('./roles');\n", 'no-restricted-syntax', /pure/);
  });

  it('allows its own files', async () => {
    await expectClean('domain', importOf('./roles'));
  });

  it('lets its spec files use the test tools (fast-check) but nothing else', async () => {
    await expectClean('domainSpec', importOf('fast-check'));
    await expectError('domainSpec', importOf('#ktf/persistence'), RESTRICTED, /libs\/domain imports nothing/);
    await expectError('domainSpec', importOf('node:fs'), RESTRICTED, /Node built-ins/);
  });
});

describe('libs/contracts imports only #ktf/domain, @temporalio/workflow, @temporalio/common', () => {
  it.each(['#ktf/persistence', '#ktf/config', '#ktf/auth'])('bans %s', async (spec) => {
    await expectError('contracts', importOf(spec), RESTRICTED, /only '#ktf\/domain' among the libs/);
  });

  it.each([
    ['typeorm', /typeorm belongs to libs\/persistence/],
    ['@nestjs/common', /no NestJS/],
    ['node:fs', /Node built-ins are banned/],
    ['events', /Node built-ins are banned/],
    ['@temporalio/client', /may import only/],
    ['pg', /may import only/],
    ['class-validator', /may import only/],
  ])('bans %s', async (spec, fragment) => {
    await expectError('contracts', importOf(spec), RESTRICTED, fragment);
  });

  it.each(['#ktf/domain', '@temporalio/workflow', '@temporalio/common', './task-queues'])('allows %s', async (spec) => {
    await expectClean('contracts', importOf(spec));
  });
});

describe('typeorm only in libs/persistence, infra/, test/; pg only in infra/, test/', () => {
  it('bans `import { DataSource } from "typeorm"` in apps/api', async () => {
    await expectError('api', "import { DataSource } from 'typeorm';\nexport type D = DataSource;\n", RESTRICTED, /typeorm is imported only in libs\/persistence/);
  });

  it.each(['worker', 'config', 'auth'] as const)('bans typeorm in %s', async (where) => {
    await expectError(where, importOf('typeorm'), RESTRICTED, /typeorm is imported only in libs\/persistence/);
  });

  it.each(['api', 'worker', 'config', 'persistence'] as const)('bans pg in %s', async (where) => {
    await expectError(where, importOf('pg'), RESTRICTED, /pg is imported only by infra\/ and test\//);
  });

  it('bans typeorm subpaths too', async () => {
    await expectError('api', importOf('typeorm/browser'), RESTRICTED, /typeorm is imported only/);
  });

  it.each(['persistence', 'infra', 'test'] as const)('allows typeorm in %s', async (where) => {
    await expectClean(where, "import { DataSource } from 'typeorm';\nexport type D = DataSource;\n");
  });

  it.each(['infra', 'test'] as const)('allows pg in %s', async (where) => {
    await expectClean(where, importOf('pg'));
  });
});

describe('@temporalio/client only in apps/api, infra/, test/', () => {
  it('bans `import { Client } from "@temporalio/client"` in apps/worker', async () => {
    await expectError('worker', "import { Client } from '@temporalio/client';\nexport const c = Client;\n", RESTRICTED, /it is not a client/);
  });

  it.each(['persistence', 'config', 'auth'] as const)('bans it in libs (%s)', async (where) => {
    await expectError(where, importOf('@temporalio/client'), RESTRICTED, /@temporalio\/client is used only where the API talks to Temporal/);
  });

  it.each(['api', 'infra', 'test'] as const)('allows it in %s', async (where) => {
    await expectClean(where, importOf('@temporalio/client'));
  });
});

describe('apps never import each other nor workflows/', () => {
  it('apps/api must not import apps/worker', async () => {
    await expectError('api', importOf('../../worker/src/worker.module'), RELATIVE, /never import each other/);
    await expectError('api', importOf('../../../apps/worker/src/main'), RELATIVE, /never import each other/);
  });

  it('apps/worker must not import apps/api', async () => {
    await expectError('worker', importOf('../../api/src/app.module'), RELATIVE, /never import each other/);
  });

  it.each(['api', 'worker'] as const)('apps/%s must not import workflows/', async (where) => {
    await expectError(where, importOf('../../../workflows/src'), RELATIVE, /workflowsPath or the prebuilt bundle/);
  });

  it('apps reach libs through #ktf/*, not relative paths', async () => {
    await expectError('api', importOf('../../../libs/persistence/src'), RELATIVE, /'#ktf\/persistence'/);
  });

  it('allows their own files, the libs and the framework', async () => {
    await expectClean('api', importOf('./app.module'));
    await expectClean('api', importOf('#ktf/persistence'));
    await expectClean('api', importOf('@nestjs/common'));
    await expectClean('worker', importOf('@temporalio/worker'));
    await expectClean('worker', importOf('#ktf/persistence'));
  });

  it('a workflowsPath string is not an import', async () => {
    await expectClean('worker', "export const workflowsPath = require.resolve('../../../workflows/src');\n");
  });
});

describe('apps/web: the browser console reaches the API over HTTP only, and fetches only in src/queries', () => {
  it('bans #ktf/* libraries and Node built-ins', async () => {
    await expectError('webQueries', importOf('#ktf/domain'), RESTRICTED, /only over HTTP/);
    await expectError('webPage', importOf('node:fs'), RESTRICTED, /browser/);
  });

  it('pages import neither the API client nor openapi-fetch, and do not call fetch', async () => {
    await expectError('webPage', importOf('../../api/client'), RESTRICTED, /No fetching in components/);
    await expectError('webPage', importOf('openapi-fetch'), RESTRICTED, /No fetching in components/);
    await expectError('webPage', "export const load = () => fetch('/inbox');\n", 'no-restricted-globals', /No fetching in components/);
  });

  it('the query modules use the client; pages use the query modules', async () => {
    await expectClean('webQueries', importOf('../api/client'));
    await expectClean('webPage', importOf('../../queries/nominations'));
    await expectClean('webPage', importOf('antd'));
  });
});

describe('libs never import apps/ or workflows/', () => {
  it.each([
    ['persistence', '../../../apps/api/src/app.module'],
    ['config', '../../../apps/worker/src/main'],
    ['auth', '../../../workflows/src'],
  ] as const)('%s must not import %s', async (where, spec) => {
    await expectError(where, importOf(spec), RELATIVE, /libs must not depend on (apps|workflows)\//);
  });

  it('infra/ and test/ may reach any folder', async () => {
    await expectClean('test', importOf('../../infra/dev'));
    await expectClean('infra', importOf('../../libs/persistence/src'));
  });
});

describe('`eslint` itself: the config file, type-aware promise rules and boundaries together', () => {
  // Run in a child process, as `npm run lint` does: Node loads eslint.config.js natively and
  // the project service builds the program of tsconfig.json once (much faster than in Jest).
  // The project service accepts only files of tsconfig.json, so the snippet is linted *as* an
  // existing file (from stdin; the file itself is not read or changed).
  const REAL_FILE = 'apps/api/src/main.ts';
  const SNIPPET = [
    "import { DataSource } from 'typeorm';", // 1: boundary
    'export type D = DataSource;',
    'async function run(): Promise<void> {}',
    'run();', // 4: floating promise
    'void run();', // 5: deliberately discarded, fine
    "process.on('SIGTERM', async () => {", // 6: promise where a void callback is expected
    '  await run();',
    '});',
    '',
  ].join('\n');

  it('reports exactly the boundary, the floating promise and the misused promise', () => {
    expect(existsSync(join(ROOT, REAL_FILE))).toBe(true);
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', REAL_FILE, '--format', 'json'],
      { cwd: ROOT, input: SNIPPET, encoding: 'utf8', timeout: 170_000 },
    );
    if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed (${String(run.status)}): ${run.stderr}`);
    const [result] = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(result.messages.map((m) => [m.line, m.ruleId])).toEqual([
      [1, 'no-restricted-imports'],
      [4, '@typescript-eslint/no-floating-promises'],
      [6, '@typescript-eslint/no-misused-promises'],
    ]);
    expect(run.status).toBe(1);
  }, 180_000);
});
