// A workflow whose task fails until it is told otherwise: Temporal then refuses Updates to it
// ("Workflow Task in failed state"), which the API must answer as a 503, not a 500.
import * as wf from '@temporalio/workflow';

export const pingUpdate = wf.defineUpdate<string>('ping');

export async function failingTaskWorkflow(): Promise<void> {
  wf.setHandler(pingUpdate, () => 'pong');
  // A plain Error (not an ApplicationFailure) fails the workflow task, which Temporal retries.
  throw new Error('this workflow task fails on purpose');
}
