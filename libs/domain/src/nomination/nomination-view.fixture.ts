import { NominationView } from './nomination-view';

/** For tests: a nomination of unit-vp in council review (c1 to vote, c2 voted, c3 recused), changed by `over`. */
export const NOMINATION_VIEW_UNIT = 'unit-vp';
export const nominationView = (over: Partial<NominationView> = {}): NominationView => ({
  status: 'in_progress',
  stage: 'council_review',
  unitId: NOMINATION_VIEW_UNIT,
  councilMemberIds: ['c1', 'c2', 'c3'],
  recusedMemberIds: ['c3'],
  votedMemberIds: ['c2'],
  signingAuthority: null,
  reservedByDecisionId: null,
  actorDuties: {},
  appraiserId: null,
  ...over,
});
