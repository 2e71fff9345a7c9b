import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { compactStream, disputeStream } from '@compact-ledger/domain';
import { type EventStore, LogIntegrityError, SqliteEventStore, StoreUnavailableError } from '@compact-ledger/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';

/** The stream a route's `:id` names, by the route's first segment. */
const STREAM_OF_ROUTE: Record<string, (id: string) => string> = { compacts: compactStream, disputes: disputeStream };

/**
 * The record a request reads or adds to is there and whole.
 *
 * With the data directory deleted under a running API, the files stay open and could
 * still be read: every guarded request is answered 503 instead, as commands are,
 * rather than served from files an operator has to restore (/health says why).
 *
 * Every request about one compact or dispute (`/compacts/:id...`, `/disputes/:id...`),
 * read or command, is answered with a problem naming the stream and revision where the
 * store found its hash chain broken: the API neither serves altered text as the record
 * nor chains new events onto it. (The store refuses such appends itself as well.)
 */
@Injectable()
export class RecordIntegrityGuard implements CanActivate {
  private checkedAt = 0;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Asked of the filesystem at most every 200 ms (a stat costs 2-3 µs, where a request's
   * whole budget here is tens); at once where the store has already found it gone.
   */
  private fileGone(): string | null {
    if (!(this.store instanceof SqliteEventStore)) return null;
    const now = Date.now();
    if (now - this.checkedAt >= 200) {
      this.checkedAt = now;
      return this.store.fileGone();
    }
    return this.store.fileGoneSeen;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    // Public routes (/health, the docs, the public keys) have no actor and stay answering.
    const gone = (request as { actor?: unknown }).actor ? this.fileGone() : null;
    if (gone) throw new StoreUnavailableError(gone, { retryable: false, fault: { kind: 'file-gone', detail: gone, at: new Date().toISOString() } });
    const id = (request.params as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') return true;
    const streamOf = STREAM_OF_ROUTE[(request.routeOptions.url ?? '').split('/')[1] ?? ''];
    const broken = streamOf ? this.store.chainBreakOf(streamOf(id)) : null;
    if (broken) {
      throw new LogIntegrityError(
        `the record of ${broken.streamId} fails its hash chain at revision ${broken.revision} (${broken.reason}): it was altered outside the ledger, and is neither served nor added to until an operator restores it`,
        broken,
      );
    }
    return true;
  }
}
