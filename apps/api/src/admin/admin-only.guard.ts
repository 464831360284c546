import { CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { DomainError, hasRole } from '#ktf/domain';
import type { AdminActor } from '#ktf/persistence';
import type { Actor } from '#ktf/domain';
import { AuthenticatedRequest } from '../auth/current-actor.decorator';

/**
 * Admin writes only. A guard (not a check in the service) so that a non-admin gets 403 before
 * the body is validated: a 400 would tell a caller who may not write how to shape the write.
 */
@Injectable()
export class AdminOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
    if (!actor || !hasRole(actor, 'admin')) {
      throw new DomainError('forbidden', 'only an admin changes reference data (award types, pipelines, units, users, councils)');
    }
    return true;
  }
}

export const AdminOnly = () => UseGuards(AdminOnlyGuard);

/** The actor as an admin change records it. */
export const adminActor = (actor: Actor): AdminActor => ({ actorId: actor.id, actorRole: 'admin' });
