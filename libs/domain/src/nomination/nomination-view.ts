import { NominationStatus, StageKind } from '../pipeline/pipeline';

/**
 * What action rules need to know about a nomination. The workflow holds it as state
 * and the read model projects it, so the workflow's Update validators and the API's
 * `allowedActions` apply the same rules to the same facts.
 */
export interface NominationView {
  status: NominationStatus;
  stage: StageKind | null;
  unitId: string;
  councilMemberIds: string[];
  recusedMemberIds: string[];
  votedMemberIds: string[];
  /** signing: the authority code whose signer may sign. */
  signingAuthority: string | null;
  /** Set while a decision is being signed over this nomination (batch signing in progress). */
  reservedByDecisionId: string | null;
  /** Separation of duties: the duty each person has exercised on this nomination. */
  actorDuties: Record<string, Duty>;
  /**
   * The appraiser the appraisal is assigned to by a reassignment (issue 15); null until then,
   * when every appraiser of Sở Nội vụ holds it, as before names were given.
   */
  appraiserId: string | null;
}

/** Picks the rule-relevant facts from a read-model row (or any object that carries them). */
export const pickNominationView = (n: NominationView): NominationView => ({
  status: n.status,
  stage: n.stage,
  unitId: n.unitId,
  councilMemberIds: n.councilMemberIds,
  recusedMemberIds: n.recusedMemberIds,
  votedMemberIds: n.votedMemberIds,
  signingAuthority: n.signingAuthority,
  reservedByDecisionId: n.reservedByDecisionId,
  actorDuties: n.actorDuties ?? {},
  appraiserId: n.appraiserId ?? null,
});

/** Groups of stages one person may serve in; nobody serves a nomination in two. */
export type Duty = 'unit' | 'council' | 'appraisal' | 'signing';
