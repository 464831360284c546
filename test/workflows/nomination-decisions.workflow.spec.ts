// The nomination workflow on the time-skipping test server with the worker's activities on
// Postgres (see nomination.workflow.spec.ts): appraisal with its supplement loop, signing with
// batch reservations, and the central pipeline.
import { randomUUID } from 'node:crypto';
import { externalDecisionUpdate, releaseReservationUpdate, resubmitUpdate, returnUpdate, signDecisionAloneUpdate, withdrawUpdate } from '#ktf/contracts';
import type { ActorRequest } from '#ktf/contracts';
import type { Nomination } from './support/harness';
import {
  appraiser,
  asSigner,
  expectGapFreeChain,
  expectRefusedWithoutTrace,
  members,
  officerA,
  officerB,
  signer,
  useTestEnv,
  withWorker,
} from './support/harness';

jest.setTimeout(60_000);

const t = useTestEnv();

// Decisions are numbered and stored by the API; the workflow only carries their ids.
const DECISION_A = '5d0c7a52-1f4e-4c55-9a34-6c1f1b0d000a';
const DECISION_B = '5d0c7a52-1f4e-4c55-9a34-6c1f1b0d000b';
const SUBMISSION = '5d0c7a52-1f4e-4c55-9a34-6c1f1b0d0051';

