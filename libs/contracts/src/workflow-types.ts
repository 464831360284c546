import type { CampaignSnapshot, CampaignWorkflowInput } from './campaign-workflow.contract';
import type { CouncilSessionCloseInput, CouncilSessionCloseResult } from './council-session-workflow.contract';
import type { DecisionOutcome, DecisionWorkflowInput } from './decision-workflow.contract';
import type { NominationSnapshot, NominationWorkflowInput } from './nomination-workflow.contract';

/**
 * The workflow types the worker registers (workflows/src/index.ts exports functions of exactly
 * these names; test/infra/workflow-names.spec.ts checks it). Clients start workflows through
 * these constants and the signatures below, never by a string of their own.
 */
export const WORKFLOW_TYPES = {
  nomination: 'nominationWorkflow',
  campaign: 'campaignWorkflow',
  decision: 'decisionWorkflow',
  councilSessionClose: 'councilSessionCloseWorkflow',
} as const;

export type NominationWorkflow = (input: NominationWorkflowInput) => Promise<NominationSnapshot>;
export type CampaignWorkflow = (input: CampaignWorkflowInput) => Promise<CampaignSnapshot>;
export type DecisionWorkflow = (input: DecisionWorkflowInput) => Promise<DecisionOutcome>;
export type CouncilSessionCloseWorkflow = (input: CouncilSessionCloseInput) => Promise<CouncilSessionCloseResult>;
