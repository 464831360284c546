import type { RecordTransitionInput, WrittenTransition } from '#ktf/contracts';

/**
 * What the Update answers besides the snapshot: the row and the people's events as this call
 * stored them, so the API needs no second read. Only commands make a replay: a result may grow.
 */
export function writtenOf(input: RecordTransitionInput, updatedAt: string, auditSequence: number): WrittenTransition {
  return {
    projection: input.projection,
    updatedAt,
    firstSequence: input.events[0]?.sequence ?? auditSequence + 1,
    lastSequence: input.events.at(-1)?.sequence ?? auditSequence,
    personEvents: input.events.flatMap((e) =>
      e.actorId === null ? [] : [{ action: e.action, actorId: e.actorId, actorRole: e.actorRole, occurredAt: e.occurredAt, stageBefore: e.stageBefore, stageAfter: e.stageAfter }],
    ),
  };
}