describe('appraisal and signing', () => {
  it('loops through supplement twice, then approves', async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree', 'agree']);
      const resubmit = (reason: string, actor = officerA) => n.handle.executeUpdate(resubmitUpdate, { args: [{ actor, reason }] });
      await expectRefusedWithoutTrace(n, () => n.appraise('supplement', '  '), 'invalid_input');
      // Separation of duties: member 1 voted in the council, so may not appraise even with the role.
      await expectRefusedWithoutTrace(n, () => n.appraise('approve', '', { ...members[0], roles: ['council_member', 'appraiser'] }), 'forbidden');
      for (const round of [1, 2]) {
        expect(await n.appraise('supplement', `thiếu biên bản họp (lần ${round})`)).toMatchObject({ stage: 'supplement', status: 'in_progress' });
        await expectRefusedWithoutTrace(n, () => n.appraise('approve'), 'stage_conflict');
        await expectRefusedWithoutTrace(n, () => resubmit('bổ sung', officerB), 'forbidden');
        expect(await resubmit(`đã bổ sung (lần ${round})`)).toMatchObject({ stage: 'appraisal' });
      }
      expect(await n.appraise('approve')).toMatchObject({ stage: 'signing' });
      const round = (k: number) => [
        ['appraisal_supplement', 'appraisal', 'appraisal', 'appraiser', `thiếu biên bản họp (lần ${k})`],
        ['stage_opened', 'appraisal', 'supplement', 'appraiser', null],
        ['resubmitted', 'supplement', 'supplement', 'unit_officer', `đã bổ sung (lần ${k})`],
        ['stage_opened', 'supplement', 'appraisal', 'unit_officer', null],
      ];
      const events = await n.events();
      expect(events.slice(-10).map((e) => [e.action, e.stageBefore, e.stageAfter, e.actorRole, e.reason])).toEqual([
        ...round(1),
        ...round(2),
        ['appraisal_approve', 'appraisal', 'appraisal', 'appraiser', ''],
        ['stage_opened', 'appraisal', 'signing', 'appraiser', null],
      ]);
      // Each stage visit is a new epoch with its own deadline (the appraisal clock restarts).
      const epochs = events.filter((e) => e.action === 'stage_opened').map((e) => (e.payload as { epoch: number }).epoch);
      expect(epochs).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect((await n.db.stageVisits(n.id)).map((v) => [v.epoch, v.stage, v.closedAt === null])).toEqual([
        [1, 'council_review', false],
        [2, 'appraisal', false],
        [3, 'supplement', false],
        [4, 'appraisal', false],
        [5, 'supplement', false],
        [6, 'appraisal', false],
        [7, 'signing', true],
      ]);
      // The unit is asked for the supplement twice (once per round), the appraiser told three times.
      const notices = await n.db.notices(n.id);
      expect(notices.filter((x) => x.stage === 'supplement').map((x) => [x.epoch, x.kind, x.recipients])).toEqual([
        [3, 'supplement_requested', [officerA.id]],
        [5, 'supplement_requested', [officerA.id]],
      ]);
      expect(notices.filter((x) => x.stage === 'appraisal').map((x) => [x.epoch, x.recipients])).toEqual([2, 4, 6].map((k) => [k, [appraiser.id]]));
      await expectGapFreeChain(n);
    });
  });

  it('rejects with a reason; refuses a rejection without one (invalid_input)', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'agree', 'agree', 'agree', 'agree']);
      const refusal = await expectRefusedWithoutTrace(n, () => n.appraise('reject', ''), 'invalid_input');
      expect(refusal.message).toMatch(/reason is required/);
      expect(await n.appraise('reject', 'không đủ tiêu chuẩn')).toMatchObject({ status: 'rejected', stage: null });
      expect((await n.actions()).slice(-2)).toEqual(['appraisal_reject', 'rejected']);
      expect((await n.events()).at(-1)).toMatchObject({ reason: 'không đủ tiêu chuẩn', stageBefore: 'appraisal', stageAfter: null });
      expect(await n.handle.result()).toMatchObject({ status: 'rejected' });
      expect(await db.awards(n.id)).toEqual([]);
      expect(await n.projection()).toMatchObject({ status: 'rejected', stage: null });
    });
  });

  it('returns from signing to appraisal, then approves and signs', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.toSigning();
      const ret = (req = asSigner) => n.handle.executeUpdate(returnUpdate, { args: [{ ...req, reason: 'xem lại thành tích' }] });
      await expectRefusedWithoutTrace(n, () => ret({ actor: signer, signerAuthority: 'VP-UBND' }), 'forbidden'); // other authority
      await expectRefusedWithoutTrace(n, () => ret({ actor: appraiser }), 'forbidden');
      await expectRefusedWithoutTrace(n, () => n.handle.executeUpdate(returnUpdate, { args: [{ ...asSigner }] }), 'invalid_input');
      expect(await ret()).toMatchObject({ stage: 'appraisal', status: 'in_progress' });
      expect((await n.events()).slice(-2)).toMatchObject([
        { action: 'returned_to_appraisal', actorRole: 'signer', stageBefore: 'signing', stageAfter: 'signing', reason: 'xem lại thành tích' },
        { action: 'stage_opened', stageBefore: 'signing', stageAfter: 'appraisal' },
      ]);
      expect(await n.appraise('approve')).toMatchObject({ stage: 'signing' });
      await n.reserve(DECISION_B);
      expect(await n.sign(DECISION_B, '16/QĐ-UBND')).toMatchObject({ status: 'awarded' });
      expect((await n.actions()).slice(-7)).toEqual(['returned_to_appraisal', 'stage_opened', 'appraisal_approve', 'stage_opened', 'reserved_for_decision', 'signed', 'awarded']);
      await expectGapFreeChain(n);
      expect(await db.awards(n.id)).toEqual([expect.objectContaining({ decisionId: DECISION_B, decisionNumber: '16/QĐ-UBND' })]);
    });
  });

  it('reserves for one decision at a time; release then reserve another; sign only the reserved decision', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.toSigning();
      const release = (decisionId: string, req = asSigner) => n.handle.executeUpdate(releaseReservationUpdate, { args: [{ ...req, decisionId }] });
      await expectRefusedWithoutTrace(n, () => n.sign(DECISION_A, '1/QĐ-UBND'), 'stage_conflict'); // not reserved
      expect(await n.reserve(DECISION_A)).toMatchObject({ stage: 'signing' });
      await expectRefusedWithoutTrace(n, () => n.reserve(DECISION_B), 'stage_conflict');
      await expectRefusedWithoutTrace(n, () => n.handle.executeUpdate(returnUpdate, { args: [{ ...asSigner, reason: 'x' }] }), 'stage_conflict');
      await expectRefusedWithoutTrace(n, () => n.handle.executeUpdate(withdrawUpdate, { args: [{ actor: officerA, reason: 'x' }] }), 'stage_conflict');
      await expectRefusedWithoutTrace(n, () => release(DECISION_A, { actor: members[0] }), 'forbidden');
      await expectRefusedWithoutTrace(n, () => release(DECISION_B), 'stage_conflict');
      expect(await release(DECISION_A)).toMatchObject({ stage: 'signing' });
      expect((await n.projection())?.reservedByDecisionId).toBeNull();
      await n.reserve(DECISION_B);
      expect((await n.projection())?.reservedByDecisionId).toBe(DECISION_B);
      await expectRefusedWithoutTrace(n, () => n.sign(DECISION_A, '1/QĐ-UBND'), 'stage_conflict');
      await expectRefusedWithoutTrace(n, () => n.sign(DECISION_B, '2/QĐ-UBND', { actor: signer, signerAuthority: null }), 'forbidden');
      expect(await n.sign(DECISION_B, '2/QĐ-UBND')).toMatchObject({ status: 'awarded', decisionId: DECISION_B, decisionNumber: '2/QĐ-UBND' });
      expect((await n.actions()).slice(-6)).toEqual(['stage_opened', 'reserved_for_decision', 'reservation_released', 'reserved_for_decision', 'signed', 'awarded']);
      expect((await n.events()).filter((e) => e.action.startsWith('reserv')).map((e) => e.payload)).toEqual([
        { decisionId: DECISION_A },
        { decisionId: DECISION_A },
        { decisionId: DECISION_B },
      ]);
      expect((await db.awards(n.id)).map((a) => a.decisionId)).toEqual([DECISION_B]);
      expect(await n.projection()).toMatchObject({ status: 'awarded', decisionId: DECISION_B, decisionNumber: '2/QĐ-UBND', reservedByDecisionId: null });
      await expectGapFreeChain(n);
    });
  });
});

