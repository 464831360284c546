import type { WrittenTransition } from '#ktf/contracts';
import type { NewNomination, NominationEntity, PeopleActionsAtHead, PersonAction } from '#ktf/persistence';

/**
 * Orders an object's keys as PostgreSQL's jsonb gives them back (shorter keys first, then by
 * bytes), recursively: a value the API answers from the workflow prints like the one GET reads.
 */
export function inJsonbOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inJsonbOrder);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Object.fromEntries(keys.map((k) => [k, inJsonbOrder((value as Record<string, unknown>)[k])]));
}

/** The draft row as inserted (the workflow's fields are replaced by `rowAfter`). */
export function draftRow(n: NewNomination, createdAt: Date): NominationEntity {
  return {
    ...n,
    nominee: inJsonbOrder(n.nominee) as Record<string, unknown>,
    createdAt,
    updatedAt: createdAt,
    status: 'draft',
    stage: 'unit_proposal',
    stageOpenedAt: null,
    dueAt: null,
    councilMemberIds: [],
    recusedMemberIds: [],
    votedMemberIds: [],
    signingAuthority: null,
    reservedByDecisionId: null,
    tally: null,
    decisionId: null,
    decisionNumber: null,
    pipelineCode: null,
    pipelineVersion: null,
    lastActorId: null,
    lastAction: null,
    transition: 0,
    actorDuties: {},
    stageEpoch: 0,
    breachedAt: null,
    appraiserId: null,
  };
}

const dateOrNull = (iso: string | null): Date | null => (iso === null ? null : new Date(iso));

/** The read-model row after `written`: the row read before the Update (content, creation) with the transition's fields. */
export function rowAfter(before: NominationEntity, written: WrittenTransition): NominationEntity {
  const p = written.projection;
  return {
    ...before,
    status: p.status,
    stage: p.stage,
    stageOpenedAt: dateOrNull(p.stageOpenedAt),
    dueAt: dateOrNull(p.dueAt),
    councilMemberIds: [...p.councilMemberIds],
    recusedMemberIds: [...p.recusedMemberIds],
    votedMemberIds: [...p.votedMemberIds],
    signingAuthority: p.signingAuthority,
    reservedByDecisionId: p.reservedByDecisionId,
    tally: inJsonbOrder(p.tally) as Record<string, unknown> | null,
    decisionId: p.decisionId,
    decisionNumber: p.decisionNumber,
    pipelineCode: p.pipelineCode,
    pipelineVersion: p.pipelineVersion,
    lastActorId: p.lastActorId,
    lastAction: p.lastAction,
    transition: p.transition,
    actorDuties: inJsonbOrder(p.actorDuties) as NominationEntity['actorDuties'],
    stageEpoch: p.stageEpoch,
    breachedAt: dateOrNull(p.breachedAt),
    appraiserId: p.appraiserId ?? null,
    updatedAt: new Date(written.updatedAt),
  };
}

/**
 * The people's trail after `written`, from a read made while the Update ran: it saw either the
 * chain just before the transition (its events are appended, named after the caller who took
 * them) or just after it. A read that saw another transition is of no use (null: read again).
 */
export function trailAfter(read: PeopleActionsAtHead, written: WrittenTransition): PersonAction[] | null {
  if (read.head === written.lastSequence) return read.actions;
  if (read.head !== written.firstSequence - 1) return null;
  const appended = written.personEvents.map((e) => ({ ...e, actorName: read.userName, occurredAt: new Date(e.occurredAt) }));
  return [...read.actions, ...appended];
}
