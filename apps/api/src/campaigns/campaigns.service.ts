import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '#ktf/config';
import { CampaignWorkflow, campaignWorkflowId, extendCampaignUpdate, WORKFLOW_TYPES } from '#ktf/contracts';
import { Actor, DomainError, endOfLocalDay, hasRole } from '#ktf/domain';
import { AuditRepository, CampaignRepository, CampaignRow, ReferenceRepository } from '#ktf/persistence';
import { timeWorkflowUpdate } from '#ktf/telemetry';
import { withinActionWait } from '../core/action-wait';
import { fromTemporalError } from '../core/temporal-errors';
import { CreateCampaignDto, ExtendCampaignDto } from './campaign.dto';

/** A bare date is the end of that working day in Asia/Ho_Chi_Minh, like every deadline here. */
const deadlineOf = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? endOfLocalDay(value) : new Date(value));

@Injectable()
export class CampaignsService {
  constructor(
    private readonly config: AppConfig,
    private readonly temporal: Client,
    private readonly campaigns: CampaignRepository,
    private readonly references: ReferenceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async create(actor: Actor, dto: CreateCampaignDto) {
    if (!hasRole(actor, 'admin')) throw new DomainError('forbidden', 'only an admin opens a campaign');
    const deadline = deadlineOf(dto.intakeDeadline);
    if (deadline.getTime() <= Date.now()) throw new DomainError('rule_failed', 'the intake deadline must be in the future', { field: 'intakeDeadline' });
    for (const code of dto.awardCodes) {
      if (!(await this.references.awardType(code))) throw new DomainError('rule_failed', `award type ${code} is not in the catalog`, { field: 'awardCodes' });
    }
    for (const unitId of dto.unitIds) {
      if (!(await this.references.unit(unitId))) throw new DomainError('rule_failed', `unit ${unitId} does not exist`, { field: 'unitIds' });
    }
    const id = randomUUID();
    const workflowId = campaignWorkflowId(id);
    await this.campaigns.insert({
      id, name: dto.name.trim(), award_codes: dto.awardCodes, unit_ids: dto.unitIds, intake_deadline: deadline,
      reminder_offsets: dto.reminderOffsets ?? [5, 2, 0], workflow_id: workflowId, created_by: actor.id,
    });
    await this.audit.appendNext('campaign', id, {
      actorId: actor.id,
      actorRole: 'admin',
      action: 'campaign_opened',
      payload: { name: dto.name.trim(), awardCodes: dto.awardCodes, unitIds: dto.unitIds, intakeDeadline: deadline.toISOString() },
    });
    await this.temporal.workflow.start<CampaignWorkflow>(WORKFLOW_TYPES.campaign, { taskQueue: this.config.TEMPORAL_TASK_QUEUE, workflowId, args: [{ campaignId: id }] });
    return this.get(id);
  }

  /**
   * Moves the intake deadline (the campaign's workflow validates and takes it). The Update's id is
   * its new deadline: a deadline only moves later, so the same one sent again (after a 503, a
   * lost answer) is the same extension, joined or answered by Temporal, never taken twice.
   */
  async extend(actor: Actor, id: string, dto: ExtendCampaignDto) {
    const c = await this.require(id);
    const intakeDeadline = deadlineOf(dto.intakeDeadline).toISOString();
    try {
      await timeWorkflowUpdate('extend_campaign', () =>
        withinActionWait(this.temporal, this.config, () =>
          this.temporal.workflow
            .getHandle(c.workflow_id)
            .executeUpdate(extendCampaignUpdate, { args: [{ actor, intakeDeadline, reason: dto.reason }], updateId: `extend-to-${intakeDeadline}` }),
        ),
      );
    } catch (e) {
      throw fromTemporalError(e);
    }
    return this.get(id);
  }

  async get(id: string) {
    const c = await this.require(id);
    return { ...present(c), units: await this.campaigns.intakeByUnit(id) };
  }

  async list() {
    return (await this.campaigns.list()).map(present);
  }

  /** Intake rules for a nomination that names a campaign (422 when it does not fit). */
  async assertAccepts(campaignId: string, unitId: string, awardCode: string): Promise<void> {
    const c = await this.campaigns.findById(campaignId);
    if (!c) throw new DomainError('rule_failed', `campaign ${campaignId} does not exist`, { field: 'campaignId' });
    if (c.status !== 'open' || c.intake_deadline.getTime() < Date.now()) {
      throw new DomainError('rule_failed', `intake for campaign "${c.name}" closed on ${c.intake_deadline.toISOString()}`, { field: 'campaignId' });
    }
    if (!c.award_codes.includes(awardCode)) throw new DomainError('rule_failed', `campaign "${c.name}" does not accept ${awardCode}`, { field: 'awardCode' });
    if (!c.unit_ids.includes(unitId)) throw new DomainError('rule_failed', `campaign "${c.name}" is not addressed to your unit`, { field: 'campaignId' });
  }

  private async require(id: string): Promise<CampaignRow> {
    const c = await this.campaigns.findById(id);
    if (!c) throw new DomainError('not_found', `campaign ${id} does not exist`);
    return c;
  }
}

function present(c: CampaignRow) {
  return {
    id: c.id,
    name: c.name,
    awardCodes: c.award_codes,
    unitIds: c.unit_ids,
    intakeDeadline: c.intake_deadline.toISOString(),
    reminderOffsets: c.reminder_offsets,
    status: c.status === 'open' && c.intake_deadline.getTime() < Date.now() ? 'closed' : c.status,
    workflowId: c.workflow_id,
    createdAt: c.created_at.toISOString(),
    closedAt: c.closed_at?.toISOString() ?? null,
  };
}
