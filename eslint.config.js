// ESLint flat config (CommonJS: package.json has no "type").
//
// Besides typescript-eslint's recommended rules (plus the promise rules that need type
// information), this file enforces the dependency direction of DESIGN.md §4 / STYLE.md:
//
//   libs/domain    → nothing (its own files only)
//   libs/contracts → #ktf/domain, @temporalio/workflow, @temporalio/common
//   workflows      → @temporalio/workflow, #ktf/domain, #ktf/contracts (deterministic sandbox)
//   typeorm        → only libs/persistence, infra, test;  pg → only infra, test
//   @temporalio/client → only apps/api, infra, test
//   apps/api ⇸ apps/worker ⇸ apps/api;  apps ⇸ workflows;  libs ⇸ apps, workflows
//
// Bare and `#ktf/*` specifiers are checked with `no-restricted-imports`. Flat config does not
// merge the options of one rule across config objects (the last match wins), so each zone
// below gets one complete, composed list. Relative specifiers cannot be judged by pattern
// (their meaning depends on the importing file's depth), so the local rule
// `ktf/relative-boundaries` resolves them and rejects any that leave the importing
// package (apps/<name>, libs/<name>, workflows).
'use strict';

const path = require('node:path');
const { builtinModules } = require('node:module');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const { defineConfig, globalIgnores } = require('eslint/config');

const ROOT = __dirname;
/** An ISO local date of year 2026 or later, as an esquery regex. */
const FUTURE_DATE = '/(?:202[6-9]|20[3-9][0-9]|2[1-9][0-9][0-9])-[01][0-9]-[0-3][0-9]/';

// ---------------------------------------------------------------------------------------------
// Specifier classes (regex bodies, anchored at the start of the specifier when used).

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const builtinNames = [...new Set(builtinModules.map((m) => m.split('/')[0]))].map(escapeRe);

const RE = {
  node: `node:|(?:${builtinNames.join('|')})(?:/|$)`,
  ktfAny: '#',
  typeorm: 'typeorm(?:/|$)',
  pg: 'pg(?:/|$)',
  nest: '@nestjs/',
  temporalClient: '@temporalio/client(?:/|$)',
  temporalNonWorkflow: '@temporalio/(?:client|worker|activity|testing)(?:/|$)',
  ktfPlatform: '#ktf/(?:persistence|config|auth)(?:/|$)',
  ktfNotDomain: '#(?!ktf/domain$)',
};

/**
 * One `no-restricted-imports` entry for a zone. `bans` are reported with their own message;
 * `allowOnly`, when given, rejects every other non-relative specifier that does not match
 * `allowOnly.re` (the regexes are made mutually exclusive, so one import gets one report).
 */
function restrictImports(bans, allowOnly) {
  const patterns = bans.map((b) => ({ regex: `^(?:${b.re})`, message: b.message }));
  if (allowOnly) {
    const exclusions = [allowOnly.re, ...bans.map((b) => b.re)].map((r) => `(?:${r})`).join('|');
    patterns.push({ regex: `^(?!\\.|${exclusions})`, message: allowOnly.message });
  }
  return ['error', { patterns }];
}

// Reusable bans (messages say why, and what to do instead).
const ban = {
  typeorm: (where) => ({
    re: RE.typeorm,
    message: `typeorm is imported only in libs/persistence (and infra/, test/). ${where} reaches the database through the repositories exported by '#ktf/persistence'.`,
  }),
  pg: (where) => ({
    re: RE.pg,
    message: `pg is imported only by infra/ and test/ tooling. ${where} goes through '#ktf/persistence' (TypeORM owns the driver).`,
  }),
  temporalClient: (where) => ({
    re: RE.temporalClient,
    message: `@temporalio/client is used only where the API talks to Temporal (apps/api, plus infra/ and test/). ${where} must not start, update or query workflows.`,
  }),
};

const WORKFLOW_WHY = 'Workflow code runs in the deterministic Temporal sandbox (bundled by the worker)';

// ---------------------------------------------------------------------------------------------
// Local rule: relative imports must stay inside the importing package.

