import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '#ktf/domain';

export type AuthenticatedRequest = { actor?: Actor; headers: Record<string, string | string[] | undefined> };

/** The authenticated caller, set by the JWT guard. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public endpoint');
  return actor;
});
