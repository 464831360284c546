export * from './task-queues';
export * from './workflow-types';
export * from './nomination-workflow.contract';
export * from './nomination-action-updates';
export * from './nomination-activities.contract';
export * from './campaign-workflow.contract';
export * from './decision-workflow.contract';
export * from './council-session-workflow.contract';
