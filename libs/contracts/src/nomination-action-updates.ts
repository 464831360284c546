import type { UpdateDefinition } from '@temporalio/common';
import type { NominationAction } from '#ktf/domain';
import {
  ActorRequest,
  appraiseUpdate,
  closeVotingUpdate,
  extendDeadlineUpdate,
  externalDecisionUpdate,
  NominationSnapshot,
  reassignUpdate,
  recordAbsentOpinionUpdate,
  resubmitUpdate,
  returnUpdate,
  scheduleVotingUpdate,
  signUpdate,
  submitUpdate,
  voteUpdate,
  withdrawUpdate,
} from './nomination-workflow.contract';

/**
 * The one place that says which workflow Update carries each user action, so callers name
 * the action and never pick a Temporal definition themselves (a wrong pairing would be
 * audited as one action and run as another).
 */
export const NOMINATION_ACTION_UPDATES = {
  submit: submitUpdate,
  vote: voteUpdate,
  close_voting: closeVotingUpdate,
  appraise: appraiseUpdate,
  supplement: resubmitUpdate,
  sign: signUpdate,
  return: returnUpdate,
  withdraw: withdrawUpdate,
  record_external_decision: externalDecisionUpdate,
  extend_deadline: extendDeadlineUpdate,
  schedule_voting: scheduleVotingUpdate,
  record_absent_opinion: recordAbsentOpinionUpdate,
  reassign: reassignUpdate,
} as const satisfies { [K in NominationAction]: UpdateDefinition<NominationSnapshot, [ActorRequest]> };

/** What the Update of `K` takes, the actor (and signer authority) excepted: the API adds them. */
export type NominationActionArgs<K extends NominationAction> =
  (typeof NOMINATION_ACTION_UPDATES)[K] extends UpdateDefinition<NominationSnapshot, [infer R]> ? Omit<R, keyof ActorRequest> : never;
