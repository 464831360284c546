import { RecordTransitionInput, withDueDate } from './nomination-activities.contract';

const DUE = '2026-12-04T16:59:59.999Z';

/** A closing vote that opens appraisal (epoch 2), its due date left for the recording to plan. */
function closingVote(): RecordTransitionInput {
  const event = (action: string, payload: Record<string, unknown>) => ({
    sequence: 0, occurredAt: '2026-11-30T03:00:00.000Z', actorId: 'u1', actorRole: 'council_member', action, stageBefore: null, stageAfter: null, reason: null, payload,
  });
  return {
    nominationId: 'n1',
    workflowId: 'nomination-n1',
    runId: 'r1',
    projection: { stageEpoch: 2, dueAt: null } as RecordTransitionInput['projection'],
    events: [event('vote_cast', {}), event('vote_passed', { tally: {} }), event('stage_opened', { dueAt: null, epoch: 2 })],
    notices: [{ nominationId: 'n1', event: 'stage_opened', stage: 'appraisal', epoch: 2, dueAt: null }],
  };
}

describe('withDueDate: the due date a recording planned, where the opening left it blank', () => {
  it("fills the row, the opening's stage_opened event and its notice, and nothing else", () => {
    const asked = closingVote();
    const filled = withDueDate(asked, DUE);
    expect(filled.projection.dueAt).toBe(DUE);
    expect(filled.events.map((e) => e.payload)).toEqual([{}, { tally: {} }, { dueAt: DUE, epoch: 2 }]);
    expect(filled.notices).toEqual([{ nominationId: 'n1', event: 'stage_opened', stage: 'appraisal', epoch: 2, dueAt: DUE }]);
    // The workflow's own copy is left as it built it.
    expect(asked.projection.dueAt).toBeNull();
    expect(asked.events[2].payload.dueAt).toBeNull();
    expect(asked.notices[0].dueAt).toBeNull();
  });

  it("leaves another epoch's opening and other notices as they are", () => {
    const asked = closingVote();
    asked.events.unshift({ ...asked.events[2], payload: { dueAt: '2026-11-20T16:59:59.999Z', epoch: 1 } });
    asked.notices.unshift({ nominationId: 'n1', event: 'result', stage: 'council_review', epoch: 2, dueAt: null }, { nominationId: 'n1', event: 'stage_opened', stage: 'council_review', epoch: 1, dueAt: null });
    const filled = withDueDate(asked, DUE);
    expect(filled.events[0].payload).toEqual({ dueAt: '2026-11-20T16:59:59.999Z', epoch: 1 });
    expect(filled.notices.map((n) => n.dueAt)).toEqual([null, null, DUE]);
  });

  it('no deadline planned: null stays null', () => {
    const filled = withDueDate(closingVote(), null);
    expect([filled.projection.dueAt, filled.events[2].payload.dueAt, filled.notices[0].dueAt]).toEqual([null, null, null]);
  });
});
