/**
 * OpenAPI links: where an id a response returns can be used next. Clients and readers learn the
 * flow from them (create → vote → appraise → sign), and the contract test's stateful phase
 * follows them to chain real requests.
 */
interface LinkSource {
  from: string;
  status: string;
  /** A runtime expression for the id, e.g. `$response.body#/items/0/id`. */
  id: string;
  to: readonly string[];
}

const NOMINATION = [
  'getNomination', 'editDraft', 'getNominationHistory', 'submitDraft', 'castVote', 'appraise', 'resubmitSupplement',
  'withdrawNomination', 'returnToAppraisal', 'recordExternalDecision', 'moveDeadline', 'listDocuments', 'uploadDocument',
  'downloadDocument', 'diffDossier', 'getChecks',
] as const;

export const LINK_SOURCES: readonly LinkSource[] = [
  { from: 'createNomination', status: '201', id: '$response.body#/id', to: NOMINATION },
  { from: 'listNominations', status: '200', id: '$response.body#/items/0/id', to: NOMINATION },
  { from: 'getInbox', status: '200', id: '$response.body#/items/0/id', to: NOMINATION },
  { from: 'openCouncilSession', status: '201', id: '$response.body#/id', to: ['getCouncilSession', 'castSessionVotes', 'recordAbsentOpinions', 'closeCouncilSession'] },
  { from: 'signDecision', status: '201', id: '$response.body#/id', to: ['getDecision'] },
  { from: 'openCampaign', status: '201', id: '$response.body#/id', to: ['getCampaign', 'extendCampaign'] },
  { from: 'listCampaigns', status: '200', id: '$response.body#/0/id', to: ['getCampaign', 'extendCampaign'] },
  { from: 'createCouncil', status: '201', id: '$response.body#/id', to: ['getCouncil', 'replaceCouncilMembers'] },
  { from: 'listCouncils', status: '200', id: '$response.body#/0/id', to: ['getCouncil', 'replaceCouncilMembers'] },
  { from: 'listMyNotifications', status: '200', id: '$response.body#/items/0/id', to: ['markNotificationRead'] },
];
