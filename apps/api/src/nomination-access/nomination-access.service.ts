import { Injectable } from '@nestjs/common';
import { Actor, DomainError, hasRole } from '#ktf/domain';
import { NominationEntity, NominationRepository, ReferenceRepository } from '#ktf/persistence';

/** Loads a nomination the caller may see: unit officers see their own unit's only. */
@Injectable()
export class NominationAccessService {
  constructor(
    private readonly nominations: NominationRepository,
    private readonly references: ReferenceRepository,
  ) {}

  async readable(actor: Actor, id: string): Promise<NominationEntity> {
    const row = await this.nominations.findById(id);
    if (!row) throw new DomainError('not_found', `nomination ${id} does not exist`);
    const onlyOfficer = actor.roles.every((r) => r === 'unit_officer');
    if (onlyOfficer && row.unitId !== actor.unitId) {
      throw new DomainError('forbidden', 'unit officers may only see their own unit’s nominations');
    }
    return row;
  }

  /** Signers sign for an authority recorded on their user row, never taken from the request. */
  async signerAuthority(actor: Actor): Promise<string | null> {
    if (!hasRole(actor, 'signer')) return null;
    return (await this.references.user(actor.id))?.signerAuthority ?? null;
  }
}
