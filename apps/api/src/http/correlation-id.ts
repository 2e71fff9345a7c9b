import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

type WithHeaders = Pick<IncomingMessage, 'headers'>;

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A client's X-Correlation-Id (or X-Request-Id) is kept when it is sane; otherwise one is made. */
export function correlationIdOf(request: WithHeaders): string {
  const given = request.headers['x-correlation-id'] ?? request.headers['x-request-id'];
  return typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
}
