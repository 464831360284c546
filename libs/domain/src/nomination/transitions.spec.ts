import { DEFAULT_PIPELINES } from '../pipeline/default-pipelines';
import type { VoteRule } from '../vote/vote-rule';
import { decide, endNomination, NominationCore, NominationRules, openStage } from './transitions';

const pipeline = (code: string) => DEFAULT_PIPELINES.find((p) => p.code === code)!;
// Bằng khen of the Chủ tịch UBND tỉnh: ≥ 50 % of all members agree, quorum 2/3, secret ballot.
const RULE: VoteRule = { threshold: 0.5, comparison: 'at_least', base: 'all_members', quorum: 2 / 3, secret: true };
const rules = (code = 'provincial', voteRule = RULE): NominationRules => ({ voteRule, pipeline: pipeline(code), unitCode: 'XA-DONG-THINH' });

const core = (over: Partial<NominationCore> = {}, view: Partial<NominationCore['view']> = {}): NominationCore => ({
  view: {
    status: 'in_progress',
    stage: 'council_review',
    unitId: 'unit-1',
    councilMemberIds: ['m1', 'm2', 'm3'],
    recusedMemberIds: [],
    votedMemberIds: [],
    signingAuthority: null,
    reservedByDecisionId: null,
    actorDuties: {},
    appraiserId: null,
    ...view,
  },
  ballots: {},
  writtenOpinionIds: [],
  tally: null,
  decisionId: null,
  decisionNumber: null,
  stageEpoch: 2,
  stageOpenedAt: '2026-11-02T02:00:00.000Z',
  ...over,
});

