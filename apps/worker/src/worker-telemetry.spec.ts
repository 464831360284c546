import { withRequestContextHeader } from '#ktf/contracts';
import { currentLogContext } from '#ktf/telemetry';
import { activityTelemetry, forwardSdkLogEntry, workflowLogIds } from './worker-telemetry';

describe('worker log ids', () => {
  it('names the nomination of a nomination workflow, and only of one', () => {
    expect(workflowLogIds('nomination-7d0c', 'run-1')).toEqual({ workflowId: 'nomination-7d0c', runId: 'run-1', nominationId: '7d0c' });
    expect(workflowLogIds('decision-9', undefined)).toEqual({ workflowId: 'decision-9' });
    expect(workflowLogIds(undefined, 'run-1')).toEqual({});
  });

  it('forwards an SDK entry at its level with runId from workflowRunId and without the task token', () => {
    const calls: [string, unknown, string][] = [];
    const logger = Object.fromEntries(['trace', 'debug', 'info', 'warn', 'error'].map((l) => [l, (obj: unknown, msg: string) => calls.push([l, obj, msg])]));
    forwardSdkLogEntry(logger as never, {
      level: 'DEBUG',
      message: 'Activity completed',
      timestampNanos: 0n,
      meta: { workflowId: 'nomination-42', workflowRunId: 'r-9', taskToken: 'secret', activityType: 'recordTransition' },
    });
    expect(calls).toEqual([['debug', { activityType: 'recordTransition', workflowId: 'nomination-42', runId: 'r-9', nominationId: '42' }, 'Activity completed']]);
  });

  it('drops the SDK’s "Activity started" (logged before the request is known) and forwards the activity’s own', () => {
    const calls: [string, unknown, string][] = [];
    const logger = Object.fromEntries(['trace', 'debug', 'info', 'warn', 'error'].map((l) => [l, (obj: unknown, msg: string) => calls.push([l, obj, msg])]));
    const entry = (sdkComponent: string, extra = {}) => ({ level: 'DEBUG' as const, message: 'Activity started', timestampNanos: 0n, meta: { sdkComponent, workflowId: 'nomination-42', ...extra } });
    forwardSdkLogEntry(logger as never, entry('worker'));
    forwardSdkLogEntry(logger as never, entry('activity', { requestId: 'req-1' }));
    expect(calls).toEqual([['debug', { sdkComponent: 'activity', requestId: 'req-1', workflowId: 'nomination-42', nominationId: '42' }, 'Activity started']]);
  });
});

describe('activity log context', () => {
  const REQUEST_ID = '1c9e2b7d-4a0f-4f5e-8d3c-6b2a1e0f9c47';
  const ACTOR_ID = '00000000-0000-4000-8000-000000000041';
  const info = { activityType: 'recordTransition', workflowExecution: { workflowId: 'nomination-5e1f', runId: 'run-3' } };
  /** The activity's logger: records each line with the log attributes the interceptors give it then. */
  function contextOf(interceptors: () => ReturnType<typeof activityTelemetry>) {
    const lines: [string, Record<string, unknown>][] = [];
    const log = { debug: (msg: string) => lines.push([msg, interceptors().outbound?.getLogAttributes?.({}, (a) => a) ?? {}]) };
    return { ctx: { info, log } as never, lines };
  }

  it('runs the activity with the request, actor, workflow ids and type of what caused it, and gives the SDK’s lines the request', async () => {
    const { ctx, lines } = contextOf(() => interceptors);
    const interceptors = activityTelemetry(ctx);
    const headers = withRequestContextHeader({}, { requestId: REQUEST_ID, actorId: ACTOR_ID });
    const seen = await interceptors.inbound?.execute?.({ args: [], headers }, async () => currentLogContext());
    expect(seen).toEqual({ requestId: REQUEST_ID, actorId: ACTOR_ID, workflowId: 'nomination-5e1f', runId: 'run-3', nominationId: '5e1f', activityType: 'recordTransition' });
    expect(interceptors.outbound?.getLogAttributes?.({ activityId: '1' }, (a) => a)).toEqual({ activityId: '1', requestId: REQUEST_ID, actorId: ACTOR_ID });
    // "Activity started" is logged once the request is known, so it names it.
    expect(lines).toEqual([['Activity started', { requestId: REQUEST_ID, actorId: ACTOR_ID }]]);
  });

  it('leaves requestId and actorId null for an activity no request caused (a timer’s)', async () => {
    const interceptors = activityTelemetry(contextOf(() => interceptors).ctx);
    const seen = await interceptors.inbound?.execute?.({ args: [], headers: {} }, async () => currentLogContext());
    expect(seen).toEqual({ requestId: null, actorId: null, workflowId: 'nomination-5e1f', runId: 'run-3', nominationId: '5e1f', activityType: 'recordTransition' });
    expect(interceptors.outbound?.getLogAttributes?.({ activityId: '1' }, (a) => a)).toEqual({ activityId: '1' });
  });
});
