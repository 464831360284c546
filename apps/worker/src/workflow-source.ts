import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The request context (request and actor ids) of an Update or start on to the activities it schedules. */
const REQUEST_CONTEXT_INTERCEPTORS = require.resolve('../../../workflows/src/request-context.interceptors');
/** OpenTelemetry's: an Update's trace context on to the activities it schedules, and the workflow's own spans. */
const TRACING_INTERCEPTORS = require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/**
 * The workflow interceptor modules a worker runs. The tracing ones only while tracing is on: they
 * make spans in every activation (a third of the worker's CPU per vote with tracing off, measured
 * for issue 18), and they command nothing, so a history replays the same with or without them.
 */
export function workflowInterceptorModules(traced: boolean): string[] {
  return traced ? [TRACING_INTERCEPTORS, REQUEST_CONTEXT_INTERCEPTORS] : [REQUEST_CONTEXT_INTERCEPTORS];
}

/**
 * Modules the worker's reusable V8 context evaluates once, shared by every workflow: the
 * request context's storage, which must not be one per cached workflow (its module says why).
 */
const WORKFLOW_PRELOAD_MODULES: readonly string[] = [require.resolve('../../../workflows/src/request-context-storage')];

/** What a worker's bundle is built with besides its workflows (the prebuilt one and one made at start alike). */
export function workflowBundleOptions(traced: boolean): { workflowInterceptorModules: string[]; preloadModules: string[] } {
  return { workflowInterceptorModules: workflowInterceptorModules(traced), preloadModules: [...WORKFLOW_PRELOAD_MODULES] };
}

/** The prebuilt bundle's file name (infra/tools/bundle-workflows.ts writes both). */
export function workflowBundleFile(traced: boolean): string {
  return traced ? 'workflow-bundle.traced.js' : 'workflow-bundle.js';
}

/**
 * Production starts load the prebuilt bundle (`npm run build` writes it); without one,
 * the worker bundles the compiled workflows at start (slower, same code).
 */
export function workflowSource(
  traced: boolean,
): { workflowBundle: { codePath: string } } | { workflowsPath: string; bundlerOptions: { preloadModules: string[] } } {
  const bundle = join(__dirname, '..', '..', '..', workflowBundleFile(traced));
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  return { workflowsPath: require.resolve('../../../workflows/src'), bundlerOptions: { preloadModules: workflowBundleOptions(traced).preloadModules } };
}

/**
 * Workflows a worker keeps cached with tracing on and no TEMPORAL_MAX_CACHED_WORKFLOWS. The
 * SDK's OpenTelemetry workflow interceptors keep a context storage per cached workflow, and
 * every promise of the workflow thread gets a slot per storage (test/infra/workflow-storage.spec.ts):
 * the SDK's default cache (~900 on a 4 GiB heap) would slow every task as nominations open. An
 * evicted workflow is replayed on its next action instead.
 */
export const TRACED_WORKFLOW_CACHE = 100;

/** The worker's workflow cache size: as configured, else bounded while tracing, else the SDK's. */
export function workflowCacheSize(configured: number | undefined, traced: boolean): number | undefined {
  return configured ?? (traced ? TRACED_WORKFLOW_CACHE : undefined);
}
