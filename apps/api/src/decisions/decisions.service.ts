import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { releaseReservationUpdate, reserveForDecisionUpdate, signUpdate } from '#ktf/contracts';
import { Actor, denialOf, DomainError, hasRole, stageOf } from '#ktf/domain';
import { AuditRepository, DecisionRepository, NominationEntity, NominationRepository, ReferenceRepository } from '#ktf/persistence';
import { recordDeniedAttempt } from '../audit/denied-attempt';
import { fromTemporalError } from '../core/temporal-errors';
import { NominationAccessService } from '../nominations/nomination-access.service';
import { viewOf } from '../nominations/nomination.presenter';

@Injectable()
export class DecisionsService {
  constructor(
    private readonly temporal: Client,
    private readonly nominations: NominationRepository,
    private readonly references: ReferenceRepository,
    private readonly decisions: DecisionRepository,
    private readonly access: NominationAccessService,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Signs a batch into one decision, all or nothing: (1) check every nomination against
   * the read model, (2) reserve each workflow for this decision (its validator is the
   * authority; a refusal releases the others and signs nothing), (3) take the next
   * gap-free number, (4) sign every reserved nomination, which can no longer refuse.
   */
  async sign(actor: Actor, nominationIds: string[]) {
    if (!hasRole(actor, 'signer')) {
      const error = new DomainError('forbidden', 'only a signer signs decisions');
      const existing = (await Promise.all(nominationIds.map((id) => this.nominations.findById(id)))).filter((r) => r !== null);
      for (const row of existing) await this.auditDenial(actor, row, error);
      throw error;
    }
    const signerAuthority = await this.access.signerAuthority(actor);
    const rows = await this.loadAll(nominationIds);
    for (const row of rows) {
      const denial = denialOf(viewOf(row), { actor, signerAuthority }, 'sign');
      if (denial) {
        const error = new DomainError(denial.code, `${row.id}: ${denial.message}`, { ...denial.details, nominationId: row.id });
        await this.auditDenial(actor, row, error);
        throw error;
      }
    }
    const kind = await this.kindOf(rows);
    const decisionId = randomUUID();
    const request = { actor, signerAuthority, decisionId };
    const reserved: NominationEntity[] = [];
    try {
      for (const row of rows) {
        await this.temporal.workflow.getHandle(row.workflowId).executeUpdate(reserveForDecisionUpdate, { args: [request] });
        reserved.push(row);
      }
    } catch (e) {
      await Promise.allSettled(
        reserved.map((r) => this.temporal.workflow.getHandle(r.workflowId).executeUpdate(releaseReservationUpdate, { args: [request] })),
      );
      // The workflow that refused its reservation is the one after the last reserved: named
      // in the problem, as when the read model refuses it first.
      const refused = rows[reserved.length];
      const cause = fromTemporalError(e);
      const error = cause instanceof DomainError && refused ? new DomainError(cause.code, `${refused.id}: ${cause.message}`, { ...cause.details, nominationId: refused.id }) : cause;
      await this.auditDenial(actor, refused, error);
      throw error;
    }
    const signedAt = new Date();
    const decision = await this.decisions.createNumbered({
      id: decisionId,
      kind,
      authority: signerAuthority as string,
      signedAt,
      signerId: actor.id,
      nominationIds: rows.map((r) => r.id),
    });
    const signRequest = { ...request, decisionNumber: decision.number, signedAt: signedAt.toISOString() };
    await Promise.all(
      rows.map((r) => this.temporal.workflow.getHandle(r.workflowId).executeUpdate(signUpdate, { args: [signRequest] })),
    );
    // The decision's own chain: who signed which number over which nominations.
    await this.decisions.markSigned(decisionId, {
      actorId: actor.id,
      actorRole: 'signer',
      action: 'decision_signed',
      payload: {
        number: decision.number,
        kind: decision.kind,
        authority: decision.authority,
        year: decision.year,
        signedAt: signedAt.toISOString(),
        nominationIds: rows.map((r) => r.id),
      },
    });
    return this.present({ ...decision, status: 'signed' });
  }

  async get(actor: Actor, id: string) {
    const d = await this.decisions.findById(id);
    if (!d) throw new DomainError('not_found', `decision ${id} does not exist`);
    if (actor.roles.every((r) => r === 'unit_officer')) {
      const own = await Promise.all(d.nominationIds.map((n) => this.nominations.findById(n)));
      if (!own.some((n) => n?.unitId === actor.unitId)) throw new DomainError('forbidden', 'not a decision about your unit');
    }
    return this.present(d);
  }

  /** 403/409 refusals go to the nomination's `access` chain (Temporal keeps no trace of them). */
  private auditDenial(actor: Actor, row: NominationEntity | undefined, error: unknown): Promise<void> {
    if (!row) return Promise.resolve();
    return recordDeniedAttempt(this.audit, { actor, nominationId: row.id, attemptedAction: 'sign', error, stage: row.stage, workflowId: row.workflowId });
  }

  private present(d: { id: string; number: string; kind: string; authority: string; signedAt: Date; signerId: string; nominationIds: string[]; status: string }) {
    return {
      id: d.id,
      number: d.number,
      kind: d.kind,
      authority: d.authority,
      signedAt: d.signedAt.toISOString(),
      signerId: d.signerId,
      nominationIds: d.nominationIds,
      status: d.status,
    };
  }

  private async loadAll(ids: string[]): Promise<NominationEntity[]> {
    const rows = await Promise.all(ids.map((id) => this.nominations.findById(id)));
    const missing = ids.filter((_, i) => !rows[i]);
    if (missing.length) throw new DomainError('not_found', `nominations not found: ${missing.join(', ')}`, { missing });
    return rows as NominationEntity[];
  }

  /** A decision awards (quyết định); for central awards the Chủ tịch signs a submission (tờ trình). */
  private async kindOf(rows: NominationEntity[]): Promise<'decision' | 'submission'> {
    const kinds = new Set<'decision' | 'submission'>();
    for (const row of rows) {
      const pinned = row.pipelineCode && row.pipelineVersion ? await this.references.pipeline(row.pipelineCode, row.pipelineVersion) : null;
      if (!pinned) throw new DomainError('rule_failed', `${row.id}: its pinned pipeline is missing`);
      kinds.add(stageOf(pinned, 'signing')?.produces ?? 'decision');
    }
    if (kinds.size > 1) throw new DomainError('rule_failed', 'a batch may not mix decisions and central submissions');
    return [...kinds][0];
  }
}
