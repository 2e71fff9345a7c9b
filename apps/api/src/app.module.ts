import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { AdminController } from './admin/admin.controller';
import { AccessGuard } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { RouteMetadataReflector } from './auth/route-metadata.reflector';
import { SlidingWindowThrottlerStorage } from './auth/sliding-window-throttler-storage';
import { SubjectThrottlerGuard } from './auth/subject-throttler.guard';
import { CompactsModule } from './compacts/compacts.module';
import { DisputesModule } from './disputes/disputes.module';
import { GovernanceModule } from './governance/governance.module';
import type { LedgerConfig } from './config/ledger-config';
import { IdempotencyGuard } from './idempotency/idempotency.guard';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { HealthController } from './health/health.controller';
import { RecordIntegrityGuard } from './http/record-integrity.guard';
import { ShutdownDrain } from './http/shutdown-drain';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ReadYourWritesGuard } from './http/read-your-writes.guard';
import { LedgerInfrastructureModule } from './infrastructure/ledger-infrastructure.module';
import { LedgerModule } from './ledger/ledger.module';
import { EvidenceModule } from './evidence/evidence.module';
import { WitnessesModule } from './witnesses/witnesses.provider';

@Module({})
export class AppModule {
  static forConfig(config: LedgerConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Nest's logger is the adapter's own pino (see http-adapter.ts). Its per-request middleware is
        // left off (forRoutes: []): it keeps the request's logger in an AsyncLocalStorage, and on Node 20
        // that installs a promise hook costing about 130 µs of CPU per request (a quarter of a POST).
        // Request-scoped lines go through Fastify's request.log, which carries the correlation id.
        // Outside a request Nest's lines go to the same pino, at LOG_LEVEL.
        LoggerModule.forRoot({ useExisting: true, forRoutes: [], pinoHttp: { logger } }),
        CqrsModule.forRoot(),
        ThrottlerModule.forRoot({ throttlers: [{ ttl: 60_000, limit: config.LEDGER_RATE_LIMIT_PER_MINUTE }], storage: new SlidingWindowThrottlerStorage() }),
        LedgerInfrastructureModule.forRoot(config),
        AuthModule.forConfig(config),
        IdempotencyModule.forConfig(config),
        CompactsModule,
        DisputesModule,
        GovernanceModule.forConfig(config),
        LedgerModule,
        EvidenceModule,
        WitnessesModule,
      ],
      controllers: [HealthController, AdminController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        RouteMetadataReflector,
        ShutdownDrain,
        // In this order: who is asking and may they, are they within their rate, is the record whole, is this a retry, then wait for the read models.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: SubjectThrottlerGuard },
        { provide: APP_GUARD, useClass: RecordIntegrityGuard },
        { provide: APP_GUARD, useExisting: IdempotencyGuard },
        { provide: APP_GUARD, useClass: ReadYourWritesGuard },
      ],
    };
  }
}
