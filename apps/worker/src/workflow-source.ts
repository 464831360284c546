import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Production starts load the prebuilt bundle (`npm run build` writes it); without one,
 * the worker bundles the compiled workflows at start (slower, same code).
 */
export function workflowSource(): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  const bundle = join(__dirname, '..', '..', '..', 'workflow-bundle.js');
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  return { workflowsPath: require.resolve('../../../workflows/src') };
}
