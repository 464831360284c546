/**
 * Where the preload (workflow-stack-traces.ts) leaves what it did, for main.ts to report. Apart
 * from it because importing the preload would apply it: undefined here means the worker was
 * started without `--require`.
 */
export const WORKFLOW_STACK_TRACES = Symbol.for('ktf.workflowStackTraces');

export type WorkflowStackTraces = 'on' | 'off';
