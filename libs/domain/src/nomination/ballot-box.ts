import { allEligibleVoted } from '../vote/tally';
import type { VoteChoice } from '../vote/vote-rule';

/** The council's ballots on one nomination during one council review. */
export interface BallotBox {
  memberIds: readonly string[];
  recusedIds: readonly string[];
  votedMemberIds: readonly string[];
  /** Choices stay here; with a secret ballot no event carries them. */
  ballots: Readonly<Record<string, VoteChoice>>;
  /** Members whose ballot is a written opinion recorded by the secretary (counts in the vote, not the quorum). */
  writtenOpinionIds: readonly string[];
}

/** A member's ballot: cast in person (`vote`) or an absent member's written opinion. */
export interface Ballot {
  kind: 'vote' | 'absent_opinion';
  memberId: string;
  choice: VoteChoice;
  secret: boolean;
}

export interface BallotCast {
  box: BallotBox;
  event: { action: 'vote_cast' | 'absent_opinion_recorded'; payload: Record<string, unknown> };
  /** Every eligible member has voted: the tally is due now. */
  tallyDue: boolean;
}

/**
 * Puts one ballot in the box (state + action → new state + the audit event). Who may cast it
 * is the rule table's question (denialOf), asked before; this only records it.
 */
export function castBallot(box: BallotBox, ballot: Ballot): BallotCast {
  const { memberId, choice, secret } = ballot;
  const written = ballot.kind === 'absent_opinion';
  const next: BallotBox = {
    ...box,
    ballots: { ...box.ballots, [memberId]: choice },
    writtenOpinionIds: written ? [...box.writtenOpinionIds, memberId] : box.writtenOpinionIds,
    votedMemberIds: [...box.votedMemberIds, memberId],
  };
  const event: BallotCast['event'] = written
    ? { action: 'absent_opinion_recorded', payload: secret ? { memberId } : { memberId, choice } }
    : { action: 'vote_cast', payload: secret ? {} : { choice } };
  const tallyDue = allEligibleVoted({ memberIds: [...next.memberIds], recusedIds: [...next.recusedIds], ballots: { ...next.ballots } });
  return { box: next, event, tallyDue };
}
