/**
 * The one task queue of the service: every workflow (nominations, campaigns, decisions, council
 * session closes) and every activity runs on it. `TEMPORAL_TASK_QUEUE` overrides it (tests).
 */
export const NOMINATION_TASK_QUEUE = 'ktf-nominations';

export const nominationWorkflowId = (nominationId: string): string => `nomination-${nominationId}`;
