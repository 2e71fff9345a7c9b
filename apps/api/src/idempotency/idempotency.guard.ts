import { createHash } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { canonicalJson } from '@compact-ledger/event-store';
import { RequestValidationError } from '../http/problems';
import type { LedgerRequest } from '../http/request-context';
import { IdempotencyStore, REPLAYED_HEADERS, type StoredResponse } from './idempotency-store';

/** The key is being used by a request still in flight. */
export class IdempotencyKeyInFlightError extends Error {
  override readonly name = 'IdempotencyKeyInFlightError';
}

/** The key was used before with another request. */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
}

/** The key was used before with this same request: answer what was answered then. */
export class IdempotentReplay extends Error {
  override readonly name = 'IdempotentReplay';
  constructor(readonly response: StoredResponse) {
    super('replayed');
  }
}

export const IDEMPOTENCY = Symbol('IDEMPOTENCY');
const KEY = /^[\x21-\x7e]{1,200}$/;

export interface PendingIdempotency {
  subject: string;
  key: string;
  /** Null until an upload's handler has read the body it is taken over (see settle). */
  fingerprint: string | null;
}

type IdempotentRequest = LedgerRequest & { [IDEMPOTENCY]?: PendingIdempotency };

/**
 * `Idempotency-Key` on a POST: a retry with the same key and body gets the first
 * response and appends nothing; the same key with another body is 422. Keys are
 * per subject. The response is kept when it is sent (bootstrap.ts hooks
 * `complete` to Fastify's onSend).
 */
@Injectable()
export class IdempotencyGuard implements CanActivate {
  /** Keys of requests being handled, with their fingerprints (null for an upload not yet read). */
  private readonly inFlight = new Map<string, string | null>();

  constructor(@Inject(IdempotencyStore) private readonly store: IdempotencyStore) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || !request.actor) return true;
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new RequestValidationError([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1-200 visible ASCII characters' }]);
    }
    // A multipart upload's body is streamed by its handler, which settles the key once it has read it.
    const deferred = /^multipart\//i.test(String(request.headers['content-type'] ?? ''));
    const fingerprint = deferred ? null : this.fingerprintOf(request, canonicalJson(request.body ?? null));
    if (fingerprint !== null) this.replayIfKnown(request.actor.subject, key, fingerprint);
    const slot = `${request.actor.subject}\n${key}`;
    if (this.inFlight.has(slot)) {
      const other = this.inFlight.get(slot);
      // Another request under the key is 422 whether the first has finished or not; the same one, still running, is 409.
      if (fingerprint !== null && other !== null && other !== fingerprint)
        throw new IdempotencyKeyReusedError(`Idempotency-Key ${key} was used before with another request`);
      throw new IdempotencyKeyInFlightError(`a request with Idempotency-Key ${key} is still being handled`);
    }
    this.inFlight.set(slot, fingerprint);
    request[IDEMPOTENCY] = { subject: request.actor.subject, key, fingerprint };
    return true;
  }

  /**
   * For a body its handler reads (an upload): checks the key against the request
   * as read (`material` names all of it, the file by its hash). Throws as canActivate
   * would: a replay of the first response, or 422 for another request.
   */
  settle(request: LedgerRequest, material: string): void {
    const pending = (request as IdempotentRequest)[IDEMPOTENCY];
    if (!pending || pending.fingerprint !== null) return;
    const fingerprint = this.fingerprintOf(request, material);
    this.replayIfKnown(pending.subject, pending.key, fingerprint);
    pending.fingerprint = fingerprint;
    this.inFlight.set(`${pending.subject}\n${pending.key}`, fingerprint);
  }

  private fingerprintOf(request: LedgerRequest, body: string): string {
    return createHash('sha256').update(`${request.method} ${request.url}\n${body}`).digest('hex');
  }

  private replayIfKnown(subject: string, key: string, fingerprint: string): void {
    const stored = this.store.get(subject, key);
    if (!stored) return;
    if (stored.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError(`Idempotency-Key ${key} was used before with another request`);
    throw new IdempotentReplay(stored);
  }

  /** Called as the response is sent: a success is kept for replay; the key is free again either way. */
  complete(request: object, status: number, body: string, header: (name: string) => unknown = () => undefined): void {
    return this.completeRequest(request as IdempotentRequest, status, body, header);
  }

  private completeRequest(request: IdempotentRequest, status: number, body: string, header: (name: string) => unknown): void {
    const pending = request[IDEMPOTENCY];
    if (!pending) return;
    this.inFlight.delete(`${pending.subject}\n${pending.key}`);
    if (status >= 200 && status < 300 && pending.fingerprint !== null) {
      const headers = Object.fromEntries(REPLAYED_HEADERS.flatMap((name) => (typeof header(name) === 'string' ? [[name, header(name) as string]] : [])));
      this.store.put(pending.subject, pending.key, { fingerprint: pending.fingerprint, status, body, headers });
    }
  }
}
