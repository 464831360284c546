import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InvalidTokenError, verifyToken } from '#ktf/auth';
import { AppConfig } from '#ktf/config';
import { addLogContext } from '#ktf/telemetry';
import { AuthenticatedRequest } from './current-actor.decorator';
import { IS_PUBLIC } from './public.decorator';

/** Global guard: every endpoint needs a valid bearer token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('a bearer token is required');
    try {
      req.actor = verifyToken(match[1], { secret: this.config.JWT_SECRET, issuer: this.config.JWT_ISSUER });
      addLogContext({ actorId: req.actor.id });
    } catch (e) {
      throw new UnauthorizedException(e instanceof InvalidTokenError ? `invalid token: ${e.message}` : 'invalid token');
    }
    return true;
  }
}
