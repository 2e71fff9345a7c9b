import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainRuleViolation, NotFoundInDomain } from '@compact-ledger/domain';
import {
  AppendTooLargeError,
  DuplicateEventIdError,
  LogIntegrityError,
  StoreUnavailableError,
  UnknownEventTypeError,
  WrongExpectedRevisionError,
} from '@compact-ledger/event-store';
import { ActionNotAllowedError } from '../auth/policies';
import { EvidenceFileAlteredError } from '../disputes/evidence-uploads';
import { TransparencyFaultError, TransparencyUnavailableError } from '../ledger/ledger-transparency';
import { UnauthenticatedError } from '@compact-ledger/auth';
import { IdempotencyKeyInFlightError, IdempotencyKeyReusedError, IdempotentReplay } from '../idempotency/idempotency.guard';
import { correlationIdOf } from './correlation-id';
import {
  type ProblemDetails,
  problemType,
  OperationInProgressError,
  EvidencePacksBusyError,
  ReadModelBehindError,
  RequestValidationError,
  ResourceNotFoundError,
  UploadTooLargeError,
} from './problems';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** What Fastify raises itself before a handler runs (an unreadable body, an unsupported media type). */
interface FastifyHttpError {
  code: string;
  statusCode: number;
  message: string;
}

function isFastifyHttpError(error: unknown): error is FastifyHttpError {
  const e = error as Partial<FastifyHttpError> | null;
  return typeof e?.code === 'string' && e.code.startsWith('FST_') && typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500;
}

/**
 * SQLite failing on its files (read models, idempotency keys) rather than on a query: the
 * data directory deleted, the disk full or failing. An operator's matter, not a bug in
 * the request or the code; SQLITE_ERROR and constraint failures stay 500s.
 */
function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(IOERR|CANTOPEN|FULL|CORRUPT|NOTADB|READONLY)/.test(code);
}

/**
 * What a client is told of a storage fault, by its kind: what happened and who can
 * cure it, never a path or SQLite's words (those go to the log).
 */
const STORAGE_CAUSES: Record<string, string> = {
  'disk-full': "the disk holding the ledger's files is full; an operator must free space",
  'read-only': "the ledger's files cannot be written (the filesystem or the files are read-only); an operator must restore them",
  'file-gone': 'the event store is unavailable until an operator restores it',
  'io-error': "the ledger's files could not be written (an I/O error); an operator must look at the disk",
};

/** The kind of a failure SQLite reported on one of the ledger's other files (read models, idempotency keys), by its code. */
function storageCauseOf(error: unknown): string {
  const code = String((error as { code?: unknown }).code);
  if (code.startsWith('SQLITE_FULL')) return 'disk-full';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'file-gone';
  return 'io-error';
}

