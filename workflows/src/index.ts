export { nominationWorkflow } from './nomination.workflow';
export { campaignWorkflow } from './campaign.workflow';
export { decisionWorkflow } from './decision.workflow';
export { councilSessionCloseWorkflow } from './council-session-close.workflow';
