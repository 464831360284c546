// The two prebuilt workflow bundles (`npm run build`, which `npm test` runs first): the one a
// worker loads with tracing off carries no OpenTelemetry interceptor (they made spans in every
// activation for nobody: issue 18), the traced one does; both carry the request context.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workflowBundleFile } from '../../apps/worker/src/workflow-source';

const dist = join(__dirname, '..', '..', 'dist');
const bundle = (traced: boolean) => readFileSync(join(dist, workflowBundleFile(traced)), 'utf8');
const OTEL_INTERCEPTOR = 'new workflow_1.OpenTelemetryInboundInterceptor()';
const REQUEST_CONTEXT = 'workflows/src/request-context.interceptors';

describe('the prebuilt workflow bundles', () => {
  it('exist, one for each tracing setting', () => {
    expect([false, true].map((traced) => existsSync(join(dist, workflowBundleFile(traced))))).toEqual([true, true]);
  });

  it('leave the tracing interceptors out of the bundle a worker without tracing loads', () => {
    const plain = bundle(false);
    expect(plain).not.toContain(OTEL_INTERCEPTOR);
    expect(plain).toContain(REQUEST_CONTEXT);
  });

  it('put them in the traced one', () => {
    const traced = bundle(true);
    expect(traced).toContain(OTEL_INTERCEPTOR);
    expect(traced).toContain(REQUEST_CONTEXT);
  });
});
