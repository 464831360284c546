import { Injectable } from '@nestjs/common';
import { Actor, DomainError, grantFor, hasRole, SigningGrant, signingGrants, vietnamDate } from '#ktf/domain';
import { DelegationRepository, NominationEntity, NominationRepository, ReferenceRepository } from '#ktf/persistence';

/** Loads a nomination the caller may see: unit officers see their own unit's only. */
@Injectable()
export class NominationAccessService {
  constructor(
    private readonly nominations: NominationRepository,
    private readonly references: ReferenceRepository,
    private readonly delegations: DelegationRepository,
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

  /**
   * What a signer signs for now: the authority recorded on their user row (never taken from
   * the request), then every authority delegated to them that is in force today.
   */
  async signingGrants(actor: Actor, at = new Date()): Promise<SigningGrant[]> {
    if (!hasRole(actor, 'signer')) return [];
    const [user, delegated] = await Promise.all([this.references.user(actor.id), this.delegations.toDelegate(actor.id, vietnamDate(at))]);
    return signingGrants(actor.id, user?.signerAuthority ?? null, delegated, at);
  }

  /** The authority to check a signer against for a nomination of `authority` (own, delegated, or else the own one). */
  async signerAuthority(actor: Actor, authority?: string | null): Promise<string | null> {
    return grantFor(await this.signingGrants(actor), authority)?.authority ?? null;
  }
}
