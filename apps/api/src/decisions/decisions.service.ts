import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Client, WorkflowFailedError } from '@temporalio/client';
import { AppConfig } from '#ktf/config';
import { signDecisionAloneUpdate } from '#ktf/contracts';
import type { ActorRequest, DecisionRecord, DecisionWorkflowInput, SignAloneRequest } from '#ktf/contracts';
import { timeWorkflowUpdate } from '#ktf/telemetry';
import { Actor, denialOf, DomainError, grantFor, hasRole, stageOf } from '#ktf/domain';
import { AuditRepository, DecisionRepository, NominationEntity, NominationRepository, ReferenceRepository, stableUuid } from '#ktf/persistence';
import { recordDeniedAttempt } from '../audit/denied-attempt';
import { withinActionWait } from '../core/action-wait';
import { fromTemporalError, isWorkflowGone } from '../core/temporal-errors';
import { NominationAccessService } from '../nomination-access/nomination-access.service';
import { viewOf } from '../nominations/nomination.presenter';
import { isRunning, runDecision } from './decision-runs';
import { SignDecisionDto } from './dto/sign-decision.dto';
import { assertIdempotencyKey } from '../nominations/idempotency-key';

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

@Injectable()
export class DecisionsService {
  constructor(
    private readonly config: AppConfig,
    private readonly temporal: Client,
    private readonly nominations: NominationRepository,
    private readonly references: ReferenceRepository,
    private readonly decisions: DecisionRepository,
    private readonly access: NominationAccessService,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Signs a batch into one decision, all or nothing. The API checks the batch against the read
   * model (quick 403/409 answers), then the decision's workflow does the work: it reserves each
   * nomination (their validators are the authority; a refusal releases the others and signs
   * nothing), takes the next gap-free number, signs every reserved nomination and seals the
   * decision. The request waits for it; if the API dies meanwhile the workflow goes on, and the
   * same request again (same `Idempotency-Key` or `decisionId`) joins it or returns its result.
   */
  async sign(actor: Actor, dto: SignDecisionDto, idempotencyKey?: string): Promise<{ replayed: boolean; body: ReturnType<DecisionsService['present']> }> {
    const { nominationIds } = dto;
    if (!hasRole(actor, 'signer')) {
      const error = new DomainError('forbidden', 'only a signer signs decisions');
      const existing = (await Promise.all(nominationIds.map((id) => this.nominations.findById(id)))).filter((r) => r !== null);
      for (const row of existing) await this.auditDenial(actor, row, error);
      throw error;
    }
    assertIdempotencyKey(idempotencyKey);
    // The same (signer, key) is always the same decision, so a retry joins the same workflow.
    const decisionId = idempotencyKey ? stableUuid(`decision-idempotency:${actor.id}:${idempotencyKey}`) : (dto.decisionId ?? randomUUID());
    // Three independent reads at once; a replay is answered (or refused) before a missing row is.
    const [known, loaded, grants] = await Promise.all([
      this.decisions.findRow(decisionId),
      this.loadAll(nominationIds).then((rows) => ({ rows }), (error: unknown) => ({ error })),
      this.access.signingGrants(actor),
    ]);
    if (known) this.assertSameRequest(known, actor, nominationIds);
    if (known?.status === 'signed') return { replayed: true, body: this.present(known) };
    if ('error' in loaded) throw loaded.error;
    const { rows } = loaded;
    // The batch's authority picks the grant: the signer's own, or one delegated to them today.
    // A batch of several authorities is refused below by the rule for the rows that do not match.
    const grant = grantFor(grants, known?.authority ?? rows[0]?.signingAuthority);
    const signerAuthority = grant?.authority ?? null;
    for (const row of rows) {
      // Reserved or signed by this very decision: a retried request, the workflow is on it.
      if (row.reservedByDecisionId === decisionId || row.decisionId === decisionId) continue;
      const denial = denialOf(viewOf(row), { actor, signerAuthority }, 'sign');
      if (denial) {
        const error = new DomainError(denial.code, `${row.id}: ${denial.message}`, { ...denial.details, nominationId: row.id });
        await this.auditDenial(actor, row, error);
        throw error;
      }
    }
    const signing = grant && grant.capacity !== 'direct' ? { capacity: grant.capacity, delegationId: grant.delegationId, principalId: grant.principalId } : undefined;
    if (await this.signsAlone(rows, decisionId, known)) {
      return this.signAlone(actor, rows[0], { decisionId, signerAuthority, kind: known?.kind ?? (await this.kindOf(rows)), authority: known?.authority ?? (signerAuthority as string), signing });
    }
    const input: DecisionWorkflowInput = {
      decisionId,
      // Numbered already (a request that died after numbering): sign the rest, never release.
      mode: known ? 'resume' : 'sign',
      actor,
      signerAuthority,
      nominationIds,
      kind: known?.kind ?? (await this.kindOf(rows)),
      authority: known?.authority ?? (signerAuthority as string),
      ...(signing ? { signing } : {}),
    };
    try {
      // The workflow goes on past the deadline; the same request again joins it.
      const outcome = await withinActionWait(this.temporal, this.config, () => runDecision(this.temporal, this.config.TEMPORAL_TASK_QUEUE, input));
      if (outcome.outcome !== 'signed') throw new DomainError('stage_conflict', `decision ${decisionId} was released`, { decisionId });
      this.assertSameRequest(outcome.decision, actor, nominationIds);
      return { replayed: false, body: this.present(outcome.decision) };
    } catch (e) {
      const error = fromTemporalError(e);
      if (error instanceof DomainError) {
        const refused = rows.find((r) => r.id === error.details.nominationId);
        await this.auditDenial(actor, refused, error);
      }
      throw error;
    }
  }

  /**
   * One nomination signs its decision itself, unless a decision workflow has this decision (a
   * batch of one started before, running): then the request joins that. A retry of a decision of
   * one that an earlier attempt reserved or numbered sends the same Update again (same id):
   * Temporal answers it if it was taken, and otherwise the workflow takes it again over what the
   * lost attempt stored, as it does any lost Update's transitions.
   */
  private async signsAlone(rows: NominationEntity[], decisionId: string, known: DecisionRecord | null): Promise<boolean> {
    if (rows.length !== 1) return false;
    const reservedFor = rows[0].reservedByDecisionId;
    if (reservedFor && reservedFor !== decisionId) return false; // refused below, as a batch would be
    if (!known && !reservedFor) return true; // untouched by any attempt: no lookup
    return !(await isRunning(this.temporal, decisionId));
  }

  /**
   * A decision of one nomination: the nomination's workflow reserves, numbers, signs and seals it
   * in one Update (signDecisionAloneUpdate), a batch's steps without a decision workflow and its
   * second Update. The Update id is the decision's, so the same request again waits for the same
   * outcome. Its PDF follows the answer (GET …/document.pdf waits for it).
   */
  private async signAlone(actor: Actor, row: NominationEntity, d: Omit<SignAloneRequest, keyof ActorRequest> & { signerAuthority: string | null }) {
    const { signing, ...rest } = d;
    const request: SignAloneRequest = { actor, seenTransition: row.transition, ...rest, ...(signing ? { signing } : {}) };
    try {
      await timeWorkflowUpdate('sign', () =>
        withinActionWait(this.temporal, this.config, () =>
          this.temporal.workflow.getHandle(row.workflowId).executeUpdate(signDecisionAloneUpdate, { args: [request], updateId: `decision:${d.decisionId}:alone` }),
        ),
      );
    } catch (e) {
      const error = isWorkflowGone(e) ? new DomainError('stage_conflict', `nomination ${row.id} has ended`, { nominationId: row.id }) : fromTemporalError(e);
      if (error instanceof DomainError) await this.auditDenial(actor, row, error);
      throw error;
    }
    const decision = await this.decisions.findRow(d.decisionId);
    if (!decision) throw new Error(`decision ${d.decisionId} was signed but has no row`);
    return { replayed: false, body: this.present(decision) };
  }

  /**
   * Waits (at most ACTION_WAIT_SECONDS) until a signed decision of one nomination has its PDF:
   * its nomination's workflow makes it after answering, and ends once it has. A workflow that
   * ended or failed has nothing more to make.
   */
  async documentMade(decision: { nominationIds: string[] }): Promise<void> {
    if (decision.nominationIds.length !== 1) return;
    const row = await this.nominations.findById(decision.nominationIds[0]);
    if (!row) return;
    try {
      await withinActionWait(this.temporal, this.config, () => this.temporal.workflow.getHandle(row.workflowId).result());
    } catch (e) {
      if (e instanceof WorkflowFailedError || isWorkflowGone(e)) return;
      throw e;
    }
  }

  async get(actor: Actor, id: string) {
    const d = await this.decisions.findRow(id);
    if (!d) throw new DomainError('not_found', `decision ${id} does not exist`);
    if (actor.roles.every((r) => r === 'unit_officer')) {
      const own = await Promise.all(d.nominationIds.map((n) => this.nominations.findById(n)));
      if (!own.some((n) => n?.unitId === actor.unitId)) throw new DomainError('forbidden', 'not a decision about your unit');
    }
    return this.present(d);
  }

  /** A decision id (or Idempotency-Key) names one request: the same signer over the same batch. */
  private assertSameRequest(d: DecisionRecord, actor: Actor, nominationIds: string[]) {
    if (d.signerId !== actor.id || !sameSet(d.nominationIds, nominationIds)) {
      throw new DomainError('rule_failed', 'this decision id (or Idempotency-Key) was already used for another batch', { decisionId: d.id });
    }
  }

  /** 403/409 refusals go to the nomination's `access` chain (Temporal keeps no trace of them). */
  private auditDenial(actor: Actor, row: NominationEntity | undefined, error: unknown): Promise<void> {
    if (!row) return Promise.resolve();
    return recordDeniedAttempt(this.audit, { actor, nominationId: row.id, attemptedAction: 'sign', error, stage: row.stage, workflowId: row.workflowId });
  }

  private present(d: DecisionRecord) {
    return {
      id: d.id,
      number: d.number,
      kind: d.kind,
      authority: d.authority,
      signedAt: d.signedAt,
      signerId: d.signerId,
      nominationIds: d.nominationIds,
      status: d.status,
      signature: d.signature,
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
