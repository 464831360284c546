import { Body, Controller, Get, Headers, HttpCode, Ip, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '#ktf/config';
import type { Actor } from '#ktf/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
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
  @ApiOkResponse({ type: TokenResponseDto, description: `also sets the ${REFRESH_COOKIE} cookie (HttpOnly, SameSite=Strict, Path=/auth)` })
  async login(@Body() dto: LoginDto, @Ip() ip: string | undefined, @Res({ passthrough: true }) res: HeaderSink) {
    const user = await this.identity.authenticate(dto, contextOf(ip));
    return this.send(res, await this.sessions.start(user));
  }

  @Public() @Post('refresh') @HttpCode(200) @ApiCookieAuth(REFRESH_COOKIE) @consoleHeader
  @ApiOkResponse({ type: TokenResponseDto, description: `and a new ${REFRESH_COOKIE} cookie; the presented one is spent` })
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

  @Public() @Post('logout') @HttpCode(204) @ApiCookieAuth(REFRESH_COOKIE) @consoleHeader @ApiNoContentResponse()
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

  @Get('me') @ApiBearerAuth() @ApiOkResponse({ type: SignedInUserDto })
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