describe('a decision of one nomination, signed by the nomination itself (one Update)', () => {
  const signAlone = (n: Nomination, decisionId: string, req: ActorRequest = asSigner) =>
    n.handle.executeUpdate(signDecisionAloneUpdate, { args: [{ ...req, decisionId, kind: 'decision', authority: 'UBND' }], updateId: `decision:${decisionId}:alone` });
  const decisionOf = async (n: Nomination, id: string) =>
    ((await n.db.ds.query(`SELECT number, status, nomination_ids FROM decisions WHERE id = $1`, [id])) as { number: string; status: string; nomination_ids: string[] }[])[0];
  const decisionActions = async (n: Nomination, id: string) => (await n.db.ds.query(`SELECT action, payload FROM audit_events WHERE subject_type = 'decision' AND subject_id = $1 ORDER BY sequence`, [id])) as { action: string; payload: Record<string, unknown> }[];
  const seqOf = (number: string) => Number(number.split('/')[0]);

  it('reserves, numbers, signs and seals in one Update; a refusal takes no number; the same Update again is the same decision', async () => {
    await withWorker(t, async ({ start, db }) => {
      const [a, b] = [await start('BANG_KHEN_CT_UBND'), await start('BANG_KHEN_CT_UBND')];
      await a.toSigning();
      await b.toSigning();
      const refused = randomUUID();
      await expectRefusedWithoutTrace(a, () => signAlone(a, refused, { actor: signer, signerAuthority: 'VP-UBND' }), 'forbidden');
      await expectRefusedWithoutTrace(a, () => signAlone(a, refused, { actor: appraiser, signerAuthority: 'UBND' }), 'forbidden');
      expect(await decisionOf(a, refused)).toBeUndefined(); // refused before it was accepted: no number

      // Sent twice at once (a retried request: the same Update id): one decision, taken once.
      const first = randomUUID();
      const [signed, again] = await Promise.all([signAlone(a, first), signAlone(a, first)]);
      expect(again).toEqual(signed);
      const decision = await decisionOf(a, first);
      expect(decision).toMatchObject({ status: 'signed', nomination_ids: [a.id] });
      expect(signed).toMatchObject({ status: 'awarded', decisionId: first, decisionNumber: decision.number });
      // The trail a batch leaves: reserved, signed, awarded; the decision's own chain is sealed.
      expect((await a.actions()).slice(-3)).toEqual(['reserved_for_decision', 'signed', 'awarded']);
      expect((await decisionActions(a, first)).map((e) => e.action)).toEqual(['decision_signed']);
      expect(await db.awards(a.id)).toEqual([expect.objectContaining({ decisionId: first, decisionNumber: decision.number })]);
      await expectGapFreeChain(a);

      expect((await a.actions()).filter((x) => x === 'signed')).toHaveLength(1);

      // Reserved for a batch: refused, untouched; released, it signs its own under the next number.
      const batch = randomUUID();
      await b.reserve(batch);
      await expectRefusedWithoutTrace(b, () => signAlone(b, randomUUID()), 'stage_conflict');
      await b.handle.executeUpdate(releaseReservationUpdate, { args: [{ ...asSigner, decisionId: batch }] });
      const second = randomUUID();
      expect(await signAlone(b, second)).toMatchObject({ status: 'awarded' });
      expect(seqOf((await decisionOf(b, second)).number)).toBe(seqOf(decision.number) + 1); // gap-free
      // The PDF is made after the answer (none in these tests: no signing keys), and the workflow ends.
      expect(await a.handle.result()).toMatchObject({ status: 'awarded' });
    });
  });

  it('takes each of its two commits again after a lost attempt: the same number, one reservation, one seal', async () => {
    await withWorker(t, async ({ start, hooks, db }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.toSigning();
      // Both of its transactions commit, then their activity attempt fails as if the worker died.
      hooks.crashAfterWrite = (input, attempt) => attempt === 1 && input.decision !== undefined;
      const id = randomUUID();
      const signed = await signAlone(n, id);
      const decision = await decisionOf(n, id);
      expect(signed).toMatchObject({ status: 'awarded', decisionNumber: decision.number });
      expect(decision.status).toBe('signed');
      // Numbered once: the counter stands at this decision's number (the retry took none).
      const [{ last_seq }] = await db.ds.query(
        `SELECT c.last_seq FROM decision_counters c JOIN decisions d ON (d.authority, d.kind, d.year) = (c.authority, c.kind, c.year) WHERE d.id = $1`,
        [id],
      );
      expect(last_seq).toBe(seqOf(decision.number));
      expect(hooks.recordAttempts).toBeGreaterThanOrEqual(4); // reserve+number and sign+seal, twice each
      expect((await n.actions()).slice(-3)).toEqual(['reserved_for_decision', 'signed', 'awarded']);
      expect((await decisionActions(n, id)).map((e) => e.action)).toEqual(['decision_signed']);
      expect(await db.awards(n.id)).toEqual([expect.objectContaining({ decisionId: id, decisionNumber: decision.number })]);
      await expectGapFreeChain(n);
    });
  });
});