/** apps/<name>, libs/<name>, workflows, infra, test, or '' (repo root / elsewhere). */
function packageOf(absFile) {
  const rel = path.relative(ROOT, absFile).split(path.sep);
  if (rel[0] === '..' || path.isAbsolute(rel.join('/'))) return '';
  if ((rel[0] === 'apps' || rel[0] === 'libs') && rel.length > 2) return `${rel[0]}/${rel[1]}`;
  if (['workflows', 'infra', 'test'].includes(rel[0]) && rel.length > 1) return rel[0];
  return '';
}

/** Why `from` may not reach into `to` by relative path (packages differ). */
function crossingMessage(from, to) {
  const [fromTop] = from.split('/');
  const [toTop, toName] = to.split('/');
  if (fromTop === 'apps' && toTop === 'apps')
    return 'apps/api and apps/worker never import each other; move shared code to a lib under libs/ and import it as #ktf/<lib>.';
  if (fromTop === 'apps' && toTop === 'workflows')
    return "apps never import workflows/: the worker loads them through workflowsPath or the prebuilt bundle (a string path), and shared definitions live in '#ktf/contracts'.";
  if (fromTop === 'libs' && (toTop === 'apps' || toTop === 'workflows'))
    return `libs must not depend on ${toTop}/ (the dependency points the other way).`;
  if (fromTop === 'workflows' && toTop === 'apps')
    return `${WORKFLOW_WHY}: it must not import app code. Call activities through proxyActivities typed with the interfaces in '#ktf/contracts' (import type).`;
  if (toTop === 'libs')
    return `import libs/${toName} as '#ktf/${toName}', never by relative path (the #ktf/* rules of this folder then apply).`;
  return `${from} must not import from ${to || 'outside the packages'} by relative path.`;
}

const relativeBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports must not leave apps/<name>, libs/<name> or workflows/' },
    schema: [],
    messages: { crossing: "'{{source}}' leaves {{from}}: {{why}}" },
  },
  create(context) {
    const filename = context.filename;
    const from = packageOf(filename);
    // infra/, test/ and root files may reach anything; only the layered packages are checked.
    if (!/^(apps|libs)\/|^workflows$/.test(from)) return {};

    function check(node, sourceNode) {
      if (!sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const source = sourceNode.value;
      if (!source.startsWith('.')) return;
      const to = packageOf(path.resolve(path.dirname(filename), source));
      if (to === from) return;
      context.report({ node, messageId: 'crossing', data: { source, from, why: crossingMessage(from, to) } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression),
      CallExpression: (node) =>
        node.callee.type === 'Identifier' && node.callee.name === 'require' && check(node, node.arguments[0]),
    };
  },
};

const ktfPlugin = { meta: { name: 'ktf-local' }, rules: { 'relative-boundaries': relativeBoundaries } };

// ---------------------------------------------------------------------------------------------
// Zones: one composed `no-restricted-imports` list each (later zones never overlap earlier ones
// for the same file, except the broad `libs/**` default, which the specific libs override).

const noDynamicImport = (why) => [
  'error',
  { selector: 'ImportExpression', message: `No dynamic import() here: ${why}` },
];

// Tests beside the code (`*.spec.ts`) may also import the test tools.
const TEST_TOOLS = '(?:fast-check|@jest/globals)$';

/** A zone whose files may import only `allow` (plus relative files): one config for the code,
 * one for its spec files, which may also use the test tools. */
function allowlistZone({ name, dir, bans, allow, allowMessage, dynamicImportWhy }) {
  const make = (suffix, files, ignores, allowRe, message) => ({
    name: `ktf/zone/${name}${suffix}`,
    files,
    ignores,
    rules: {
      'no-restricted-imports': restrictImports(bans, { re: allowRe, message }),
      'no-restricted-syntax': noDynamicImport(dynamicImportWhy),
    },
  });
  return [
    make('', [`${dir}/**/*.ts`], [`${dir}/**/*.spec.ts`], allow, allowMessage),
    make('/specs', [`${dir}/**/*.spec.ts`], [], `${allow}|${TEST_TOOLS}`, `${allowMessage} Spec files may also import fast-check and @jest/globals.`),
  ];
}

const zones = [
  {
    name: 'ktf/zone/libs-default',
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        ban.typeorm('This lib'),
        ban.pg('This lib'),
        ban.temporalClient('A lib'),
      ]),
    },
  },
  {
    name: 'ktf/zone/libs-persistence',
    files: ['libs/persistence/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([ban.pg('libs/persistence'), ban.temporalClient('libs/persistence')]),
    },
  },
  ...allowlistZone({
    name: 'libs-domain',
    dir: 'libs/domain',
    bans: [
      {
        re: RE.ktfAny,
        message: 'libs/domain imports nothing: it is the bottom layer, so no #ktf/* library (use relative imports inside libs/domain).',
      },
      {
        re: RE.node,
        message: 'libs/domain is pure TypeScript with no I/O: Node built-ins are banned (workflows import it, and they run in the deterministic sandbox).',
      },
    ],
    allow: '(?!)', // no package at all
    allowMessage: 'libs/domain imports nothing: no packages or frameworks, only its own files by relative path.',
    dynamicImportWhy: 'libs/domain is pure and imports nothing.',
  }),
  ...allowlistZone({
    name: 'libs-contracts',
    dir: 'libs/contracts',
    bans: [
      {
        re: RE.ktfNotDomain,
        message: "libs/contracts may import only '#ktf/domain' among the libs: workflows import contracts, so nothing with I/O (persistence, config, auth) may come along.",
      },
      { re: RE.node, message: 'libs/contracts is shared with workflow code (deterministic sandbox): Node built-ins are banned.' },
      { re: RE.typeorm, message: 'libs/contracts is shared with workflow code: typeorm belongs to libs/persistence only.' },
      { re: RE.nest, message: 'libs/contracts is shared with workflow code: no NestJS imports.' },
    ],
    allow: '(?:#ktf/domain|@temporalio/workflow|@temporalio/common)$',
    allowMessage: "libs/contracts may import only '#ktf/domain', '@temporalio/workflow' (defineUpdate/defineQuery/defineSignal) and '@temporalio/common'.",
    dynamicImportWhy: 'libs/contracts is shared with the workflow sandbox.',
  }),
  ...allowlistZone({
    name: 'workflows',
    dir: 'workflows',
    bans: [
      { re: RE.node, message: `${WORKFLOW_WHY}: Node built-ins are banned. Do I/O in an activity (declared in '#ktf/contracts').` },
      {
        re: RE.temporalNonWorkflow,
        message: `${WORKFLOW_WHY}: import only '@temporalio/workflow' (client/worker/activity/testing are for processes outside the sandbox).`,
      },
      { re: RE.typeorm, message: `${WORKFLOW_WHY}: no database access. Project state through an activity.` },
      { re: RE.pg, message: `${WORKFLOW_WHY}: no database access. Project state through an activity.` },
      { re: RE.nest, message: `${WORKFLOW_WHY}: no NestJS. Services run in activities on the worker.` },
      {
        re: RE.ktfPlatform,
        message: `${WORKFLOW_WHY}: of the libs only '#ktf/domain' and '#ktf/contracts' may be imported; persistence/config/auth do I/O and belong to activities or the API.`,
      },
    ],
    allow: '(?:@temporalio/workflow|#ktf/domain|#ktf/contracts)$',
    allowMessage: `${WORKFLOW_WHY}: only '@temporalio/workflow', '#ktf/domain', '#ktf/contracts' and files under workflows/ may be imported.`,
    dynamicImportWhy: `${WORKFLOW_WHY}; the bundle must be static.`,
  }),
  {
    name: 'ktf/zone/apps-api',
    files: ['apps/api/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([ban.typeorm('apps/api'), ban.pg('apps/api')]),
    },
  },
  {
    // The web console runs in the browser and talks to the API only over HTTP, through the
    // client generated from the OpenAPI document (DESIGN §4): no server code, no libs.
    name: 'ktf/zone/apps-web',
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports([
        { re: '#(?!ktf/api-client$)', message: 'apps/web talks to the API only over HTTP (src/api); of the #ktf/* libraries it imports only the types of #ktf/api-client.' },
        { re: RE.node, message: 'apps/web runs in the browser: no Node built-ins.' },
        { re: RE.nest, message: 'apps/web runs in the browser: no NestJS.' },
        { re: '@temporalio/', message: 'apps/web never talks to Temporal; it calls the API.' },
        { re: RE.typeorm, message: 'apps/web never reaches the database; it calls the API.' },
        { re: RE.pg, message: 'apps/web never reaches the database; it calls the API.' },
      ]),
    },
  },
  {
    // No fetching in components (STYLE.md): pages, components and the app shell read and
    // write through the query modules (src/queries), which alone use the API client.
    name: 'ktf/zone/apps-web-views',
    files: ['apps/web/src/{pages,components,app}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports([
        { re: '#(?!ktf/api-client$)', message: 'apps/web talks to the API only over HTTP (src/api); of the #ktf/* libraries it imports only the types of #ktf/api-client.' },
        { re: RE.node, message: 'apps/web runs in the browser: no Node built-ins.' },
        { re: 'openapi-fetch', message: 'No fetching in components: use a query or mutation from src/queries.' },
        { re: '(?:\\.\\./)+api/client$', message: 'No fetching in components: use a query or mutation from src/queries (the only users of the API client).' },
      ]),
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No fetching in components: use a query or mutation from src/queries.' }],
    },
  },
  {
    name: 'ktf/zone/apps-worker',
    files: ['apps/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        ban.typeorm('apps/worker'),
        ban.pg('apps/worker'),
        ban.temporalClient('apps/worker (it hosts workflows and activities; it is not a client)'),
      ]),
    },
  },
];

