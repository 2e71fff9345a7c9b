import { type AllStreamResolvedEvent, type AllStreamSubscription, type EventStoreDBClient, START } from '@eventstore/db-client';
import { StoreUnavailableError } from '../port/errors';
import type { AllSubscription, RecordedEvent, SubscriptionBatch } from '../port/event-store.port';
import { isSystemEvent, toRecordedEvent } from './esdb-records';

export interface SubscriptionRetryOptions {
  /** First wait before resubscribing after the connection dropped. Default 100 ms. */
  initialDelayMs?: number;
  /** Longest wait between attempts (the wait doubles each time). Default 2000 ms. */
  maxDelayMs?: number;
  /** Attempts in a row without a server answer before the subscription fails with StoreUnavailableError. Default: never gives up. */
  maxAttempts?: number;
}

const CAUGHT_UP = Symbol('caught up');
type Item = RecordedEvent | typeof CAUGHT_UP;

/**
 * A catch-up subscription to $all that survives dropped connections.
 *
 * It follows the server's subscription (@eventstore/db-client subscribeToAll): the
 * events after the starting position, the server's `caught_up` message, then live
 * events. When the connection drops it subscribes again from the position of the last
 * event it received, so nothing is lost or repeated: what was received stays queued
 * for the consumer, and the server starts after the given position.
 *
 * The client reports `caught_up` as an event beside the stream of events; the events
 * before it may still sit in the stream's buffer then, so the marker is placed after
 * those (counted by readableLength) to keep the order the server sent.
 */
export class EsdbAllSubscription implements AllSubscription {
  private readonly queue: Item[] = [];
  private wake: (() => void) | null = null;
  private current: AllStreamSubscription | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private resumeAfter: number;
  private live = false;
  private attempts = 0;
  private failure: Error | null = null;
  private closed = false;
  private readonly maxBatch: number;
  private readonly highWater: number;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: { after: number; maxBatch: number; retry?: SubscriptionRetryOptions; onClose?: () => void },
  ) {
    this.resumeAfter = options.after;
    this.maxBatch = Math.max(1, options.maxBatch);
    this.highWater = Math.max(1000, 4 * this.maxBatch);
    this.subscribe();
  }

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionBatch> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const current = this.current;
    this.current = null;
    this.notify();
    this.options.onClose?.();
    if (current) await current.unsubscribe().catch(() => undefined);
  }

  private async next(): Promise<IteratorResult<SubscriptionBatch>> {
    for (;;) {
      if (this.closed) return { done: true, value: undefined };
      if (this.queue.length > 0) return { done: false, value: this.takeBatch() };
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private takeBatch(): SubscriptionBatch {
    const events: RecordedEvent[] = [];
    let caughtUp = false;
    while (this.queue.length > 0 && events.length < this.maxBatch) {
      const item = this.queue.shift()!;
      if (item === CAUGHT_UP) {
        caughtUp = true;
        this.live = true;
        break;
      }
      events.push(item);
    }
    if (!caughtUp && this.queue[0] === CAUGHT_UP) {
      this.queue.shift();
      caughtUp = this.live = true;
    }
    // Once live, a batch that empties the queue has reached the head.
    if (this.live && this.queue.length === 0) caughtUp = true;
    if (this.current?.isPaused() && this.queue.length < this.highWater / 2) this.current.resume();
    return { events, caughtUp };
  }

  private push(item: Item): void {
    this.queue.push(item);
    if (this.queue.length >= this.highWater) this.current?.pause();
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private subscribe(): void {
    if (this.closed) return;
    const fromPosition = this.resumeAfter > 0 ? { commit: BigInt(this.resumeAfter), prepare: BigInt(this.resumeAfter) } : START;
    const subscription = this.client.subscribeToAll({ fromPosition });
    this.current = subscription;
    let received = 0;
    let caughtUpAfter: number | null = null;
    const mine = () => this.current === subscription && !this.closed;

    subscription.on('confirmation', () => {
      if (mine()) this.attempts = 0;
    });
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (!mine()) return;
      received++;
      const event = toRecordedEvent(resolved);
      // Positions only grow; a repeat after a resubscription would be dropped here.
      if (event && event.position > this.resumeAfter) {
        this.resumeAfter = event.position;
        if (!isSystemEvent(event.streamId, event.type)) this.push(event);
      }
      if (caughtUpAfter !== null && received >= caughtUpAfter) {
        caughtUpAfter = null;
        this.push(CAUGHT_UP);
      }
    });
    subscription.on('caughtUp', () => {
      if (!mine()) return;
      const after = received + subscription.readableLength;
      if (after <= received) this.push(CAUGHT_UP);
      else caughtUpAfter = after;
    });
    subscription.on('error', (error: Error) => this.dropped(subscription, error));
    subscription.on('end', () => this.dropped(subscription, new Error('the server ended the subscription')));
  }

  /** The connection went away: subscribe again from the last event received, after a pause. */
  private dropped(subscription: AllStreamSubscription, error: Error): void {
    if (this.current !== subscription || this.closed) return;
    this.current = null;
    this.live = false;
    subscription.removeAllListeners('data');
    subscription.destroy();
    const retry = this.options.retry ?? {};
    this.attempts++;
    if (this.attempts > (retry.maxAttempts ?? Infinity)) {
      this.failure = new StoreUnavailableError(`the subscription to $all was lost: ${error.message}`, { cause: error });
      this.notify();
      return;
    }
    const delay = Math.min((retry.initialDelayMs ?? 100) * 2 ** (this.attempts - 1), retry.maxDelayMs ?? 2000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.subscribe();
    }, delay);
  }
}
