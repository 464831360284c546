import { Module } from '@nestjs/common';
import { PasswordHasher } from '#ktf/auth';
import { AppConfig } from '#ktf/config';
import { AccountRepository, DataSource, RefreshTokenRepository, SignInThrottleRepository } from '#ktf/persistence';
import { AuthController } from './auth.controller';
import { IdentityProvider } from './identity-provider';
import { PasswordIdentityProvider } from './password-identity-provider';
import { SessionService } from './session.service';
import { SignInAudit } from './sign-in-audit';
import { UserPasswordController } from './user-password.controller';
import { UserPasswordService } from './user-password.service';
import { UsernamePseudonyms } from './username-pseudonyms';

/**
 * Sign-in for people: /auth/login, /auth/refresh, /auth/logout, /auth/me, and admins setting
 * passwords. The one place that knows how people prove who they are: swap the
 * IdentityProvider (e.g. for OpenID Connect) here and nothing else changes.
 */
@Module({
  controllers: [AuthController, UserPasswordController],
  providers: [
    { provide: IdentityProvider, useClass: PasswordIdentityProvider },
    SessionService,
    SignInAudit,
    UsernamePseudonyms,
    UserPasswordService,
    {
      provide: PasswordHasher,
      inject: [AppConfig],
      useFactory: (c: AppConfig) =>
        new PasswordHasher({ memoryKib: c.AUTH_ARGON2_MEMORY_KIB, timeCost: c.AUTH_ARGON2_TIME_COST, parallelism: c.AUTH_ARGON2_PARALLELISM }),
    },
    { provide: AccountRepository, inject: [DataSource], useFactory: (ds: DataSource) => new AccountRepository(ds) },
    { provide: RefreshTokenRepository, inject: [DataSource], useFactory: (ds: DataSource) => new RefreshTokenRepository(ds) },
    { provide: SignInThrottleRepository, inject: [DataSource], useFactory: (ds: DataSource) => new SignInThrottleRepository(ds) },
  ],
})
export class SignInModule {}
