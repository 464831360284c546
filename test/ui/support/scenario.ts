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
  /** Waiting for the chairman's signature: signed with the keyboard alone. */
  forKeyboardSigning: { id: string; name: string };
  /** Awarded, for the auditor. */
  awarded: { id: string; name: string };
  /** In council review, for one session: two from the province's office, one from Đông Thịnh (council.5 is recused there). */
  forSession: { id: string; name: string }[];
  /** A draft of officer.vp, found by a search without diacritics. */
  searchable: { id: string; name: string };
}

export async function seedScenario(api: ApiClient): Promise<Scenario> {
  const steps = nominationSteps(api);
  const forVote = await steps.create('officer.vp', 'Trần Văn Bình');
  const forAppraisal = await steps.create('officer.vp', 'Lê Thị Cúc');
  const forSigning = [await steps.create('officer.vp', 'Phạm Văn Dũng'), await steps.create('officer.vp', 'Hoàng Thị Én')];
  const forKeyboardSigning = await steps.create('officer.vp', 'Mai Văn Khoa');
  const awarded = await steps.create('officer.vp', 'Đỗ Minh Giang');
  const searchable = await steps.create('officer.vp', 'Nguyễn Thị Hoà', { submit: false });
  const forSession = [
    await steps.create('officer.vp', 'Vũ Thị Lan'),
    await steps.create('officer.vp', 'Vũ Văn Minh'),
    await steps.create('officer.dongthinh', 'Vũ Thị Ngọc'),
  ];
  for (const n of [forAppraisal, ...forSigning, forKeyboardSigning, awarded]) await steps.voteAll(n.id);
  for (const n of [...forSigning, forKeyboardSigning, awarded]) await steps.appraise(n.id, 'approve');
  await steps.sign([awarded.id]);
  return { forVote, forAppraisal, forSigning, forKeyboardSigning, awarded, searchable, forSession };
}
