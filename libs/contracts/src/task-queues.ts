export const NOMINATION_TASK_QUEUE = 'ktf-nominations';

export const nominationWorkflowId = (nominationId: string): string => `nomination-${nominationId}`;