// ---------------------------------------------------------------------------------------------

const TS_FILES = ['{apps,libs,workflows,infra,test}/**/*.ts', 'apps/web/**/*.tsx'];

// Plain Node globals for the few CommonJS files we lint (no `globals` package needed).
const NODE_GLOBALS = [
  '__dirname', '__filename', 'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'fetch',
  'AbortController', 'structuredClone', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate',
];
const nodeGlobals = Object.fromEntries(NODE_GLOBALS.map((g) => [g, 'readonly']));

module.exports = defineConfig(
  globalIgnores(
    [
      '**/dist/',
      '**/node_modules/',
      '**/.data/',
      '**/.tools/',
      '**/coverage/',
      // Plain JS is build output or third-party unless listed back in below.
      '**/*.{js,cjs,mjs}',
      '!infra/tools/*.js',
      '!test/workflows/support/*.js',
      '!eslint.config.js',
      '!jest.config.js',
    ],
    'ktf/ignores',
  ),

  {
    name: 'ktf/js',
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'commonjs', globals: nodeGlobals },
  },

  {
    name: 'ktf/typescript',
    files: TS_FILES,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    plugins: { ktf: ktfPlugin },
    rules: {
      // Type-aware promise rules (STYLE.md: no-floating-promises). Mark a deliberately
      // un-awaited promise with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'ktf/relative-boundaries': 'error',
    },
  },

  ...zones,

  {
    // Tests read untyped JSON bodies from the API; `any` there is honest, not a shortcut.
    name: 'ktf/tests',
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  {
    // Tests that run on a clock (the time-skipping server starts at the real time; e2e runs on
    // it) must lay their dates out from that clock: a literal date from 2026 on may be meant as
    // "the future" and turns into a failure the day it passes. Dates before 2026 are safely past.
    name: 'ktf/no-future-dates-in-clocked-tests',
    files: ['test/workflows/**/*.ts', 'test/e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          `Literal[value=${FUTURE_DATE}]`,
          `TemplateElement[value.raw=${FUTURE_DATE}]`,
        ].map((selector) => ({
          selector,
          message: 'No absolute date from 2026 on in a workflow or e2e test: build it from the clock (test/workflows/support/scenario-days.ts) or, for a fact about seeded data, say so in an eslint-disable comment.',
        })),
      ],
    },
  },
);
