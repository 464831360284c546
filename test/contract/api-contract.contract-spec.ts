import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createApiClient } from '#ktf/api-client';
import { DEFAULT_AWARD_CATALOG } from '#ktf/domain';
import { SEED_UNITS, unitId } from '#ktf/persistence';
import { ensureSchemathesis } from '../../infra/contract/schemathesis-install';
import { CLIENT_FILES } from '../../infra/contract/api-client-files';
import { devToken } from '../../infra/dev/dev-token';
import { RunningStack } from '../../infra/dev/stack';
import { findRepoRoot } from '../../infra/dev/temporal-binaries';
import { startE2eStack } from '../e2e/support/e2e-stack';
import { writeContractConfig } from './support/contract-config';
import { RoleRun, runSchemathesis } from './support/schemathesis-run';

/**
 * The API against its own OpenAPI document: schemathesis tests every operation once per
 * role, with every check and the stateful phase (sequences along the links it infers from
 * the document). Any failure, any 5xx, fails the test.
 *
 * The coverage phase (each parameter's boundaries and every way to break the schema, ~3,000
 * requests) runs for the unit officer and the admin only: validation answers before any role
 * check except on admin-only routes, so for the other roles it would repeat the officer's
 * requests to the same 400s and 403s. They get examples, fuzzing and stateful sequences.
 *
 * The unit officer goes first and the admin last: the officer's nominations give the
 * reviewers something to act on, and the admin's writes to the catalog come after everyone.
 */
const EVERY_PHASE = 'examples,coverage,fuzzing,stateful';
const WITHOUT_COVERAGE = 'examples,fuzzing,stateful';
const ROLES: [user: string, phases: string][] = [
  ['officer.vp', EVERY_PHASE],
  ['council.1', WITHOUT_COVERAGE],
  ['secretary', WITHOUT_COVERAGE],
  ['appraiser', WITHOUT_COVERAGE],
  ['chairman', WITHOUT_COVERAGE],
  ['auditor', WITHOUT_COVERAGE],
  ['admin', EVERY_PHASE],
];
const SEED = 20261128;
const MAX_EXAMPLES = Number(process.env.KTF_CONTRACT_MAX_EXAMPLES ?? 10);
const MIN_REQUESTS = 5000;
/** KTF_CONTRACT_ROLES=officer.vp,admin runs those only (while working on the API); CI runs all. */
const ONLY = process.env.KTF_CONTRACT_ROLES?.split(',');
const SELECTED = ROLES.filter(([user]) => !ONLY || ONLY.includes(user));

const root = findRepoRoot();

/** A campaign open to every seeded unit and award, so that generated nominations can name one. */
async function openCampaign(apiUrl: string): Promise<string> {
  const { data, error } = await createApiClient(apiUrl, { token: devToken('admin') }).POST('/campaigns', {
    body: {
      name: 'Đợt thi đua kiểm thử hợp đồng API',
      awardCodes: DEFAULT_AWARD_CATALOG.map((a) => a.code),
      unitIds: SEED_UNITS.map((u) => unitId(u.code)),
      intakeDeadline: '2099-12-31',
    },
  });
  if (!data) throw new Error(`could not open the campaign: ${JSON.stringify(error)}`);
  return data.id;
}
jest.setTimeout(15 * 60_000);

describe('the API keeps its OpenAPI contract', () => {
  let stack: RunningStack;
  let bin: string;
  let configFile: string;
  const runs: RoleRun[] = [];

  beforeAll(async () => {
    bin = ensureSchemathesis((line) => console.log(line));
    // Rate limits out of the way: the fuzzer is one client sending thousands of requests (the
    // limits themselves are the edge's tests' business). Every other setting is the default.
    stack = await startE2eStack({ RATE_LIMIT_WINDOW_SECONDS: '1', RATE_LIMIT_PUBLIC_PER_WINDOW: '10000000', RATE_LIMIT_WRITES_PER_WINDOW: '10000000' });
    const dir = join(root, '.data', 'contract');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    configFile = writeContractConfig(root, dir, [await openCampaign(stack.apiUrl)]);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('serves the checked-in document (libs/api-client/openapi.json)', async () => {
    const served = await (await fetch(`${stack.apiUrl}/docs-json`)).json();
    expect(served).toEqual(JSON.parse(readFileSync(join(root, CLIENT_FILES.document), 'utf8')));
  });

  it.each(SELECTED)('holds for %s (%s)', async (user, phases) => {
    const reportDir = join(root, '.data', 'contract', user);
    const options = { bin, apiUrl: stack.apiUrl, user, token: devToken(user), seed: SEED, maxExamples: MAX_EXAMPLES, reportDir, configFile, phases };
    let run = await runSchemathesis(options);
    // The same seed once more when only the fuzzer's own interpreter faulted; any finding still fails.
    if (run.interpreterFault) run = await runSchemathesis(options);
    runs.push(run);
    const summary = `${user}: ${run.requests} requests in ${run.seconds.toFixed(0)} s, ${run.problems.length} problems, ${run.serverErrors} 5xx (${join(reportDir, 'output.txt')})`;
    console.log(summary);
    expect({ user, problems: run.problems, serverErrors: run.serverErrors, exitCode: run.exitCode }).toEqual({ user, problems: [], serverErrors: 0, exitCode: 0 });
  });

  it(`sent at least ${MIN_REQUESTS} requests in all`, () => {
    const table = runs.map((r) => `  ${r.user.padEnd(12)} ${String(r.requests).padStart(6)} requests  ${r.seconds.toFixed(0).padStart(4)} s`);
    const total = runs.reduce((n, r) => n + r.requests, 0);
    console.log(`schemathesis requests per role (seed ${SEED}, max ${MAX_EXAMPLES} examples):\n${table.join('\n')}\n  ${'total'.padEnd(12)} ${String(total).padStart(6)}`);
    expect(runs).toHaveLength(SELECTED.length);
    if (!ONLY) expect(total).toBeGreaterThanOrEqual(MIN_REQUESTS);
  });
});
