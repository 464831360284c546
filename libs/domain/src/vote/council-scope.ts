import type { PipelineDefinition, StageDefinition } from '../pipeline/pipeline';

/** Whose council votes in a council_review stage: the province's, or the nominating unit's own. */
export type CouncilScope = 'province' | 'unit';

export const COUNCIL_NAMES: Readonly<Record<CouncilScope, string>> = {
  province: 'provincial emulation and commendation council (Hội đồng Thi đua - Khen thưởng tỉnh)',
  unit: 'unit emulation and commendation council (Hội đồng Thi đua - Khen thưởng cơ sở)',
};

/** Whose council votes in a council stage: its `councilScope`, the province's when unset (or no such stage). */
export const councilScopeOf = (stage: Pick<StageDefinition, 'councilScope'> | undefined): CouncilScope => stage?.councilScope ?? 'province';

/** The council scopes a pipeline's council stages need, in stage order, each once. */
export function councilScopesOf(p: PipelineDefinition): CouncilScope[] {
  const scopes = p.stages.filter((s) => s.kind === 'council_review').map(councilScopeOf);
  return [...new Set(scopes)];
}

export interface CouncilMember {
  id: string;
  unitId: string;
}

/**
 * Members who may not vote on a nomination of `nominatingUnitId`. On the provincial council,
 * members from the nominating unit are recused. A unit's own council (Hội đồng TĐKT cơ sở) is
 * made of that unit's people by definition, so belonging to the unit recuses no one there.
 */
export function recusedMemberIds(scope: CouncilScope, nominatingUnitId: string, members: readonly CouncilMember[]): string[] {
  return scope === 'unit' ? [] : members.filter((m) => m.unitId === nominatingUnitId).map((m) => m.id);
}

/** What a council review pins of a council's roster: its seats, and who of them the nominating unit recuses. */
export function councilPinOf(
  scope: CouncilScope,
  nominatingUnitId: string,
  roster: { councilId: string; members: readonly CouncilMember[] },
): { councilId: string; memberIds: string[]; recusedIds: string[] } {
  return { councilId: roster.councilId, memberIds: roster.members.map((m) => m.id), recusedIds: recusedMemberIds(scope, nominatingUnitId, roster.members) };
}

export interface CouncilGap {
  message: string;
  details: { missing: 'council' | 'council_members'; councilScope: CouncilScope; unitId: string; unitCode: string };
}

/**
 * Why a nomination of `unit` cannot reach a vote in `scope`, or null when it can: there is no
 * such council, or it has no active member. A rule that cannot be met, so the caller gets a
 * 422 naming what an admin must add, before anything is created.
 */
export function councilGap(scope: CouncilScope, unit: { id: string; code: string }, council: { memberIds: readonly string[] } | null): CouncilGap | null {
  const where = scope === 'unit' ? `for unit ${unit.code}` : `(needed by unit ${unit.code})`;
  const base = { councilScope: scope, unitId: unit.id, unitCode: unit.code };
  if (!council) return { message: `no ${COUNCIL_NAMES[scope]} is configured ${where}`, details: { missing: 'council', ...base } };
  if (council.memberIds.length === 0) {
    return { message: `the ${COUNCIL_NAMES[scope]} ${where} has no active member`, details: { missing: 'council_members', ...base } };
  }
  return null;
}