describe('decide: state + action → new state + events + next', () => {
  it('a vote that is not the last records only that the member voted (secret), and stays', () => {
    const before = core();
    const step = decide(before, rules(), { type: 'vote', memberId: 'm1', choice: 'agree' });
    expect(step.events).toEqual([{ action: 'vote_cast', stageBefore: 'council_review', stageAfter: 'council_review', reason: null, payload: {} }]);
    expect(step.next).toEqual({ kind: 'stay' });
    expect(step.core.ballots).toEqual({ m1: 'agree' });
    expect(step.core.view.votedMemberIds).toEqual(['m1']);
    // Pure: the state given is not touched.
    expect(before.ballots).toEqual({});
    expect(before.view.votedMemberIds).toEqual([]);
  });

  it('the last ballot tallies: passed opens appraisal; an open ballot shows its choice', () => {
    const open = rules('provincial', { ...RULE, secret: false });
    const step = decide(core({ ballots: { m1: 'agree', m2: 'disagree' } }, { votedMemberIds: ['m1', 'm2'] }), open, { type: 'vote', memberId: 'm3', choice: 'agree' });
    expect(step.events.map((e) => e.action)).toEqual(['vote_cast', 'vote_passed']);
    expect(step.events[0].payload).toEqual({ choice: 'agree' });
    expect(step.events[1].payload.tally).toMatchObject({ members: 3, agree: 2, disagree: 1, required: 2, passed: true });
    expect(step.core.tally).toMatchObject({ agree: 2, passed: true });
    expect(step.next).toEqual({ kind: 'open', stage: 'appraisal' });
  });

  it('a failed tally rejects; an absent opinion counts in the vote', () => {
    const step = decide(core({ ballots: { m1: 'disagree', m2: 'disagree' } }, { votedMemberIds: ['m1', 'm2'] }), rules(), {
      type: 'absent_opinion',
      memberId: 'm3',
      choice: 'agree',
    });
    expect(step.events.map((e) => e.action)).toEqual(['absent_opinion_recorded', 'vote_failed']);
    expect(step.events[0].payload).toEqual({ memberId: 'm3' });
    expect(step.core.writtenOpinionIds).toEqual(['m3']);
    expect(step.next).toEqual({ kind: 'end', status: 'rejected', action: 'rejected', reason: 'council vote failed' });
  });

  it('the secretary closing early tallies what was cast', () => {
    const step = decide(core({ ballots: { m1: 'agree', m2: 'agree' } }, { votedMemberIds: ['m1', 'm2'] }), rules(), { type: 'close_voting' });
    expect(step.events.map((e) => e.action)).toEqual(['voting_closed', 'vote_passed']);
    expect(step.next).toEqual({ kind: 'open', stage: 'appraisal' });
  });

  it('appraisal: approve moves on, supplement opens supplement, reject ends; an override is its own event', () => {
    const at = core({}, { stage: 'appraisal' });
    const base = { reason: 'Hồ sơ đầy đủ', items: [], failedChecks: ['prior_titles'], override: 'Đã đối chiếu bản gốc' };
    const approve = decide(at, rules(), { type: 'appraise', decision: 'approve', ...base });
    expect(approve.events).toEqual([
      { action: 'appraisal_approve', stageBefore: 'appraisal', stageAfter: 'appraisal', reason: 'Hồ sơ đầy đủ', payload: { items: [], failedChecks: ['prior_titles'] } },
      { action: 'check_overridden', stageBefore: 'appraisal', stageAfter: 'appraisal', reason: 'Đã đối chiếu bản gốc', payload: { failedChecks: ['prior_titles'] } },
    ]);
    expect(approve.next).toEqual({ kind: 'open', stage: 'signing' });
    expect(decide(at, rules(), { type: 'appraise', decision: 'supplement', ...base, override: null }).next).toEqual({ kind: 'open', stage: 'supplement' });
    expect(decide(at, rules(), { type: 'appraise', decision: 'reject', ...base, reason: 'Không đủ tiêu chuẩn', override: null }).next).toEqual({
      kind: 'end', status: 'rejected', action: 'rejected', reason: 'Không đủ tiêu chuẩn',
    });
  });

  it('reserve, release and sign move the decision facts; signing the last stage awards, the central pipeline goes on', () => {
    const signing = core({}, { stage: 'signing', signingAuthority: 'UBND' });
    const reserved = decide(signing, rules(), { type: 'reserve', decisionId: 'd1' });
    expect(reserved.core.view.reservedByDecisionId).toBe('d1');
    expect(decide(reserved.core, rules(), { type: 'release', decisionId: 'd1' }).core.view.reservedByDecisionId).toBeNull();
    const signed = decide(reserved.core, rules(), { type: 'sign', decisionId: 'd1', decisionNumber: '15/QĐ-UBND' });
    expect(signed.core).toMatchObject({ decisionId: 'd1', decisionNumber: '15/QĐ-UBND', view: { reservedByDecisionId: null } });
    expect(signed.events).toEqual([{ action: 'signed', stageBefore: 'signing', stageAfter: 'signing', reason: null, payload: { decisionId: 'd1', decisionNumber: '15/QĐ-UBND' } }]);
    expect(signed.next).toEqual({ kind: 'end', status: 'awarded', action: 'awarded', reason: null });
    expect(decide(reserved.core, rules('central'), { type: 'sign', decisionId: 'd1', decisionNumber: '3/TTr-UBND' }).next).toEqual({ kind: 'open', stage: 'external_decision' });
  });

  it('a central outcome awards with its number or rejects with the reason', () => {
    const waiting = core({}, { stage: 'external_decision' });
    const awarded = decide(waiting, rules('central'), { type: 'external_decision', outcome: 'awarded', decisionNumber: '120/QĐ-TTg', reason: null });
    expect(awarded.core.decisionNumber).toBe('120/QĐ-TTg');
    expect(awarded.events.map((e) => e.action)).toEqual(['central_awarded']);
    expect(awarded.next).toEqual({ kind: 'end', status: 'awarded', action: 'awarded', reason: null });
    const refused = decide(waiting, rules('central'), { type: 'external_decision', outcome: 'refused', decisionNumber: null, reason: 'Chưa đủ thời gian' });
    expect(refused.events[0]).toMatchObject({ action: 'central_refused', reason: 'Chưa đủ thời gian', payload: { outcome: 'refused', decisionNumber: null } });
    expect(refused.next).toEqual({ kind: 'end', status: 'rejected', action: 'rejected', reason: 'Chưa đủ thời gian' });
  });

  it('unit actions: submit moves past the proposal, resubmit reopens appraisal, withdraw ends without an event of its own', () => {
    const draft = core({}, { stage: 'unit_proposal', status: 'draft' });
    const submitted = decide(draft, rules('unit-level'), { type: 'submit', awardCode: 'GIAY_KHEN', pipeline: { code: 'unit-level', version: 1 } });
    expect(submitted.events).toEqual([
      { action: 'submitted', stageBefore: 'unit_proposal', stageAfter: 'unit_proposal', reason: null, payload: { awardCode: 'GIAY_KHEN', pipeline: { code: 'unit-level', version: 1 } } },
    ]);
    expect(submitted.next).toEqual({ kind: 'open', stage: 'council_review' });
    expect(decide(core({}, { stage: 'supplement' }), rules(), { type: 'resubmit', reason: 'Bổ sung bản sao' }).next).toEqual({ kind: 'open', stage: 'appraisal' });
    expect(decide(draft, rules(), { type: 'withdraw', reason: 'Rút hồ sơ' })).toEqual({
      core: draft, events: [], next: { kind: 'end', status: 'withdrawn', action: 'withdrawn', reason: 'Rút hồ sơ' },
    });
  });

  it('a breached deadline tallies in council review, expires a supplement, and otherwise only records the breach', () => {
    const due = '2026-11-09T10:00:00.000Z';
    const tallied = decide(core({ ballots: { m1: 'agree', m2: 'agree' } }, { votedMemberIds: ['m1', 'm2'] }), rules(), { type: 'deadline_breached', dueAt: due, onBreach: 'tally' });
    expect(tallied.events.map((e) => e.action)).toEqual(['deadline_breached', 'vote_passed']);
    expect(tallied.events[0].payload).toEqual({ dueAt: due, action: 'tally' });
    expect(decide(core({}, { stage: 'supplement' }), rules(), { type: 'deadline_breached', dueAt: due, onBreach: 'expire' }).next).toEqual({
      kind: 'end', status: 'expired', action: 'expired', reason: 'the unit did not resubmit before the deadline',
    });
    expect(decide(core({}, { stage: 'appraisal' }), rules(), { type: 'deadline_breached', dueAt: due, onBreach: 'escalate' }).next).toEqual({ kind: 'stay' });
  });
});

