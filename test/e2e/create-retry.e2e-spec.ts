// Found by `npm run chaos`: POST /nominations writes the draft row, then starts the workflow and
// submits. A crash in between (API, Temporal or Postgres killed) left a row without a workflow,
// and the client's retry with the same Idempotency-Key was answered 200 with that draft, which
// then stayed a draft for good (votes: 404 "no running workflow"). The retry now finishes it.
import { connectDatabase, findSeedUser, NominationRepository, stableUuid } from '#ktf/persistence';
import { nominationWorkflowId } from '#ktf/contracts';

import { HOA } from './support/e2e-stack';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(120_000);

describe('POST /nominations retried after a crash between the row and the workflow', () => {
  const { stack, api } = useE2eStack();

  it('the retry with the same Idempotency-Key starts the workflow and submits: the nomination reaches the council', async () => {
    const officer = findSeedUser('officer.vp');
    const key = 'chaos-create-retry-1';
    const id = stableUuid(`idempotency:${officer?.id}:${key}`);
    // Exactly what the first attempt left when it died after its INSERT.
    const ds = await connectDatabase({ url: stack.databaseUrl, applicationName: 'e2e-crashed-create' });
    try {
      await new NominationRepository(ds).insertDraft({
        id, workflowId: nominationWorkflowId(id), unitId: officer?.unitId as string, awardCode: HOA.awardCode, subject: 'individual',
        nominee: { ...HOA.nominee }, nomineeName: HOA.nominee.fullName, nomineeSearch: 'nguyen thi hoa', achievements: HOA.achievements,
        year: 2026, campaignId: null, idempotencyKey: key, createdBy: officer?.id as string,
      });
    } finally {
      await ds.destroy();
    }

    const retry = await api.post('/nominations', 'officer.vp', HOA, { 'Idempotency-Key': key });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id, status: 'in_progress', stage: 'council_review' });
    const vote = await api.post(`/nominations/${id}/votes`, 'council.1', { choice: 'agree' });
    expect(vote.status).toBe(200);

    // Once more: the submission is not repeated (one `submitted` in the history).
    const again = await api.post('/nominations', 'officer.vp', HOA, { 'Idempotency-Key': key });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id, status: 'in_progress', stage: 'council_review' });
    const history = await api.get(`/nominations/${id}/history`, 'auditor');
    expect(history.body.filter((e: { action: string }) => e.action === 'submitted')).toHaveLength(1);
  });
});
