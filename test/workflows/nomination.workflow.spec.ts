// The nomination workflow (dist/, as the worker runs it) on the time-skipping test server, with a
// real Worker running the worker's own activities on Postgres: proposal and council review. Each
// test drives one branch through Updates, as the API does, and asserts state, read model, audit
// trail, registry and notices as the database holds them.
import { closeVotingUpdate, recordAbsentOpinionUpdate, withdrawUpdate } from '#ktf/contracts';
import { DEFAULT_AWARD_CATALOG, renderNotice } from '#ktf/domain';
import type { Nomination } from './support/harness';
import {
  appraiser,
  expectGapFreeChain,
  expectRefused,
  expectRefusedWithoutTrace,
  idsOf,
  members,
  officerA,
  officerB,
  PROVINCE_COUNCIL_ID,
  SIGNED_AT,
  secretary,
  signer,
  UNIT_A,
  UNIT_B,
  useTestEnv,
  withWorker,
} from './support/harness';
import { NOMINEE_NAME } from './support/test-database';

jest.setTimeout(60_000);

const t = useTestEnv();

const VOTING = ['created', 'submitted', 'stage_opened', 'council_pinned'];
const cast = (k: number) => Array<string>(k).fill('vote_cast');
const DECISION_1 = '5d0c7a52-1f4e-4c55-9a34-6c1f1b0d0001';

