import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { CompactsModule } from './compacts/compacts.module';
import type { LedgerConfig } from './config/ledger-config';
import { correlationIdOf } from './http/correlation-id';
import { HealthController } from './health/health.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ReadYourWritesInterceptor } from './http/read-your-writes.interceptor';
import { LedgerInfrastructureModule } from './infrastructure/ledger-infrastructure.module';

@Module({})
export class AppModule {
  static forConfig(config: LedgerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          // Synchronous writes: nothing logged is lost when the process ends right after a shutdown.
          pinoHttp: [
            {
              level: config.LOG_LEVEL,
              genReqId: (request, response) => {
                const id = correlationIdOf(request);
                response.setHeader('X-Correlation-Id', id);
                return id;
              },
              customProps: (request) => ({ correlationId: request.id }),
              customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
              redact: ['req.headers.authorization', 'req.headers.cookie'],
            },
            pino.destination({ dest: 1, sync: true }),
          ],
        }),
        CqrsModule.forRoot(),
        LedgerInfrastructureModule.forRoot(config),
        CompactsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
      ],
    };
  }
}
