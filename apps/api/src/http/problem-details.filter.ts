import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainRuleViolation, NotFoundInDomain } from '@compact-ledger/domain';
import { DuplicateEventIdError, StoreUnavailableError, WrongExpectedRevisionError } from '@compact-ledger/event-store';
import { correlationIdOf } from './correlation-id';
import { UnreadableBodyError } from './json-body';
import { type ProblemDetails, problemType, ReadModelBehindError, RequestValidationError, ResourceNotFoundError } from './problems';

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
  503: 'Service Unavailable',
};

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
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl ?? request.url;
    problem.correlationId = String(request.id ?? correlationIdOf(request));
    if (problem.status >= 500 && problem.status !== 503) {
      this.logger.error({ err: exception, correlationId: request.id }, 'unhandled error');
    }
    if (problem.status === 503) response.setHeader('Retry-After', String(problem.retryAfterSeconds ?? 1));
    delete problem.retryAfterSeconds;
    if (response.headersSent) return;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
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
    if (exception instanceof ReadModelBehindError) {
      return { type: problemType('read-model-behind'), title: 'Not yet readable', status: 503, detail: exception.message, retryAfterSeconds: 1 };
    }
    if (exception instanceof StoreUnavailableError) {
      return {
        type: problemType('store-unavailable'),
        title: 'The event store is unavailable',
        status: 503,
        detail: 'the event store cannot be reached; try again shortly',
        retryAfterSeconds: 5,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? exception.message);
      return { type: status === 404 ? problemType('not-found') : 'about:blank', title: STATUS_TITLES[status] ?? 'Error', status, detail };
    }
    if (exception instanceof UnreadableBodyError) {
      // The contract answers every unreadable body 400 (a too-large one included); the type names the reason.
      return { type: problemType(exception.reason), title: 'The request body cannot be read', status: 400, detail: exception.message };
    }
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'an unexpected error occurred; quote the correlation id when reporting it',
    };
  }
}
