import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AdminModule } from './admin/admin.module';
import { AuditModule } from './audit/audit.module';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { CalendarModule } from './calendar/calendar.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CodecModule } from './codec/codec.module';
import { CoreModule } from './core/core.module';
import { CouncilSessionsModule } from './council-sessions/council-sessions.module';
import { DecisionsModule } from './decisions/decisions.module';
import { DocumentsModule } from './documents/documents.module';
import { RateLimitGuard, RateLimitModule } from './edge/rate-limit';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { NominationsModule } from './nominations/nominations.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProblemDetailsFilter } from './problem/problem-details.filter';
import { StatsModule } from './stats/stats.module';
import { DelegationsModule } from './delegations/delegations.module';
import { ReportsModule } from './reports/reports.module';
import { QueriesModule } from './queries/queries.module';
import { SignInModule } from './sign-in/sign-in.module';

@Module({
  imports: [CoreModule, RateLimitModule, CalendarModule, NotificationsModule, CampaignsModule, StatsModule, CouncilSessionsModule, NominationsModule, DecisionsModule, DelegationsModule, DocumentsModule, ReportsModule, QueriesModule, AdminModule, AuditModule, SignInModule, CodecModule],
  controllers: [HealthController],
  providers: [
    HealthService,
    // In this order: the rate limits need to know who is signed in.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
