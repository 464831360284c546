export { nominationWorkflow } from './nomination.workflow';
