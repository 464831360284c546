import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RoleRun {
  user: string;
  /** Every request schemathesis sent (its HAR log), checks' own probes included. */
  requests: number;
  /** Responses with a 5xx status, whatever the checks said. */
  serverErrors: number;
  /** Failures and errors as schemathesis reports them, e.g. `ST202 Schema-valid request rejected: POST /units`. */
  problems: string[];
  exitCode: number | null;
  /** Only errors, and the fuzzer's interpreter faulted (see INTERPRETER_FAULT): worth one more run. */
  interpreterFault: boolean;
  seconds: number;
  /** Where the console output and the reports are. */
  reportDir: string;
}

export interface RunOptions {
  bin: string;
  apiUrl: string;
  user: string;
  token: string;
  seed: number;
  maxExamples: number;
  reportDir: string;
  configFile: string;
  /** Comma-separated: examples, coverage, fuzzing, stateful. */
  phases: string;
  workers?: number;
}

interface JsonReport {
  failures: { code: string; title: string; operations: string[] }[];
  errors: { title: string; count: number }[];
}

interface HarLog {
  log: { entries: { response: { status: number } }[] };
}

const reportIn = <T>(dir: string, prefix: string): T => {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`schemathesis wrote no ${prefix} report in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
};

/** One schemathesis run as one user: every phase (stateful included), every check. */
/**
 * CPython 3.11's `ast` can raise this inside hypothesis while it merely describes a lambda
 * (seen once under heavy load): a fault of the fuzzer's interpreter, not a finding about the API.
 */
const INTERPRETER_FAULT = 'AST constructor recursion depth mismatch';

export async function runSchemathesis(o: RunOptions): Promise<RoleRun> {
  mkdirSync(o.reportDir, { recursive: true });
  const args = [
    '--config-file', o.configFile, 'run', `${o.apiUrl}/docs-json`,
    '--checks', 'all',
    '--phases', o.phases,
    '--header', `Authorization: Bearer ${o.token}`,
    '--seed', String(o.seed),
    '--max-examples', String(o.maxExamples),
    '--workers', String(o.workers ?? 2),
    '--generation-database', 'none',
    '--report', 'json,har', '--report-dir', o.reportDir,
    '--no-color',
  ];
  const started = Date.now();
  const console = createWriteStream(join(o.reportDir, 'output.txt'));
  let output = '';
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(o.bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(console);
    child.stderr.pipe(console);
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const report = reportIn<JsonReport>(o.reportDir, 'json-');
  const statuses = reportIn<HarLog>(o.reportDir, 'har-').log.entries.map((e) => e.response.status);
  return {
    user: o.user,
    requests: statuses.length,
    serverErrors: statuses.filter((s) => s >= 500).length,
    problems: [
      ...report.failures.map((f) => `${f.code} ${f.title}: ${f.operations.join(', ')}`),
      ...report.errors.map((e) => `${e.title} ×${e.count}`),
    ],
    exitCode,
    interpreterFault: report.failures.length === 0 && report.errors.length > 0 && output.includes(INTERPRETER_FAULT),
    seconds: (Date.now() - started) / 1000,
    reportDir: o.reportDir,
  };
}
