export * from './task-queues';
export * from './nomination-workflow.contract';
export * from './nomination-activities.contract';
export * from './campaign-workflow.contract';
