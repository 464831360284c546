import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleFile, workflowBundleOptions } from '../../apps/worker/src/workflow-source';

/**
 * Prebuilds the workflow bundle the worker loads in production (STYLE: no webpack at
 * worker start). Skips the work when no compiled workflow or shared library changed.
 */
const dist = join(__dirname, '..', '..');
const inputs = ['workflows/src', 'libs/domain/src', 'libs/contracts/src'].map((d) => join(dist, d));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function main(): Promise<void> {
  // The bundle's options count as inputs too: this script's and the worker's (interceptors, preloaded modules).
  const newestInput = Math.max(...inputs.map(newestMtime), statSync(__filename).mtimeMs, statSync(require.resolve('../../apps/worker/src/workflow-source')).mtimeMs);
  // Two bundles: the worker loads the traced one only while tracing is on (workflow-source.ts).
  for (const traced of [false, true]) {
    const out = join(dist, workflowBundleFile(traced));
    if (existsSync(out) && statSync(out).mtimeMs > newestInput) continue;
    const { code } = await bundleWorkflowCode({
      workflowsPath: require.resolve(join(dist, 'workflows/src')),
      ...workflowBundleOptions(traced),
      logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
    });
    writeFileSync(out, code);
    console.log(`workflow bundle: ${out} (${(code.length / 1024).toFixed(0)} KiB)`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
