import { NominationView, pickNominationView } from '#ktf/domain';
import type { AwardRecordRow, InboxRow, NominationSummaryRow } from '#ktf/persistence';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The compact list item: enough to render a row and link to `GET /nominations/:id`. */
export const presentSummary = (n: NominationSummaryRow) => ({
  id: n.id,
  awardCode: n.awardCode,
  subject: n.subject,
  nomineeName: n.nomineeName,
  unitId: n.unitId,
  status: n.status,
  stage: n.stage,
  stageOpenedAt: iso(n.stageOpenedAt),
  dueAt: iso(n.dueAt),
  overdue: n.overdue,
  year: n.year,
  campaignId: n.campaignId,
  createdAt: n.createdAt.toISOString(),
});

/** The facts the action rules read (the same picking as the nomination presenter). */
export const inboxView = (n: InboxRow): NominationView => pickNominationView(n);

export const presentAward = (a: AwardRecordRow) => ({
  id: a.id,
  nominationId: a.nominationId,
  awardCode: a.awardCode,
  awardName: a.awardName,
  year: a.year,
  subject: a.subject,
  nomineeName: a.nomineeName,
  unitId: a.unitId,
  unitName: a.unitName,
  decision: { id: a.decisionId, number: a.decisionNumber },
  awardedAt: a.awardedAt.toISOString(),
});
