import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { LedgerConfig } from './config/ledger-config';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { useJsonBodies } from './http/json-body';
import { ledgerValidationPipe } from './http/validation';

/** Builds the ledger's HTTP application for a configuration; main.ts, the e2e tests and the benchmark all use it. */
export async function createLedgerApp(config: LedgerConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  useJsonBodies(app, config.LEDGER_BODY_LIMIT);
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.useGlobalPipes(ledgerValidationPipe());
  // Registered here as well as through APP_FILTER so that errors raised before routing (the body parser) are answered alike.
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);

  const openApi = new DocumentBuilder()
    .setTitle('compact-ledger')
    .setDescription('Event-sourced governance ledger for health and care partnership compacts. Errors are RFC 9457 problem details.')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'docs-json' });
  return app;
}
