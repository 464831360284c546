import { Injectable } from '@nestjs/common';
import { councilGap, CouncilScope, councilScopesOf, DomainError, PipelineDefinition } from '#ktf/domain';
import { ReferenceRepository } from '#ktf/persistence';

/** A council's roster as ReferenceRepository.councilRoster reads it. */
export type CouncilRoster = NonNullable<Awaited<ReturnType<ReferenceRepository['councilRoster']>>>;

/**
 * Before a nomination is created and submitted: every council its pipeline will ask to vote
 * must exist for the nominating unit and have members. Otherwise the submission could never
 * reach a vote, and a 422 names what an admin must add — before any row or workflow exists.
 * (The worker checks again when it pins the council, for a council changed in between.)
 */
@Injectable()
export class CouncilReadinessService {
  constructor(private readonly references: ReferenceRepository) {}

  /** Returns the rosters it checked, by scope: the submission's council pin is read from them. */
  async assertReady(unitId: string, awardCode: string, pipeline: PipelineDefinition): Promise<Map<CouncilScope, CouncilRoster>> {
    // Every scope's roster at once (one round trip each); the first scope missing is the one named.
    const scopes = councilScopesOf(pipeline);
    const rosters = await Promise.all(scopes.map((scope) => this.references.councilRoster(scope, unitId)));
    const ready = new Map<CouncilScope, CouncilRoster>();
    for (const [i, scope] of scopes.entries()) {
      const roster = rosters[i];
      if (roster?.members.length) {
        ready.set(scope, roster);
        continue;
      }
      const unit = { id: unitId, code: (await this.references.unit(unitId))?.code ?? unitId };
      const gap = councilGap(scope, unit, roster && { memberIds: roster.members.map((m) => m.id) });
      if (gap) {
        throw new DomainError('rule_failed', `${awardCode} cannot be proposed yet: ${gap.message}; an admin adds it (POST /councils, then PUT /councils/:id/members)`, {
          ...gap.details,
          awardCode,
        });
      }
    }
    return ready;
  }
}