describe('openStage and endNomination', () => {
  it('opening council review starts a new epoch with its pinned council and fresh ballots', () => {
    const from = core({ ballots: { m9: 'agree' }, tally: null, stageEpoch: 1 }, { stage: 'unit_proposal', status: 'draft' });
    const opened = openStage(from, rules(), {
      stage: 'council_review',
      openedAt: '2026-11-03T02:00:00.000Z',
      council: { councilId: 'c1', memberIds: ['m1', 'm2', 'm3', 'm4'], recusedIds: ['m4'] },
      dueAt: '2026-11-10T10:00:00.000Z',
    });
    expect(opened.core).toMatchObject({
      stageEpoch: 2,
      stageOpenedAt: '2026-11-03T02:00:00.000Z',
      ballots: {},
      view: { stage: 'council_review', status: 'in_progress', councilMemberIds: ['m1', 'm2', 'm3', 'm4'], recusedMemberIds: ['m4'], votedMemberIds: [] },
    });
    expect(opened.events).toEqual([
      { action: 'stage_opened', stageBefore: 'unit_proposal', stageAfter: 'council_review', reason: null, payload: { dueAt: '2026-11-10T10:00:00.000Z', epoch: 2 } },
      { action: 'council_pinned', stageBefore: 'council_review', stageAfter: 'council_review', reason: null, payload: { councilId: 'c1', members: 4, recused: 1 } },
    ]);
  });

  it('signing takes its authority from the pipeline, or the nominating unit for UNIT; the tally is kept past council review', () => {
    const tally = decide(core({ ballots: { m1: 'agree', m2: 'agree', m3: 'agree' } }), rules(), { type: 'close_voting' }).core.tally;
    const at = core({ tally }, { stage: 'appraisal' });
    const o = { stage: 'signing' as const, openedAt: '2026-11-20T02:00:00.000Z', council: null, dueAt: null };
    expect(openStage(at, rules('provincial'), o).core).toMatchObject({ tally, view: { signingAuthority: 'UBND', councilMemberIds: [] } });
    expect(openStage(at, rules('unit-level'), o).core.view.signingAuthority).toBe('XA-DONG-THINH');
    expect(openStage(at, rules(), o).events).toHaveLength(1);
  });

  it('ending leaves no stage and records the end with the stage it left', () => {
    const ended = endNomination(core({}, { stage: 'appraisal' }), { kind: 'end', status: 'rejected', action: 'rejected', reason: 'Không đạt' });
    expect(ended.core.view).toMatchObject({ stage: null, status: 'rejected' });
    expect(ended.events).toEqual([{ action: 'rejected', stageBefore: 'appraisal', stageAfter: null, reason: 'Không đạt', payload: {} }]);
  });
});
