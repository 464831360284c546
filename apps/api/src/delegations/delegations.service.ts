import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor, DELEGATION_DEFAULT_TITLES, DomainError, hasRole, signatureLines, vietnamDate } from '#ktf/domain';
import { DelegationRepository, DelegationRow, OverlappingDelegationError, ReferenceRepository } from '#ktf/persistence';
import { CreateDelegationDto, DelegationQuery } from './delegation.dto';

/**
 * Delegations of signing authority. A signer lends their own authority; an admin may record
 * one for any signer (the office keeps the register when the head is away). Who may then
 * sign is decided where every signature is checked (NominationAccessService.signingGrants).
 */
@Injectable()
export class DelegationsService {
  constructor(
    private readonly delegations: DelegationRepository,
    private readonly references: ReferenceRepository,
  ) {}

  async create(actor: Actor, dto: CreateDelegationDto) {
    const isAdmin = hasRole(actor, 'admin');
    if (!isAdmin && !hasRole(actor, 'signer')) throw new DomainError('forbidden', 'only a signer (for their own authority) or an admin records a delegation');
    if (!isAdmin && dto.principalId !== undefined && dto.principalId !== actor.id) {
      throw new DomainError('forbidden', 'a signer may only lend their own signing authority');
    }
    const principalId = dto.principalId ?? actor.id;
    const [principal, delegate] = await Promise.all([this.references.user(principalId), this.references.user(dto.delegateId)]);
    if (!principal) throw new DomainError('not_found', `user ${principalId} does not exist`, { field: 'principalId' });
    if (!delegate) throw new DomainError('not_found', `user ${dto.delegateId} does not exist`, { field: 'delegateId' });
    if (!principal.roles.includes('signer') || !principal.signerAuthority) {
      throw new DomainError('rule_failed', 'the principal must be a signer with an authority of their own', { field: 'principalId' });
    }
    if (delegate.id === principal.id) throw new DomainError('rule_failed', 'a signer cannot delegate to themself', { field: 'delegateId' });
    if (!delegate.roles.includes('signer')) throw new DomainError('rule_failed', 'the delegate must hold the signer role', { field: 'delegateId' });
    if (dto.validTo < dto.validFrom) throw new DomainError('rule_failed', 'validTo is before validFrom', { field: 'validTo' });
    if (dto.validTo < vietnamDate(new Date())) throw new DomainError('rule_failed', 'the period has already ended', { field: 'validTo' });

    const titles = DELEGATION_DEFAULT_TITLES[dto.kind];
    try {
      const row = await this.delegations.create(
        {
          id: randomUUID(),
          kind: dto.kind,
          authority: principal.signerAuthority,
          principalId: principal.id,
          delegateId: delegate.id,
          principalTitle: dto.principalTitle?.trim() ?? titles.principalTitle,
          delegateTitle: dto.delegateTitle?.trim() ?? titles.delegateTitle,
          validFrom: dto.validFrom,
          validTo: dto.validTo,
          reason: dto.reason?.trim() ?? null,
        },
        { actorId: actor.id, actorRole: actor.id === principal.id ? 'signer' : 'admin' },
      );
      return present(row);
    } catch (e) {
      if (e instanceof OverlappingDelegationError) throw new DomainError('stage_conflict', e.message, { delegationId: e.existingId });
      throw e;
    }
  }

  /** Admins and auditors see the register; a signer sees the delegations they gave or hold. */
  async list(actor: Actor, q: DelegationQuery) {
    const all = hasRole(actor, 'admin') || hasRole(actor, 'auditor');
    if (!all && !hasRole(actor, 'signer')) throw new DomainError('forbidden', 'only signers, admins and auditors see delegations');
    const rows = await this.delegations.list({ involving: all ? undefined : actor.id, activeOn: q.activeOn });
    return rows.map(present);
  }

  /** Ends a delegation now; decisions already signed under it keep it. */
  async revoke(actor: Actor, id: string) {
    const row = await this.delegations.findById(id);
    if (!row) throw new DomainError('not_found', `delegation ${id} does not exist`);
    const isAdmin = hasRole(actor, 'admin');
    if (!isAdmin && row.principalId !== actor.id) throw new DomainError('forbidden', 'only the principal or an admin revokes a delegation');
    const revoked = await this.delegations.revoke(id, { actorId: actor.id, actorRole: actor.id === row.principalId ? 'signer' : 'admin' });
    if (!revoked) throw new DomainError('stage_conflict', `delegation ${id} was revoked already`, { delegationId: id });
    return present((await this.delegations.findById(id)) as DelegationRow);
  }
}

function present(d: DelegationRow) {
  return {
    id: d.id,
    kind: d.kind,
    authority: d.authority,
    principalId: d.principalId,
    principalName: d.principalName,
    delegateId: d.delegateId,
    delegateName: d.delegateName,
    principalTitle: d.principalTitle,
    delegateTitle: d.delegateTitle,
    heading: signatureLines(d.kind, d.principalTitle, d.delegateTitle).heading,
    validFrom: d.validFrom,
    validTo: d.validTo,
    reason: d.reason,
    createdBy: d.createdBy,
    createdAt: d.createdAt,
    revokedAt: d.revokedAt,
    revokedBy: d.revokedBy,
  };
}
