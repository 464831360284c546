// `npm run chaos [-- --quick] [--seed N]`: the crash test as a command. Starts its own Postgres,
// Temporal dev server, worker and API on free ports in a temp data dir, drives nominations end to
// end while killing each component with SIGKILL at seeded moments, then checks the invariants.
// Exits non-zero on any violation; re-run a failure with the printed --seed.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startComponents } from './components';
import { planFaults, runFaults } from './faults';
import { gatherState } from './gather';
import { chaosClient, RetryBook } from './http-client';
import { checkInvariants } from './invariants';
import { seededRandom } from './seeded-random';
import { InFlight, runWorkload } from './workload';

/**
 * Audit events per nomination chain on each path, as a fault-free run writes them: a crash must
 * neither lose one nor write one twice.
 */
const EXPECTED_CHAIN_LENGTH: Record<string, number> = { direct: 16, session: 16 };

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : Math.floor(Math.random() * 1e9);
  if (!Number.isInteger(seed)) throw new Error('--seed takes an integer');
  const keep = argv.includes('--keep');
  return { quick, seed, keep, nominations: quick ? 48 : 200, concurrency: quick ? 8 : 16, windowS: quick ? 75 : 200, limitS: quick ? 300 : 660 };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);
  log(`crash test: seed ${args.seed}, at least ${args.nominations} nominations (more until every fault has happened) at concurrency ${args.concurrency}${args.quick ? ' (quick)' : ''}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'ktf-chaos-'));
  chmodSync(dataDir, 0o711); // run as root, Postgres runs as the postgres user and must enter it
  const components = await startComponents(dataDir, log);
  let code: number | undefined;
  // Bounded wall clock: a drive that cannot finish is itself a finding (something stays stuck).
  const limit = setTimeout(() => {
    log(`FAILED: not finished after ${args.limitS} s (stuck nominations or batches?) — re-run with --seed ${args.seed} --keep to inspect`);
    void components.stop().finally(() => process.exit(2));
  }, args.limitS * 1000);
  limit.unref();
  try {
    const book: RetryBook = { retries: 0, internalErrors: 0, ambiguous: 0 };
    const api = chaosClient(components.apiUrl, book);
    const inFlight: InFlight = { decisions: 0, sessionCloses: 0 };
    let finished = false;
    let faultsDone = false;
    const plan = planFaults(seededRandom(args.seed), args.windowS);
    const driveStarted = Date.now();
    const workload = runWorkload(api, { nominations: args.nominations, concurrency: args.concurrency, sessionEvery: 4, batchSize: 10 }, inFlight, () => !faultsDone).finally(() => (finished = true));
    const faults = await runFaults(plan, components, inFlight, () => finished, 3_000, log).finally(() => (faultsDone = true));
    const work = await workload;
    const driveS = (Date.now() - driveStarted) / 1000;
    log(`drive done in ${driveS.toFixed(0)} s; checking invariants`);
    const state = await gatherState(components.databaseUrl, components.temporalAddress, components.payloadCodec, api, work.paths, EXPECTED_CHAIN_LENGTH);
    const violations = [...work.failures.map((f) => `client gave up: ${f}`), ...faults.filter((f) => f.error).map((f) => `restart of ${f.label} failed: ${f.error}`), ...checkInvariants(state)];
    if (faults.length < plan.length) violations.push(`only ${faults.length} of ${plan.length} faults happened before the drive ended`);

    console.log('\nFaults (SIGKILL, restarted after 3 s)');
    console.log(table(['component', 'at (s)', 'outage (s)'], faults.map((f) => [f.label + (f.error ? ' FAILED' : ''), f.atS.toFixed(1), f.outageS.toFixed(1)])));
    const awarded = state.nominations.filter((n) => n.status === 'awarded').length;
    const byPath = (p: string) => state.nominations.filter((n) => n.path === p).length;
    console.log('\nResults');
    console.log(table(['what', 'value'], [
      ['seed', String(args.seed)],
      ['nominations (direct / via session)', `${state.nominations.length} (${byPath('direct')} / ${byPath('session')})`],
      ['awarded', String(awarded)],
      ['decisions signed / numbers', `${state.decisions.filter((d) => d.status === 'signed').length} / ${state.counters.map((c) => `${c.authority} ${c.year}: 1..${c.lastSeq}`).join(', ')}`],
      ['council sessions closed', String(work.sessionsClosed)],
      ['audit trail', state.audit.ok ? 'verifies' : 'BROKEN'],
      ['client retries / 409 after retry / HTTP 500', `${book.retries} / ${book.ambiguous} / ${book.internalErrors}`],
      ['drive time (s)', driveS.toFixed(0)],
      ['violations', String(violations.length)],
    ]));
    for (const v of violations.slice(0, 50)) console.log(`  VIOLATION ${v}`);
    if (violations.length > 50) console.log(`  … and ${violations.length - 50} more`);
    console.log(violations.length ? `\nFAILED — re-run with: npm run chaos -- ${args.quick ? '--quick ' : ''}--seed ${args.seed}` : '\nPASSED');
    code = violations.length ? 1 : 0;
  } finally {
    await components.stop().catch((e: unknown) => log(`stop: ${(e as Error).message}`));
    if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
    else log(`data kept in ${dataDir}`);
  }
  process.exit(code ?? 1);
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

main().catch((e: unknown) => {
  console.error('chaos:', e instanceof Error ? e.stack : e);
  process.exit(1);
});
