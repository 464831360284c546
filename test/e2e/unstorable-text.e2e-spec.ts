// Found by the contract test's fuzzer: a withdrawal whose reason held a NUL character (U+0000)
// wedged its nomination. The workflow took the transition, PostgreSQL refused the text on every
// retry of its recording, and every later action on that nomination waited until it timed out.
// Such text (a NUL, a lone surrogate) is now refused at the edge with 422, before anything runs.
import { useE2eStack } from './support/use-e2e-stack';
import { HOA } from './support/e2e-stack';

jest.setTimeout(120_000);

describe('text that cannot be stored', () => {
  const { api } = useE2eStack({ ACTION_WAIT_SECONDS: '5' });

  it('is refused with 422 before anything changes, and the nomination goes on', async () => {
    const created = await api.post('/nominations', 'officer.vp', HOA);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const before = (await api.get(`/nominations/${id}`, 'officer.vp')).body;
    for (const [reason, detail] of [
      ['Rút hồ sơ\u0000', /NUL character/],
      ['Rút hồ sơ \ud930', /lone surrogate/],
      ['\udc00 Rút hồ sơ', /lone surrogate/],
    ] as const) {
      const refused = await api.post(`/nominations/${id}/withdraw`, 'officer.vp', { reason });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ status: 422, detail: expect.stringMatching(detail) });
    }
    expect((await api.get(`/nominations/${id}`, 'officer.vp')).body).toEqual(before);
    // Not wedged: the next action is taken at once, and astral characters (a pair) are text like any other.
    const withdrawn = await api.post(`/nominations/${id}/withdraw`, 'officer.vp', { reason: 'Đơn vị rút hồ sơ 😍 𠀋' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn' });
    const history = (await api.get(`/nominations/${id}/history`, 'officer.vp')).body as { action: string; reason: string | null }[];
    expect(history.filter((e) => e.action === 'withdrawn')).toEqual([expect.objectContaining({ reason: 'Đơn vị rút hồ sơ 😍 𠀋' })]);
    const verified = (await api.get(`/audit/verify?subject=${id}&subjectType=nomination`, 'auditor')).body;
    expect(verified).toMatchObject({ ok: true, firstBroken: null });
  });
});