describe('provincial pipeline (Bằng khen của Chủ tịch UBND tỉnh)', () => {
  it('goes council → appraisal → reserve → sign → awarded, with snapshots, read model, registry, notices and a whole trail', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      const snapshots = [await n.submit()];
      expect(snapshots[0]).toMatchObject({ nominationId: n.id, status: 'in_progress', stage: 'council_review', transition: 2, tally: null });
      expect(await n.projection()).toMatchObject({ stage: 'council_review', councilMemberIds: idsOf(...members), recusedMemberIds: [] });

      snapshots.push(...(await n.votes(['agree', 'agree', 'agree', 'agree'])));
      expect(snapshots.at(-1)).toMatchObject({ stage: 'council_review', tally: null });
      expect((await n.projection())?.votedMemberIds).toEqual(members.slice(0, 4).map((m) => m.id));
      const closing = await n.vote(members[4], 'agree');
      snapshots.push(closing);
      expect(closing.stage).toBe('appraisal');
      expect(closing.tally).toMatchObject({ members: 5, eligible: 5, present: 5, agree: 5, base: 5, required: 3, quorumRequired: 4, quorumMet: true, passed: true });

      snapshots.push(await n.appraise('approve'));
      expect(snapshots.at(-1)).toMatchObject({ stage: 'signing', status: 'in_progress' });
      expect(await n.projection()).toMatchObject({ stage: 'signing', signingAuthority: 'UBND', councilMemberIds: [] });

      snapshots.push(await n.reserve(DECISION_1));
      expect((await n.projection())?.reservedByDecisionId).toBe(DECISION_1);
      snapshots.push(await n.sign(DECISION_1, '15/QĐ-UBND'));
      expect(snapshots.at(-1)).toMatchObject({ status: 'awarded', stage: null, decisionId: DECISION_1, decisionNumber: '15/QĐ-UBND' });

      // Every Update returned the state after its own transition.
      expect(snapshots.map((s) => s.transition)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
      // The result is the last Update's state, without what only an Update answers (its written row).
      const { written, ...lastState } = snapshots.at(-1)!;
      expect(written?.projection).toMatchObject({ status: 'awarded', transition: 10, decisionNumber: '15/QĐ-UBND' });
      expect(await n.handle.result()).toEqual(lastState);
      expect(await n.projection()).toMatchObject({ status: 'awarded', stage: null, transition: 10, reservedByDecisionId: null, lastAction: 'awarded', lastActorId: signer.id });

      expect(await n.actions()).toEqual([
        ...VOTING, ...cast(5), 'vote_passed', 'stage_opened', 'appraisal_approve', 'stage_opened', 'reserved_for_decision', 'signed', 'awarded',
      ]);
      await expectGapFreeChain(n);
      const events = await n.events();
      const e = (action: string) => events.find((x) => x.action === action);
      expect(e('created')).toMatchObject({ actorId: officerA.id, actorRole: 'unit_officer', stageBefore: null, stageAfter: 'unit_proposal' });
      expect(e('vote_cast')).toMatchObject({ actorId: members[0].id, actorRole: 'council_member', payload: { choice: 'agree' } });
      expect(e('signed')).toMatchObject({ actorRole: 'signer', stageBefore: 'signing', stageAfter: 'signing', payload: { decisionId: DECISION_1, decisionNumber: '15/QĐ-UBND' } });
      expect(e('awarded')).toMatchObject({ stageBefore: 'signing', stageAfter: null });
      expect(new Set(events.map((x) => x.workflowId))).toEqual(new Set([`nomination-${n.id}`]));

      expect(await db.awards(n.id)).toEqual([
        { nominationId: n.id, awardCode: 'BANG_KHEN_CT_UBND', unitId: UNIT_A, decisionId: DECISION_1, decisionNumber: '15/QĐ-UBND', awardedAt: SIGNED_AT },
      ]);
      // Three stage visits, each closed when the next opened; the last one when the nomination ended.
      expect((await db.stageVisits(n.id)).map((v) => [v.epoch, v.stage, v.closedAt !== null, v.breached])).toEqual([
        [1, 'council_review', true, false],
        [2, 'appraisal', true, false],
        [3, 'signing', true, false],
      ]);

      // Whoever must act is told once per stage visit, from the read model as the transition left it
      // (every member still to vote; the signer of the pinned authority); the unit hears the result.
      const notices = await db.notices(n.id);
      expect(notices.map((x) => [x.event, x.stage, x.epoch, x.recipients])).toEqual([
        ['stage_opened', 'council_review', 1, idsOf(...members)],
        ['stage_opened', 'appraisal', 2, [appraiser.id]],
        ['stage_opened', 'signing', 3, [signer.id]],
        ['result', 'signing', 3, [officerA.id]],
      ]);
      // The result notice reads the status the transition wrote: awarded.
      const awardName = DEFAULT_AWARD_CATALOG.find((a) => a.code === 'BANG_KHEN_CT_UBND')?.nameVi;
      expect(notices.at(-1)).toMatchObject(renderNotice({ kind: 'result', status: 'awarded', nomineeName: NOMINEE_NAME, awardName }));
      expect(events.filter((x) => x.action === 'stage_opened').map((x) => x.payload)).toEqual([
        { epoch: 1, dueAt: expect.any(String) },
        { epoch: 2, dueAt: closing.dueAt },
        { epoch: 3, dueAt: expect.any(String) },
      ]);
    });
  });

  it('rejects the nomination when 3 of 5 members disagree under the majority rule', async () => {
    await withWorker(t, async ({ start, db }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      const last = (await n.votes(['agree', 'disagree', 'agree', 'disagree', 'disagree'])).at(-1);
      expect(last).toMatchObject({ status: 'rejected', stage: null, transition: 7 });
      expect(last?.tally).toMatchObject({ present: 5, agree: 2, disagree: 3, abstain: 0, required: 3, quorumMet: true, passed: false });
      expect(await n.handle.result()).toMatchObject({ status: 'rejected' });
      expect(await n.actions()).toEqual([...VOTING, ...cast(5), 'vote_failed', 'rejected']);
      const events = await n.events();
      expect(events.at(-1)).toMatchObject({ reason: 'council vote failed', stageBefore: 'council_review', stageAfter: null });
      expect(events.at(-2)?.payload).toEqual({ tally: expect.objectContaining({ agree: 2, disagree: 3, passed: false }) });
      await expectGapFreeChain(n);
      expect(await db.awards(n.id)).toEqual([]);
      expect(await n.projection()).toMatchObject({ status: 'rejected', stage: null, transition: 7 });
    });
  });

  it('recuses a member of the nominating unit, refuses their vote, and closes the tally on the other members', async () => {
    // Member 5 belongs to xã Đồng Thịnh (officerB's unit).
    expect(members[4].unitId).toBe(UNIT_B);
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND', UNIT_B);
      await n.submit(officerB);
      expect((await n.projection())?.recusedMemberIds).toEqual([members[4].id]);
      expect((await n.events())[3].payload).toEqual({ councilId: PROVINCE_COUNCIL_ID, members: 5, recused: 1 });
      const refusal = await expectRefusedWithoutTrace(n, () => n.vote(members[4], 'agree'), 'forbidden');
      expect(refusal.message).toMatch(/recused/);

      const snapshots = await n.votes(['agree', 'agree', 'abstain', 'agree']);
      expect(snapshots.map((s) => s.stage)).toEqual(['council_review', 'council_review', 'council_review', 'appraisal']);
      expect(snapshots[3].tally).toMatchObject({ members: 5, recused: 1, eligible: 4, present: 4, agree: 3, abstain: 1, base: 4, required: 3, passed: true });
      expect(await n.actions()).toEqual([...VOTING, ...cast(4), 'vote_passed', 'stage_opened']);
      await expectRefused(n.vote(members[4], 'agree'), 'stage_conflict'); // the review is over
      // The council's notice went to the four who could vote, never to the recused member.
      expect((await n.db.notices(n.id))[0]).toMatchObject({ event: 'stage_opened', stage: 'council_review', recipients: idsOf(...members.slice(0, 4)) });
    });
  });

  it('refuses double votes, wrong roles and other units, leaving no trace in the trail or the read model', async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await expectRefusedWithoutTrace(n, () => n.submit(officerB), 'forbidden'); // not the nominating unit
      await expectRefusedWithoutTrace(n, () => n.vote(members[0], 'agree'), 'stage_conflict'); // still a draft
      await n.submit();
      await n.vote(members[0], 'agree');
      await expectRefusedWithoutTrace(n, () => n.vote(members[0], 'disagree'), 'stage_conflict');
      await expectRefusedWithoutTrace(n, () => n.submit(), 'stage_conflict');
      await expectRefusedWithoutTrace(n, () => n.vote({ ...appraiser }, 'agree'), 'forbidden'); // wrong role
      await expectRefusedWithoutTrace(n, () => n.vote({ id: 'outsider', roles: ['council_member'], unitId: UNIT_A }, 'agree'), 'forbidden');
      await expectRefusedWithoutTrace(n, () => n.appraise('approve', '', members[1]), 'forbidden'); // role before stage
      await expectRefusedWithoutTrace(n, () => n.appraise('approve'), 'stage_conflict');
      await expectRefusedWithoutTrace(n, () => n.handle.executeUpdate(withdrawUpdate, { args: [{ actor: officerB, reason: 'x' }] }), 'forbidden');
      await expectRefusedWithoutTrace(n, () => n.handle.executeUpdate(closeVotingUpdate, { args: [{ actor: members[1] }] }), 'forbidden');
      await expectRefusedWithoutTrace(n, () => n.reserve(DECISION_1), 'stage_conflict');

      expect(await n.snapshot()).toMatchObject({ stage: 'council_review', transition: 3 });
      expect(await n.actions()).toEqual([...VOTING, 'vote_cast']);
      // Temporal's own history has only the two accepted Updates: rejections are not recorded.
      const history = await n.handle.fetchHistory();
      const accepted = (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
      expect(accepted.map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name)).toEqual(['submit', 'vote']);
    });
  });

  it('keeps a secret ballot secret: vote_cast events carry no choice, only the tally counts', async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('CSTD_TINH'); // at least 90% of all members, secret
      await n.submit();
      await n.votes(['agree', 'agree', 'disagree', 'agree']);
      // The absent member 5's written opinion, recorded by the secretary, is as secret as a ballot.
      const last = await n.handle.executeUpdate(recordAbsentOpinionUpdate, { args: [{ actor: secretary, memberId: members[4].id, choice: 'agree' }] });
      expect(last).toMatchObject({ status: 'rejected', tally: expect.objectContaining({ agree: 4, disagree: 1, written: 1, required: 5, passed: false }) });
      const events = await n.events();
      const votes = events.filter((e) => e.action === 'vote_cast');
      expect(votes.map((e) => [e.actorId, e.payload])).toEqual(members.slice(0, 4).map((m) => [m.id, {}]));
      expect(events.find((e) => e.action === 'absent_opinion_recorded')?.payload).toEqual({ memberId: members[4].id });
      expect(JSON.stringify(events)).not.toMatch(/"choice"|"ballots"/);
      expect(JSON.stringify(await n.db.row(n.id))).not.toMatch(/"choice"|"ballots"/);
      expect(await n.actions()).toEqual([...VOTING, ...cast(4), 'absent_opinion_recorded', 'vote_failed', 'rejected']);
    });
  });

  it("records an absent member's written opinion: it counts in the vote, not in the quorum", async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      const opinion = (memberId: string, actor = secretary) =>
        n.handle.executeUpdate(recordAbsentOpinionUpdate, { args: [{ actor, memberId, choice: 'agree' }] });
      await n.votes(['agree', 'disagree', 'agree', 'disagree']);
      await expectRefusedWithoutTrace(n, () => opinion(members[4].id, members[4]), 'forbidden'); // only the secretary records
      await expectRefusedWithoutTrace(n, () => opinion(members[0].id), 'stage_conflict'); // member 1 has voted
      await expectRefusedWithoutTrace(n, () => opinion('stranger'), 'forbidden'); // not a pinned member
      const closing = await opinion(members[4].id);
      expect(closing).toMatchObject({ stage: 'appraisal' });
      expect(closing.tally).toMatchObject({ present: 4, written: 1, agree: 3, disagree: 2, quorumRequired: 4, quorumMet: true, required: 3, passed: true });
      expect((await n.events()).slice(-3)).toMatchObject([
        { action: 'absent_opinion_recorded', actorId: secretary.id, actorRole: 'council_secretary', payload: { memberId: members[4].id, choice: 'agree' } },
        { action: 'vote_passed' },
        { action: 'stage_opened', stageAfter: 'appraisal' },
      ]);
      expect((await n.projection())?.votedMemberIds).toEqual([]); // reset with the new stage
      await expectGapFreeChain(n);
    });
  });

  it('lets the secretary close voting with missing votes: tally over the votes cast, quorum decides', async () => {
    await withWorker(t, async ({ start }) => {
      const close = (n: Nomination) => n.handle.executeUpdate(closeVotingUpdate, { args: [{ actor: secretary }] });
      // 3 of 5 voted: quorum is 80% of 5 = 4, not met → rejected even though all 3 agree.
      const short = await start('BANG_KHEN_CT_UBND');
      await short.submit();
      await short.votes(['agree', 'agree', 'agree']);
      const closed = await close(short);
      expect(closed).toMatchObject({ status: 'rejected', stage: null });
      expect(closed.tally).toMatchObject({ present: 3, agree: 3, quorumRequired: 4, quorumMet: false, passed: false });
      expect(await short.actions()).toEqual([...VOTING, ...cast(3), 'voting_closed', 'vote_failed', 'rejected']);
      expect((await short.events()).find((e) => e.action === 'voting_closed')).toMatchObject({ actorId: secretary.id, actorRole: 'council_secretary' });

      // 4 of 5 voted, 3 agree: quorum met and 3 > 5/2 → passes to appraisal; the late vote is refused.
      const quorate = await start('BANG_KHEN_CT_UBND');
      await quorate.submit();
      await quorate.votes(['agree', 'disagree', 'agree', 'agree']);
      expect(await close(quorate)).toMatchObject({ stage: 'appraisal', tally: expect.objectContaining({ present: 4, agree: 3, base: 5, passed: true }) });
      await expectRefused(quorate.vote(members[4], 'agree'), 'stage_conflict');
      await expectGapFreeChain(quorate);
    });
  });

  it('withdraws during council review: the workflow completes with status withdrawn', async () => {
    await withWorker(t, async ({ start }) => {
      const n = await start('BANG_KHEN_CT_UBND');
      await n.submit();
      await n.votes(['agree', 'disagree']);
      const withdraw = (actor = officerA) => n.handle.executeUpdate(withdrawUpdate, { args: [{ actor, reason: 'cá nhân xin rút' }] });
      await expectRefusedWithoutTrace(n, () => withdraw({ ...officerA, roles: ['council_member'] }), 'forbidden');
      // Sent around the API (which refuses it with 422): text PostgreSQL could not store is refused before it is taken.
      for (const reason of ['rút\u0000', 'rút \ud930']) {
        await expectRefusedWithoutTrace(n, () => n.handle.executeUpdate(withdrawUpdate, { args: [{ actor: officerA, reason }] }), 'invalid_input');
      }
      expect(await withdraw()).toMatchObject({ status: 'withdrawn', stage: null, transition: 5 });
      expect(await n.handle.result()).toEqual({
        nominationId: n.id, status: 'withdrawn', stage: null, transition: 5, tally: null, decisionId: null, decisionNumber: null, dueAt: null,
      });
      expect((await n.handle.describe()).status.name).toBe('COMPLETED');
      expect(await n.actions()).toEqual([...VOTING, ...cast(2), 'withdrawn']);
      expect((await n.events()).at(-1)).toMatchObject({ actorRole: 'unit_officer', stageBefore: 'council_review', stageAfter: null, reason: 'cá nhân xin rút' });
      expect(await n.projection()).toMatchObject({ status: 'withdrawn', stage: null, transition: 5 });
    });
  });
});
