import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The workflow interceptor modules the prebuilt bundle carries (infra/tools/bundle-workflows.ts),
 * for a worker that bundles at start: traces, and the request context on to the activities.
 */
export const WORKFLOW_INTERCEPTOR_MODULES = [
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors'),
  require.resolve('../../../workflows/src/request-context.interceptors'),
];

/**
 * Production starts load the prebuilt bundle (`npm run build` writes it); without one,
 * the worker bundles the compiled workflows at start (slower, same code).
 */
export function workflowSource(): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
  const bundle = join(__dirname, '..', '..', '..', 'workflow-bundle.js');
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  return { workflowsPath: require.resolve('../../../workflows/src') };
}
