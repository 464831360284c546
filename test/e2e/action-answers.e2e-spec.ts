import { Caller, HOA, tokenFor } from './support/e2e-stack';
import { pdf } from './support/sample-files';
import { useE2eStack } from './support/use-e2e-stack';

jest.setTimeout(150_000);

const COUNCIL = ['council.1', 'council.2', 'council.3', 'council.4', 'council.5'];

/**
 * An action answers from what its Update wrote, not from a second read: its 200/201 body must
 * be exactly what GET returns right after, for the same caller, key order included.
 */
describe("an action's response is the nomination as GET shows it right after", () => {
  const { stack, api } = useE2eStack();

  const nominee = (fullName: string) => ({ ...HOA, nominee: { ...HOA.nominee, fullName } });

  async function expectAnswerIsGet(action: Promise<{ status: number; body: any }>, user: Caller, status = 200) {
    const done = await action;
    expect(done.status).toBe(status);
    const read = await api.get(`/nominations/${done.body.id}`, user);
    expect(read.status).toBe(200);
    expect(done.body).toEqual(read.body);
    expect(JSON.stringify(done.body)).toBe(JSON.stringify(read.body));
    return done.body;
  }

  it('for a create, every vote and an appraisal', async () => {
    const created = await expectAnswerIsGet(api.post('/nominations', 'officer.vp', nominee('Trịnh Thị Ánh')), 'officer.vp', 201);
    expect(created.actions.map((a: { action: string }) => a.action)).toEqual(['created', 'submitted', 'stage_opened', 'council_pinned']);
    for (const [i, member] of COUNCIL.entries()) {
      const voted = await expectAnswerIsGet(api.post(`/nominations/${created.id}/votes`, member, { choice: 'agree' }), member);
      expect(voted.actions.filter((a: { action: string }) => a.action === 'vote_cast')).toHaveLength(i + 1);
      expect(voted.stage).toBe(i < COUNCIL.length - 1 ? 'council_review' : 'appraisal');
    }
    const appraised = await expectAnswerIsGet(api.post(`/nominations/${created.id}/appraisal`, 'appraiser', { decision: 'approve', reason: 'Hồ sơ đầy đủ' }), 'appraiser');
    expect(appraised).toMatchObject({ stage: 'signing', tally: { agree: 5, passed: true } });
  });

  it('for the submission of a draft', async () => {
    const draft = await api.post('/nominations', 'officer.vp', { ...nominee('Lê Văn Bảo'), submit: false });
    expect(draft.status).toBe(201);
    for (const kind of ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hop']) {
      const res = await fetch(`${stack.apiUrl}/nominations/${draft.body.id}/documents/${kind}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${tokenFor('officer.vp')}`, 'content-type': 'application/pdf', 'x-file-name': `${kind}.pdf` },
        body: pdf(`${kind} của Lê Văn Bảo`),
      });
      expect(res.status).toBe(200);
    }
    const submitted = await expectAnswerIsGet(api.post(`/nominations/${draft.body.id}/submit`, 'officer.vp'), 'officer.vp');
    expect(submitted.stage).toBe('council_review');
  });
});
