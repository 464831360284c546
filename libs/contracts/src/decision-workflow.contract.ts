import { defineQuery } from '@temporalio/workflow';
import type { Actor, SigningCapacity } from '#ktf/domain';

export const decisionWorkflowId = (decisionId: string): string => `decision-${decisionId}`;

export type DecisionKind = 'decision' | 'submission';

/**
 * - `sign`: a new batch: reserve every nomination (a refusal releases them all and fails the
 *   workflow with the refusal), take the number, sign each, seal the decision.
 * - `resume`: a decision already numbered (left `numbered` by the code before this workflow):
 *   sign what is not signed yet and seal it.
 * - `release`: reservations left by that code for a decision that never got a number: release them.
 */
export type DecisionMode = 'sign' | 'resume' | 'release';

export interface DecisionWorkflowInput {
  decisionId: string;
  mode: DecisionMode;
  /** The signer the decision acts for (the nominations' validators check role and authority). */
  actor: Actor;
  signerAuthority: string | null;
  /** In the order given: reservations are taken one by one in this order. */
  nominationIds: string[];
  kind: DecisionKind;
  authority: string;
  /** How the signer signs for `authority` (absent from workflows started before delegated signing: direct). */
  signing?: SigningAs;
}

/** The capacity a decision is signed in: directly, or under a delegation (KT./TL.) of `principalId`'s authority. */
export interface SigningAs {
  capacity: SigningCapacity;
  delegationId: string | null;
  principalId: string;
}

/**
 * How a decision was signed, as stored with it: both people (the authority's holder and who
 * actually signed) and, under a delegation, the two signature lines ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
 */
export interface DecisionSignature {
  capacity: SigningCapacity;
  delegationId: string | null;
  signedForId: string | null;
  signedForName: string | null;
  signerName: string | null;
  heading: string | null;
  title: string | null;
}

/** A decision row as stored (`decisions`). */
export interface DecisionRecord {
  id: string;
  number: string;
  kind: DecisionKind;
  authority: string;
  year: number;
  signedAt: string;
  signerId: string;
  nominationIds: string[];
  status: 'numbered' | 'signed';
  signature: DecisionSignature;
}

export type DecisionOutcome =
  | { outcome: 'signed'; decision: DecisionRecord }
  | { outcome: 'released'; decisionId: string; nominationIds: string[] };

export type DecisionPhase = 'reserving' | 'releasing' | 'numbering' | 'signing' | 'sealing' | 'signed' | 'released';

export interface DecisionProgress {
  decisionId: string;
  mode: DecisionMode;
  phase: DecisionPhase;
  reserved: string[];
  signed: string[];
  number: string | null;
}

export const decisionProgressQuery = defineQuery<DecisionProgress>('decisionProgress');

/** A domain refusal as data (an Update's validator said no), so the workflow can decide what follows. */
export interface Refusal {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

export interface NominationCall {
  decisionId: string;
  nominationId: string;
  /** Idempotency of the Update: the decision workflow's run, so a retried activity joins its first call. */
  runId: string;
  actor: Actor;
  signerAuthority: string | null;
}

export interface TakeNumberInput {
  decisionId: string;
  kind: DecisionKind;
  authority: string;
  signerId: string;
  nominationIds: string[];
  /** Workflow time when numbering began: the decision's date (and the counter's year). */
  signedAt: string;
  /** Absent: signed directly (and by workflows started before delegated signing). */
  signing?: SigningAs;
}

export interface DecisionActivities {
  /** Reserves one nomination for the decision (Update `reserveForDecision`); a refusal comes back as data. */
  reserveNomination(call: NominationCall): Promise<Refusal | null>;
  /** Releases the reservation if it is this decision's (else nothing to do). */
  releaseNomination(call: NominationCall): Promise<void>;
  /** The next gap-free number for the authority and year, stored with the decision; idempotent on the decision id. */
  takeDecisionNumber(input: TakeNumberInput): Promise<DecisionRecord>;
  /** The stored decision, or null. */
  findDecision(decisionId: string): Promise<DecisionRecord | null>;
  /** Signs one reserved nomination (Update `sign`); done already is done. */
  signNomination(call: NominationCall & { decisionNumber: string; signedAt: string }): Promise<void>;
  /**
   * Renders the numbered decision's PDF, signs it with the signer's key and stores it, once
   * (a retry returns the stored one's hash); null when it has none (a submission, or a PDF that
   * still fails on its last attempt: the decision is then sealed without one).
   */
  prepareDecisionDocument(decisionId: string): Promise<{ sha256: string } | null>;
  /**
   * Marks the decision signed and appends `decision_signed` to its chain, once. With `document`
   * (prepared beside the signatures) it vouches for that PDF; without the key (runs from before
   * the document was prepared early) it makes the PDF itself first.
   */
  sealDecision(input: { decisionId: string; actorId: string; document?: { sha256: string } | null }): Promise<DecisionRecord>;
  /**
   * The PDF of a decision sealed without one yet (a decision of one nomination is answered
   * first): made and stored once, then `decision_document_signed` with its SHA-256 appended to
   * the decision's chain, once. Null when it has none (a submission, or a PDF that still fails).
   */
  documentDecision(input: { decisionId: string; actorId: string }): Promise<{ sha256: string } | null>;
}
