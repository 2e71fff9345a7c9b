import { newId } from './ids';
import type { FastifyRequest } from 'fastify';
import type { Actor, CommandContext } from '@compact-ledger/event-store';
import { RequestValidationError } from './problems';

export type LedgerRequest = FastifyRequest & { actor?: Actor };

/** What a command handler needs from the request: who, which request, and the revision the client read. */
export function commandContextFrom(request: LedgerRequest): CommandContext {
  return {
    // Set by the AccessGuard from the verified token; never from the body.
    actor: actorOf(request),
    correlationId: String(request.id),
    causationId: null,
    newEventId: newId,
    expectedRevision: expectedRevisionFrom(singleHeader(request.headers['if-match'])),
  };
}

function actorOf(request: LedgerRequest): Actor {
  if (!request.actor) throw new Error('no authenticated actor: a command route without an access policy?');
  return request.actor;
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/** `If-Match: "3"` (the ETag a read returned) makes a command conditional on that stream revision. */
function expectedRevisionFrom(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  // Our ETags are strong and If-Match compares strongly (RFC 9110 13.1.1): a weak one could never match.
  const match = /^\s*"?([0-9]{1,15})"?\s*$/.exec(ifMatch);
  if (!match)
    throw new RequestValidationError([{ field: 'If-Match', message: 'If-Match must be a stream revision ETag such as "3" (strong, as reads give it)' }]);
  return Number(match[1]);
}
