import type { ApiClient } from '../../e2e/support/e2e-stack';
import { nominationSteps } from '../../e2e/support/nomination-steps';

/** Nominations the UI tests find in each role's queue, seeded through the public API. */
export interface Scenario {
  /** In council review: council.1 votes on it. */
  forVote: { id: string; name: string };
  /** In appraisal: the appraiser decides. */
  forAppraisal: { id: string; name: string };
  /** Waiting for the chairman's signature: signed in one batch. */
  forSigning: { id: string; name: string }[];
  /** Awarded, for the auditor. */
  awarded: { id: string; name: string };
  /** A draft of officer.vp, found by a search without diacritics. */
  searchable: { id: string; name: string };
}

export async function seedScenario(api: ApiClient): Promise<Scenario> {
  const steps = nominationSteps(api);
  const forVote = await steps.create('officer.vp', 'Trần Văn Bình');
  const forAppraisal = await steps.create('officer.vp', 'Lê Thị Cúc');
  const forSigning = [await steps.create('officer.vp', 'Phạm Văn Dũng'), await steps.create('officer.vp', 'Hoàng Thị Én')];
  const awarded = await steps.create('officer.vp', 'Đỗ Minh Giang');
  const searchable = await steps.create('officer.vp', 'Nguyễn Thị Hoà', { submit: false });
  for (const n of [forAppraisal, ...forSigning, awarded]) await steps.voteAll(n.id);
  for (const n of [...forSigning, awarded]) await steps.appraise(n.id, 'approve');
  await steps.sign([awarded.id]);
  return { forVote, forAppraisal, forSigning, awarded, searchable };
}
