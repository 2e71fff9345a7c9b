import { v5 as uuidv5 } from 'uuid';
import { newId } from './ids';
import type { FastifyRequest } from 'fastify';
import type { Actor, CommandContext } from '@compact-ledger/event-store';
import { IDEMPOTENCY, type PendingIdempotency } from '../idempotency/idempotency.guard';
import { RequestValidationError } from './problems';

export type LedgerRequest = FastifyRequest & { actor?: Actor };

/** What a command handler needs from the request: who, which request, and the revision the client read. */
export function commandContextFrom(request: LedgerRequest): CommandContext {
  const keyed = keyedRequest(request);
  return {
    // Set by the AccessGuard from the verified token; never from the body.
    actor: actorOf(request),
    correlationId: String(request.id),
    causationId: null,
    newEventId: newId,
    newIdFor: (purpose: string) => newIdFor(request, purpose),
    // A request sent with an Idempotency-Key makes the same event ids when sent again (see CommandContext).
    ...(keyed ? { eventIdFor: (index: number) => derivedId(keyed, 'event', index) } : {}),
    expectedRevision: expectedRevisionFrom(singleHeader(request.headers['if-match'])),
  };
}

/**
 * An id for something a command creates (a compact, a dispute, an evidence record, a
 * fact): made fresh, or, for a request with an Idempotency-Key, derived from it so that
 * the request sent again after a crash names the same thing and is answered as the
 * first would have been. `purpose` tells apart the ids one request makes.
 */
export function newIdFor(request: LedgerRequest, purpose: string): string {
  const keyed = keyedRequest(request);
  return keyed ? derivedId(keyed, purpose, 0) : newId();
}

/** Where the ledger's derived ids live: UUIDv5 names (RFC 9562) under a namespace of its own. */
const DERIVED_IDS = 'a8a1f7d2-6a0e-5b8e-9d55-3c1b7f0e2c4d';

function keyedRequest(request: LedgerRequest): PendingIdempotency | undefined {
  return (request as LedgerRequest & { [IDEMPOTENCY]?: PendingIdempotency })[IDEMPOTENCY];
}

/**
 * The subject, the key and the request itself (method, path and body, as the guard
 * fingerprints it) name the id: the same request again makes it again; another body
 * under the same key does not. Read when called, as an upload's fingerprint is settled
 * only once its body has been read.
 */
function derivedId(keyed: PendingIdempotency, purpose: string, index: number): string {
  return uuidv5(`${keyed.subject}\n${keyed.key}\n${keyed.fingerprint ?? ''}\n${purpose}\n${index}`, DERIVED_IDS);
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
