import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, PlannedReminder } from '#ktf/domain';

export const campaignWorkflowId = (campaignId: string): string => `campaign-${campaignId}`;

export interface CampaignWorkflowInput {
  campaignId: string;
}

export interface CampaignSnapshot {
  campaignId: string;
  status: 'open' | 'closed';
  intakeDeadline: string;
  remindersSent: number[];
}

export interface ExtendCampaignRequest {
  actor: Actor;
  intakeDeadline: string;
  reason: string;
}

export const extendCampaignUpdate = defineUpdate<CampaignSnapshot, [ExtendCampaignRequest]>('extendCampaign');
export const campaignSnapshotQuery = defineQuery<CampaignSnapshot>('campaignSnapshot');

export interface CampaignActivities {
  loadCampaign(campaignId: string): Promise<{ intakeDeadline: string; reminderOffsets: number[]; status: 'open' | 'closed' }>;
  planCampaignReminders(input: { intakeDeadline: string; reminderOffsets: number[]; now: string }): Promise<PlannedReminder[]>;
  /** Notifies the officers of addressed units that have sent nothing yet; returns how many units. */
  remindCampaignUnits(input: { campaignId: string; offset: number; round: number }): Promise<number>;
  closeCampaignIntake(input: { campaignId: string; closedAt: string }): Promise<void>;
  reopenCampaignIntake(input: { campaignId: string; intakeDeadline: string; actorId: string; reason: string }): Promise<void>;
}
