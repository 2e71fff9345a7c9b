import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { LedgerConfig } from './config/ledger-config';
import { bytes, createHttpAdapter, createLedgerLogger } from './http/http-adapter';
import { IdempotencyGuard } from './idempotency/idempotency.guard';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ledgerOpenApiDocument } from './http/openapi';
import { ledgerValidationPipe } from './http/validation';
import { serveWebApp } from './http/web-app';

export type LedgerApp = NestFastifyApplication;

/** Builds the ledger's HTTP application for a configuration; main.ts, the e2e tests and the benchmark all use it. */
export async function createLedgerApp(config: LedgerConfig): Promise<LedgerApp> {
  // Nest's own logger stays off until pino takes over, and abortOnError off lets a failure to
  // start reach main(), which prints it as one line.
  const logger = createLedgerLogger(config);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forConfig(config, logger), createHttpAdapter(config, logger), {
    logger: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(ledgerValidationPipe());
  // Registered here as well as through APP_FILTER so that errors raised before routing (body parsing) are answered alike.
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  // Every command answers its stream's new revision as an ETag, for If-Match on the next one.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preSerialization', (request, reply, payload: unknown, done) => {
      const revision = (payload as { streamRevision?: unknown } | null)?.streamRevision;
      if (request.method === 'POST' && reply.statusCode === 201 && typeof revision === 'number') reply.header('etag', `"${revision}"`);
      done(null, payload);
    });
  const idempotency = app.get(IdempotencyGuard);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      idempotency.complete(request, reply.statusCode, typeof payload === 'string' ? payload : '', (name) => reply.getHeader(name));
      done(null, payload);
    });
  // Evidence uploads (multipart/form-data): one file, a few short fields, the file no larger than LEDGER_UPLOAD_LIMIT.
  await app.register(multipart, { limits: { fileSize: bytes(config.LEDGER_UPLOAD_LIMIT), files: 1, fields: 10, fieldSize: 10_000, parts: 12 } });
  // Helmet's security headers on every response. No content security policy: Swagger UI on
  // /docs needs its inline script and styles, and evidence downloads set their own.
  await app.register(helmet, { contentSecurityPolicy: false });
  // With no origins named, browsers get no cross-origin access, and no response carries CORS headers.
  const origins = config.LEDGER_CORS_ORIGINS.split(',').filter(Boolean);
  if (origins.length > 0) {
    app.enableCors({
      origin: origins.includes('*') ? true : origins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-correlation-id'],
      exposedHeaders: ['etag', 'location', 'retry-after', 'x-correlation-id'],
    });
  }

  SwaggerModule.setup('docs', app, () => ledgerOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  // The web app (apps/web) under /app/, with a content security policy of its own.
  await serveWebApp(app, config.LEDGER_WEB_DIR, { oidcIssuer: config.LEDGER_AUTH_MODE === 'oidc' ? config.OIDC_ISSUER : undefined });
  return app;
}