/**
 * Answers every error as RFC 9457 problem details (application/problem+json).
 * What a client sent never produces a 500: each client mistake has its own type.
 * Stack traces, SQL and paths never leave the server; they go to the log.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (exception instanceof IdempotentReplay) {
      reply
        .status(exception.response.status)
        .headers(exception.response.headers)
        .header('content-type', 'application/json')
        .header('idempotency-replayed', 'true')
        .send(exception.response.body);
      return;
    }
    const problem = this.toProblem(exception);
    problem.instance = request.url;
    problem.correlationId = String(request.id ?? correlationIdOf(request));
    if ((problem.status >= 500 && problem.status !== 503 && problem.status !== 501) || isStorageFailure(exception)) {
      // Fastify's request logger carries the correlation id; the bare logger is for errors raised outside a request.
      if (request.log) request.log.error({ err: exception }, 'unhandled error');
      else this.logger.error({ err: exception, correlationId: problem.correlationId }, 'unhandled error');
    }
    if (exception instanceof StoreUnavailableError) {
      // The client is told only to try again; the operator needs the store's own reason.
      if (request.log) request.log.warn({ err: exception }, 'event store unavailable');
      else this.logger.warn({ err: exception, correlationId: problem.correlationId }, 'event store unavailable');
    }
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="compact-ledger"');
    // Only a 503 a retry can cure says when to retry.
    if (problem.status === 503 && problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
    delete problem.retryAfterSeconds;
    if (reply.sent) return;
    reply.status(problem.status).header('content-type', 'application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof UnauthenticatedError) {
      return { type: problemType('unauthenticated'), title: 'Authentication required', status: 401, detail: exception.message };
    }
    if (exception instanceof ActionNotAllowedError) {
      return { type: problemType('forbidden'), title: 'Not allowed', status: 403, detail: exception.message };
    }
    if (exception instanceof IdempotencyKeyReusedError) {
      return {
        type: problemType('idempotency-key-reused'),
        title: 'Idempotency-Key reused',
        status: 422,
        detail: exception.message,
        rule: 'idempotency-key-reused',
      };
    }
    if (exception instanceof IdempotencyKeyInFlightError) {
      return { type: problemType('idempotency-key-in-flight'), title: 'Request in progress', status: 409, detail: exception.message };
    }
    if (exception instanceof RequestValidationError) {
      return { type: problemType('validation-failed'), title: 'The request is not valid', status: 400, detail: exception.message, errors: exception.errors };
    }
    if (exception instanceof DomainRuleViolation) {
      return {
        type: problemType(`rule/${exception.rule}`),
        title: 'A ledger rule refused the command',
        status: 422,
        detail: exception.message,
        rule: exception.rule,
      };
    }
    if (exception instanceof ResourceNotFoundError || exception instanceof NotFoundInDomain) {
      return { type: problemType('not-found'), title: 'Not found', status: 404, detail: exception.message };
    }
    if (exception instanceof WrongExpectedRevisionError) {
      return {
        type: problemType('revision-conflict'),
        title: 'The resource changed since it was read',
        status: 409,
        detail: `expected revision ${String(exception.expected)}, but it is now ${exception.actual ?? 'not created'}; read it again and retry`,
        currentRevision: exception.actual,
      };
    }
    if (exception instanceof DuplicateEventIdError) {
      return {
        type: problemType('duplicate-event'),
        title: 'Conflicting retry',
        status: 409,
        detail: 'these events were already recorded as part of another request',
      };
    }
    if (exception instanceof UnknownEventTypeError) {
      // A newer instance wrote it (a rolling deploy): this one cannot decide on the stream, a newer one can.
      return {
        type: problemType('unknown-event-type'),
        title: 'This version of the ledger cannot decide on this stream',
        status: 503,
        detail: `${exception.message}; nothing was recorded. An instance of a newer version can take the command`,
        streamId: exception.streamId,
        revision: exception.revision,
        eventType: exception.eventType,
        retryAfterSeconds: 5,
      };
    }
    if (exception instanceof OperationInProgressError) {
      return { type: problemType('operation-in-progress'), title: 'Already in progress', status: 409, detail: exception.message };
    }
    if (exception instanceof EvidenceFileAlteredError) {
      return { type: problemType('evidence-file-altered'), title: 'An evidence file no longer matches its hash', status: 500, detail: exception.message };
    }
    if (exception instanceof TransparencyFaultError) {
      return {
        type: problemType('transparency-log-fault'),
        title: 'The transparency log does not agree with the event log',
        status: 503,
        detail: `${exception.message}; no checkpoint, proof or evidence pack is given until an operator restores the log`,
      };
    }
    if (exception instanceof TransparencyUnavailableError) {
      return { type: problemType('transparency-unavailable'), title: 'No transparency log on this ledger', status: 501, detail: exception.message };
    }
    if (exception instanceof UploadTooLargeError) {
      return {
        type: problemType('upload-too-large'),
        title: 'The upload is too large',
        status: 413,
        detail: exception.message,
        limitBytes: exception.limitBytes,
      };
    }
    if (exception instanceof AppendTooLargeError) {
      const limit = exception.limitBytes === null ? 'its limit' : `its limit of ${exception.limitBytes} bytes`;
      return {
        type: problemType('append-too-large'),
        title: 'Too large for the event store',
        status: 413,
        detail: `${exception.limitOn === 'append' ? 'the events of this request together are' : 'an event of this request is'} larger than the event store takes (${limit}); nothing was recorded`,
        limitBytes: exception.limitBytes,
      };
    }
    if (exception instanceof EvidencePacksBusyError) {
      return {
        type: problemType('evidence-packs-busy'),
        title: 'Evidence packs are busy',
        status: 503,
        detail: exception.message,
        atOnce: exception.atOnce,
        retryAfterSeconds: 10,
      };
    }
    if (exception instanceof ReadModelBehindError) {
      return { type: problemType('read-model-behind'), title: 'Not yet readable', status: 503, detail: exception.message, retryAfterSeconds: 1 };
    }
    if (exception instanceof LogIntegrityError) {
      const broken = exception.broken;
      return broken
        ? {
            type: problemType('chain-broken'),
            title: 'This record fails its hash chain',
            status: 503,
            detail: exception.message,
            streamId: broken.streamId,
            revision: broken.revision,
            position: broken.position,
            reason: broken.reason,
          }
        : { type: problemType('log-incomplete'), title: 'The event log is not whole', status: 503, detail: exception.message };
    }
    if (exception instanceof StoreUnavailableError) {
      const cause = exception.fault?.kind ?? (exception.retryable ? 'unreachable' : 'file-gone');
      return {
        type: problemType('store-unavailable'),
        title: 'The event store is unavailable',
        status: 503,
        cause,
        ...(exception.retryable
          ? { detail: 'the event store cannot be reached; try again shortly', retryAfterSeconds: 5 }
          : { detail: `${STORAGE_CAUSES[cause] ?? STORAGE_CAUSES['file-gone']}; nothing was recorded` }),
      };
    }
    if (isStorageFailure(exception)) {
      const cause = storageCauseOf(exception);
      return {
        type: problemType('storage-unavailable'),
        title: 'The ledger cannot read or write its files',
        status: 503,
        cause,
        detail: `${STORAGE_CAUSES[cause] ?? "the ledger's data files cannot be used until an operator restores them"}; nothing was recorded`,
      };
    }
    if (isFastifyHttpError(exception)) {
      return this.httpProblem(exception.statusCode, exception.message, exception.code);
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const detail = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? exception.message);
      return this.httpProblem(exception.getStatus(), detail);
    }
    return {
      type: problemType('internal-error'),
      title: 'Internal Server Error',
      status: 500,
      detail: 'an unexpected error occurred; quote the correlation id when reporting it',
    };
  }

  /** Errors the HTTP layer raises before a handler runs: unreadable bodies, unknown routes, rate limits and the like. */
  private httpProblem(status: number, detail: string, code?: string): ProblemDetails {
    if (status === 429) {
      return {
        type: problemType('rate-limited'),
        title: 'Too many requests',
        status,
        detail: 'this subject has made too many requests; wait as Retry-After says',
      };
    }
    if (status === 413 || code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // The contract answers every unreadable body 400, a too-large one included; the type says which.
      return {
        type: problemType('body-too-large'),
        title: 'The request body is too large',
        status: 400,
        detail: 'the request body is larger than the configured limit',
      };
    }
    if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (status === 400 && /JSON/.test(detail))) {
      return {
        type: problemType('malformed-json'),
        title: 'The request body is not valid JSON',
        status: 400,
        detail: 'the request body could not be parsed as JSON',
      };
    }
    if (status === 415) {
      return {
        type: problemType('unsupported-media-type'),
        title: 'Unsupported media type',
        status,
        detail: 'this route does not take a body of that media type',
        errors: [{ field: 'content-type', message: 'send application/json, or multipart/form-data where the route takes an upload' }],
      };
    }
    const title = STATUS_TITLES[status] ?? 'Error';
    return { type: problemType(title.toLowerCase().replace(/[^a-z]+/g, '-')), title, status, detail };
  }
}
