import { stageAfter, StageKind, tallyVotes, TerminalStatus } from '#ktf/domain';
import type { NominationMachine } from './nomination-machine';
import { planDeadlineFor } from './stage-deadlines';
import type { Transition } from './transition-log';

/** Opens `kind` now: pins what it needs, plans its deadline, then switches the stage at once. */
export async function openStage(m: NominationMachine, t: Transition, kind: StageKind): Promise<void> {
  const { s, acts } = m;
  m.opening = true;
  try {
    const openedAt = m.log.now();
    const def = s.ctx.pipeline.stages.find((st) => st.kind === kind);
    const pin = kind === 'council_review' ? await acts.pinCouncil({ nominationId: s.ctx.nominationId, scope: def?.councilScope ?? 'province' }) : null;
    await planDeadlineFor(s, acts, kind, openedAt);
    const before = s.view.stage;
    s.view.stage = kind;
    s.view.status = 'in_progress';
    s.stageOpenedAt = openedAt;
    s.stageEpoch += 1;
    s.view.councilMemberIds = pin?.memberIds ?? [];
    s.view.recusedMemberIds = pin?.recusedIds ?? [];
    s.view.votedMemberIds = [];
    s.ballots = {};
    s.writtenOpinionIds = [];
    s.view.signingAuthority = kind === 'signing' ? (def?.authority === 'UNIT' ? s.ctx.unitCode : (def?.authority ?? null)) : null;
    if (kind === 'council_review') s.tally = null;
    t.event('stage_opened', { stageBefore: before, payload: { dueAt: s.deadline.dueAt, epoch: s.stageEpoch } });
    if (pin) t.event('council_pinned', { payload: { councilId: pin.councilId, members: pin.memberIds.length, recused: pin.recusedIds.length } });
  } finally {
    m.opening = false;
  }
  m.notify(t, { event: 'stage_opened', stage: kind, dueAt: s.deadline.dueAt });
}

/** Ends the nomination in `status`: no stage, no deadline; the nominating unit is told. */
export function end(m: NominationMachine, t: Transition, status: TerminalStatus, action: string, reason?: string | null): void {
  const { s } = m;
  const before = s.view.stage;
  s.view.stage = null;
  s.view.status = status;
  s.deadline = { ...s.deadline, dueAt: null, reminders: [], version: s.deadline.version + 1 };
  t.event(action, { stageBefore: before, reason });
  m.notify(t, { event: 'result', stage: before });
}

/** Moves on from `from`: the next stage of the pinned pipeline, or awarded at its end. */
export async function advance(m: NominationMachine, t: Transition, from: StageKind): Promise<void> {
  const next = stageAfter(m.s.ctx.pipeline, from);
  if (next) await openStage(m, t, next.kind);
  else end(m, t, 'awarded', 'awarded');
}

/** Tallies the ballots cast: passed moves on from council review, failed rejects. */
export async function closeVoting(m: NominationMachine, t: Transition): Promise<void> {
  const { s } = m;
  const tally = tallyVotes({
    rule: s.ctx.voteRule,
    memberIds: s.view.councilMemberIds,
    recusedIds: s.view.recusedMemberIds,
    ballots: s.ballots,
    writtenOpinionIds: s.writtenOpinionIds,
  });
  s.tally = tally;
  const { rule: _rule, ...counts } = tally;
  t.event(tally.passed ? 'vote_passed' : 'vote_failed', { payload: { tally: counts } });
  if (tally.passed) await advance(m, t, 'council_review');
  else end(m, t, 'rejected', 'rejected', 'council vote failed');
}
