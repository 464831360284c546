import { Client, WorkflowIdConflictPolicy, WorkflowIdReusePolicy, WorkflowHandle } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { DecisionOutcome, DecisionWorkflow, decisionWorkflowId, DecisionWorkflowInput, WORKFLOW_TYPES } from '#ktf/contracts';

/**
 * Starts a decision's workflow, or joins the one under way: the workflow id is the decision
 * id's, a running one is used as it is (a retried request waits for the same decision), a
 * completed one is answered from its result, and only a failed one (a refused batch, which
 * released everything and took no number) may run again under the same id.
 */
export async function runDecision(client: Client, taskQueue: string, input: DecisionWorkflowInput): Promise<DecisionOutcome> {
  const handle = await startOrJoin(client, taskQueue, input);
  return handle.result();
}

export async function startOrJoin(client: Client, taskQueue: string, input: DecisionWorkflowInput): Promise<WorkflowHandle<DecisionWorkflow>> {
  const workflowId = decisionWorkflowId(input.decisionId);
  try {
    return await client.workflow.start<DecisionWorkflow>(WORKFLOW_TYPES.decision, {
      taskQueue,
      workflowId,
      args: [input],
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
      workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
    });
  } catch (e) {
    if (e instanceof WorkflowExecutionAlreadyStartedError) return client.workflow.getHandle<DecisionWorkflow>(workflowId);
    throw e;
  }
}

/** Running now (then whoever acts on its nominations must leave them to it)? */
export async function isRunning(client: Client, decisionId: string): Promise<boolean> {
  try {
    return (await client.workflow.getHandle(decisionWorkflowId(decisionId)).describe()).status.name === 'RUNNING';
  } catch (e) {
    if (e instanceof WorkflowNotFoundError) return false;
    throw e;
  }
}
