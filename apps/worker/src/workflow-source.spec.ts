import { TRACED_WORKFLOW_CACHE, workflowBundleFile, workflowBundleOptions, workflowCacheSize, workflowInterceptorModules } from './workflow-source';

const TRACING = /interceptors-opentelemetry/;
const REQUEST_CONTEXT = /request-context\.interceptors/;

describe('the workflow interceptors a worker runs', () => {
  it('leaves the tracing interceptors out while tracing is off: they made spans in every activation for nobody', () => {
    const modules = workflowInterceptorModules(false);
    expect(modules.some((m) => TRACING.test(m))).toBe(false);
    expect(modules.filter((m) => REQUEST_CONTEXT.test(m))).toHaveLength(1);
    expect(workflowBundleFile(false)).toBe('workflow-bundle.js');
  });

  it('runs them, before the request context, from a bundle of their own while tracing is on', () => {
    const modules = workflowInterceptorModules(true);
    expect(modules.map((m) => (TRACING.test(m) ? 'tracing' : REQUEST_CONTEXT.test(m) ? 'request-context' : m))).toEqual(['tracing', 'request-context']);
    expect(workflowBundleFile(true)).not.toBe(workflowBundleFile(false));
  });

  it('preloads the request context storage, once for every workflow, in both bundles (test/infra/workflow-storage.spec.ts shows why)', () => {
    for (const traced of [false, true]) {
      const options = workflowBundleOptions(traced);
      expect(options.workflowInterceptorModules).toEqual(workflowInterceptorModules(traced));
      expect(options.preloadModules.filter((m) => /request-context-storage/.test(m))).toHaveLength(1);
    }
  });

  it('bounds the workflow cache while tracing unless one is configured, and leaves the SDK its default otherwise', () => {
    expect(workflowCacheSize(undefined, true)).toBe(TRACED_WORKFLOW_CACHE);
    expect(workflowCacheSize(15_000, true)).toBe(15_000);
    expect(workflowCacheSize(undefined, false)).toBeUndefined();
    expect(workflowCacheSize(2_000, false)).toBe(2_000);
  });
});
