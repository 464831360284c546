import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

/**
 * Prebuilds the workflow bundle the worker loads in production (STYLE: no webpack at
 * worker start). Skips the work when no compiled workflow or shared library changed.
 */
const dist = join(__dirname, '..', '..');
const out = join(dist, 'workflow-bundle.js');
const inputs = ['workflows/src', 'libs/domain/src', 'libs/contracts/src'].map((d) => join(dist, d));
/** OpenTelemetry's workflow interceptors: an Update's trace context on to the activities it schedules. */
const WORKFLOW_TRACING_INTERCEPTORS = require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');
/** The request context (request and actor ids) of an Update or start on to the activities it schedules. */
const WORKFLOW_REQUEST_CONTEXT_INTERCEPTORS = require.resolve(join(dist, 'workflows/src/request-context.interceptors'));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function main(): Promise<void> {
  // This script's own options count as an input too.
  const newestInput = Math.max(...inputs.map(newestMtime), statSync(__filename).mtimeMs);
  if (existsSync(out) && statSync(out).mtimeMs > newestInput) return;
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve(join(dist, 'workflows/src')),
    workflowInterceptorModules: [WORKFLOW_TRACING_INTERCEPTORS, WORKFLOW_REQUEST_CONTEXT_INTERCEPTORS],
    logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
  });
  writeFileSync(out, code);
  console.log(`workflow bundle: ${out} (${(code.length / 1024).toFixed(0)} KiB)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
