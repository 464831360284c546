import { forwardSdkLogEntry, workflowLogIds } from './worker-telemetry';

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
});
