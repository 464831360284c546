import { ExecutionContext, Injectable, Module } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModule, ThrottlerOptions } from '@nestjs/throttler';
import { AppConfig } from '#ktf/config';
import type { AuthenticatedRequest } from '../auth/current-actor.decorator';

type Req = AuthenticatedRequest & { method: string; ip?: string };

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const requestOf = (ctx: ExecutionContext) => ctx.switchToHttp().getRequest<Req>();

/** One counter per client across all routes of a throttler (not one per route, the library's default). */
const perClient = (_ctx: ExecutionContext, tracker: string, name: string) => `${name}:${tracker}`;

/**
 * The two limits, from configuration. The guard runs after the JWT guard, so a request with
 * no actor is one on a route that needs no token (@Public): limited per IP. Writes of a
 * signed-in user are limited per user, whatever their IP; reads are not limited.
 */
export function rateLimits(c: AppConfig): ThrottlerOptions[] {
  const ttl = c.RATE_LIMIT_WINDOW_SECONDS * 1000;
  return [
    {
      name: 'public', ttl, limit: c.RATE_LIMIT_PUBLIC_PER_WINDOW, generateKey: perClient,
      skipIf: (ctx) => requestOf(ctx).actor !== undefined,
      getTracker: (req) => String((req as Req).ip ?? 'unknown'),
    },
    {
      name: 'writes', ttl, limit: c.RATE_LIMIT_WRITES_PER_WINDOW, generateKey: perClient,
      skipIf: (ctx) => requestOf(ctx).actor === undefined || !WRITES.has(requestOf(ctx).method),
      getTracker: (req) => (req as Req).actor?.id ?? 'unknown',
    },
  ];
}

/** The library's guard, answering 429 with a plain `Retry-After` (seconds) and a message saying the limit. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, d: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, d.timeToBlockExpire);
    this.setResponseHeader(context.switchToHttp().getResponse(), 'Retry-After', retryAfter);
    const what = d.key.startsWith('writes:') ? 'writes per user' : 'requests per client address';
    throw new ThrottlerException(`rate limit exceeded: at most ${d.limit} ${what} in ${d.ttl / 1000} s; retry after ${retryAfter} s`);
  }
}

/** In-memory counters, per API process: with several replicas, each counts its own share. */
@Module({
  imports: [ThrottlerModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => ({ throttlers: rateLimits(c), setHeaders: false }) })],
})
export class RateLimitModule {}