describe('central pipeline (Bằng khen của Thủ tướng)', () => {
  const decide = (n: Nomination, args: { outcome: 'awarded' | 'refused'; decisionNumber?: string; reason?: string }, actor = appraiser) =>
    n.handle.executeUpdate(externalDecisionUpdate, { args: [{ actor, ...args }] });

  async function toExternalDecision(start: (award: string) => Promise<Nomination>) {
    const n = await start('BANG_KHEN_TTG');
    await n.toSigning();
    await n.reserve(SUBMISSION);
    const signed = await n.sign(SUBMISSION, '45/TTr-UBND');
    expect(signed).toMatchObject({ status: 'in_progress', stage: 'external_decision', decisionNumber: '45/TTr-UBND' });
    expect((await n.actions()).slice(-3)).toEqual(['reserved_for_decision', 'signed', 'stage_opened']);
    expect(await n.db.awards(n.id)).toEqual([]); // a submission (tờ trình) awards nothing
    return n;
  }

  it('records the central award: awarded, registry written with the central number', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await toExternalDecision(start);
      await expectRefusedWithoutTrace(n, () => decide(n, { outcome: 'awarded', decisionNumber: '1234/QĐ-TTg' }, signer), 'forbidden');
      await expectRefusedWithoutTrace(n, () => decide(n, { outcome: 'awarded' }), 'invalid_input');
      const done = await decide(n, { outcome: 'awarded', decisionNumber: '1234/QĐ-TTg' });
      expect(done).toMatchObject({ status: 'awarded', stage: null, decisionNumber: '1234/QĐ-TTg' });
      expect((await n.actions()).slice(-2)).toEqual(['central_awarded', 'awarded']);
      expect((await n.events()).at(-2)).toMatchObject({ actorRole: 'appraiser', stageBefore: 'external_decision', payload: { outcome: 'awarded', decisionNumber: '1234/QĐ-TTg' } });
      expect(await db.awards(n.id)).toEqual([expect.objectContaining({ awardCode: 'BANG_KHEN_TTG', decisionId: null, decisionNumber: '1234/QĐ-TTg' })]);
      expect(await n.handle.result()).toMatchObject({ status: 'awarded' });
      await expectGapFreeChain(n);
    });
  });

  it('records a central refusal: rejected, no registry entry', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await toExternalDecision(start);
      await expectRefusedWithoutTrace(n, () => decide(n, { outcome: 'refused', reason: ' ' }), 'invalid_input');
      expect(await decide(n, { outcome: 'refused', reason: 'chưa đủ điều kiện' })).toMatchObject({ status: 'rejected', stage: null });
      expect((await n.events()).slice(-2)).toMatchObject([
        { action: 'central_refused', reason: 'chưa đủ điều kiện', stageBefore: 'external_decision', stageAfter: 'external_decision', payload: { outcome: 'refused' } },
        { action: 'rejected', reason: 'chưa đủ điều kiện', stageBefore: 'external_decision', stageAfter: null },
      ]);
      expect(await db.awards(n.id)).toEqual([]);
      expect(await n.handle.result()).toMatchObject({ status: 'rejected' });
    });
  });
});
