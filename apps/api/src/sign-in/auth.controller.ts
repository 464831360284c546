import { Body, Controller, Get, Headers, HttpCode, Ip, Post, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '#ktf/config';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { Operation } from '../openapi/operation';
import { IdentityProvider, PasswordCredentials, SignInContext } from './identity-provider';
import { assertConsoleRequest, clearedRefreshCookie, CONSOLE_HEADER, CONSOLE_HEADER_VALUE, HeaderSink, REFRESH_COOKIE, refreshCookie, refreshTokenFrom } from './refresh-cookie';
import { SignedInUserDto, LoginDto, TokenResponseDto } from './sign-in.dto';
import { IssuedSession, SessionService } from './session.service';

const consoleHeader = ApiHeader({ name: CONSOLE_HEADER, required: true, description: `must be \`${CONSOLE_HEADER_VALUE}\` (CSRF protection)` });

/** Sign-in for people on the console. Machines keep using bearer tokens minted elsewhere. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly secureCookie: boolean;

  constructor(
    private readonly identity: IdentityProvider<PasswordCredentials>,
    private readonly sessions: SessionService,
    config: AppConfig,
  ) {
    this.secureCookie = config.NODE_ENV === 'production';
  }

  @Public() @Post('login') @HttpCode(200)
  @Operation({
    id: 'signIn',
    summary: 'Sign in with a username and password',
    ok: { type: TokenResponseDto, description: `A short-lived bearer token; also sets the ${REFRESH_COOKIE} cookie (HttpOnly, SameSite=Strict, Path=/auth)` },
    fails: [401, 429],
    failures: { 401: 'Wrong username or password (the same answer either way)', 429: 'Too many failed sign-ins for this name: Retry-After says when to try again' },
  })
  async login(@Body() dto: LoginDto, @Ip() ip: string | undefined, @Res({ passthrough: true }) res: HeaderSink) {
    const user = await this.identity.authenticate(dto, contextOf(ip));
    return this.send(res, await this.sessions.start(user));
  }

  @Public() @Post('refresh') @HttpCode(200) @ApiCookieAuth(REFRESH_COOKIE) @consoleHeader
  @Operation({
    id: 'refreshSession',
    summary: 'A new bearer token for the refresh cookie (which is rotated)',
    ok: { type: TokenResponseDto, description: `And a new ${REFRESH_COOKIE} cookie; the presented one is spent` },
    fails: [401, 403],
    failures: { 401: 'No refresh cookie, or one expired, revoked or already spent', 403: `Without the ${CONSOLE_HEADER} header` },
  })
  async refresh(
    @Headers('cookie') cookie: string | undefined,
    @Headers(CONSOLE_HEADER) consoleRequest: string | undefined,
    @Ip() ip: string | undefined,
    @Res({ passthrough: true }) res: HeaderSink,
  ) {
    assertConsoleRequest(consoleRequest);
    try {
      return this.send(res, await this.sessions.refresh(refreshTokenFrom(cookie), contextOf(ip)));
    } catch (e) {
      res.setHeader('Set-Cookie', clearedRefreshCookie(this.secureCookie));
      throw e;
    }
  }

  @Public() @Post('logout') @HttpCode(204) @ApiCookieAuth(REFRESH_COOKIE) @consoleHeader
  @Operation({ id: 'signOut', summary: 'End the session: its refresh tokens are revoked and the cookie cleared', ok: { status: 204 }, fails: [403], failures: { 403: `Without the ${CONSOLE_HEADER} header` } })
  async logout(
    @Headers('cookie') cookie: string | undefined,
    @Headers(CONSOLE_HEADER) consoleRequest: string | undefined,
    @Ip() ip: string | undefined,
    @Res({ passthrough: true }) res: HeaderSink,
  ): Promise<void> {
    assertConsoleRequest(consoleRequest);
    await this.sessions.end(refreshTokenFrom(cookie), contextOf(ip));
    res.setHeader('Set-Cookie', clearedRefreshCookie(this.secureCookie));
  }

  @Get('me')
  @Operation({ id: 'getSignedInUser', summary: 'Who the bearer token belongs to', ok: { type: SignedInUserDto }, fails: [404], failures: { 404: 'The token’s subject is no user (a machine client)' } })
  me(@CurrentActor() actor: Actor) {
    return this.sessions.me(actor);
  }

  private send(res: HeaderSink, session: IssuedSession) {
    res.setHeader('Set-Cookie', refreshCookie(session.refreshToken, session.refreshMaxAgeSeconds, this.secureCookie));
    res.setHeader('Cache-Control', 'no-store');
    return session.body;
  }
}

const contextOf = (ip: string | undefined): SignInContext => ({ ip: ip ?? null });
