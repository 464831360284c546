export { nominationWorkflow } from './nomination.workflow';
export { campaignWorkflow } from './campaign.workflow';
