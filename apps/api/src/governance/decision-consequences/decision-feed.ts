import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { type DecisionRecorded, decisionConsequence, decisionReference, meetingEventCodec } from '@compact-ledger/domain';
import type { AllSubscription, EventStore, RecordedEvent } from '@compact-ledger/event-store';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { DecisionWithConsequenceRecorded } from './decisions-act-on-the-compact.saga';
import { type ConsequenceOutcome, ConsequenceOutcomes } from './enact-decision-consequence';
import { type ConsequenceOutcomeRecord, SagaStore } from './saga-store';

export const SAGA_NAME = 'decision-consequences';
export const SAGA_STORE = Symbol('SAGA_STORE');

/** Waits before the first retry of a consequence that could not be tried; it doubles up to a minute. */
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 60_000;
/** How long the feed waits for the saga's command to answer before it counts the attempt failed. */
const OUTCOME_TIMEOUT_MS = 30_000;

/** The saga's section of /health. */
export interface DecisionConsequencesHealth {
  name: string;
  /** The last position of the log it has dealt with. */
  position: number;
  caughtUp: boolean;
  /** The consequence it is retrying, if one could not be recorded; later ones wait behind it, in order. */
  failing: { decision: string; causeEventId: string; attempts: number; error: string; nextAttemptAt: string } | null;
  recorded: number;
  refused: number;
  /** The latest consequences their stream's rules refused (they will not succeed by retrying). */
  latestRefusals: ConsequenceOutcomeRecord[];
  /** Why the feed itself stopped reading the log, if it did (it starts again). */
  error: string | null;
}

/**
 * How the decision-consequences saga learns of decisions, reliably across restarts: a catch-up
 * subscription to the log from the saga's own checkpoint (in `sagas.db`), publishing each
 * DecisionRecorded that has a consequence on Nest's event bus and waiting for the outcome of the
 * command the saga sends, before it moves its checkpoint past the decision. A crash between the
 * decision and its consequence leaves the checkpoint before the decision, so the next start
 * sends the command again; its events' ids are derived from the decision's, so nothing is
 * recorded twice. A consequence that cannot be tried (the store unavailable) is retried, with
 * backoff, and shown in /health; one its stream refuses is recorded as refused and shown there.
 */
@Injectable()
export class DecisionFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DecisionConsequences');
  private position = 0;
  private caughtUp = false;
  private failing: DecisionConsequencesHealth['failing'] = null;
  private error: string | null = null;
  private stopped = false;
  private subscription: AllSubscription | null = null;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SAGA_STORE) private readonly sagas: SagaStore,
    private readonly events: EventBus,
    private readonly outcomes: ConsequenceOutcomes,
  ) {}

  onApplicationBootstrap(): void {
    this.position = this.sagas.checkpoint(SAGA_NAME);
    // After every bootstrap hook has run, so the saga is registered on the event bus.
    setImmediate(() => {
      if (!this.stopped) this.loop = this.run();
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.subscription?.close().catch(() => undefined);
    await this.loop;
    this.sagas.close();
  }

  health(): DecisionConsequencesHealth {
    let outcomes: Pick<DecisionConsequencesHealth, 'recorded' | 'refused' | 'latestRefusals'> = { recorded: 0, refused: 0, latestRefusals: [] };
    let error = this.error;
    try {
      outcomes = { ...this.sagas.counts(), latestRefusals: this.sagas.refusals(10) };
    } catch (failure) {
      // Its file unreadable (the data directory gone): said here, not thrown at /health.
      error = `cannot read the saga's state: ${(failure as Error).message}`;
    }
    return { name: SAGA_NAME, position: this.position, caughtUp: this.caughtUp, failing: this.failing, ...outcomes, error };
  }

  private async run(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        this.subscription = this.store.subscribeToAll({ after: this.position, maxBatch: 500 });
        for await (const batch of this.subscription) {
          for (const event of batch.events) {
            if (this.stopped) return;
            const decision = decisionWithConsequence(event);
            if (decision) {
              await this.carryOut(event, decision);
              if (this.stopped) return;
              this.position = event.position;
              this.sagas.saveCheckpoint(SAGA_NAME, this.position);
            } else {
              this.position = event.position;
            }
          }
          if (batch.events.length > 0) this.sagas.saveCheckpoint(SAGA_NAME, this.position);
          this.caughtUp = batch.caughtUp;
          this.error = null;
          attempt = 1;
          if (this.stopped) return;
        }
        if (!this.stopped) throw new Error('the subscription ended unexpectedly');
      } catch (error) {
        if (this.stopped) return;
        this.error = (error as Error).message;
        this.caughtUp = false;
        this.logger.warn(`reading the log failed (${this.error}); starting again`);
        await this.subscription?.close().catch(() => undefined);
        await this.pause(retryDelay(attempt));
      }
    }
  }

  /** Until the consequence is recorded (or was already) or refused; retried while it cannot be tried. */
  private async carryOut(event: RecordedEvent, decision: DecisionRecorded): Promise<void> {
    const reference = decisionReference(decision.data.meetingId, decision.data.decisionId);
    for (let attempt = 1; !this.stopped; attempt++) {
      const outcome = this.outcomes.expect(event.metadata.eventId, OUTCOME_TIMEOUT_MS);
      this.events.publish(new DecisionWithConsequenceRecorded(event));
      const result: ConsequenceOutcome = await outcome;
      if (result.kind !== 'failed') {
        this.failing = null;
        this.record(event, reference, result, attempt);
        if (result.kind === 'refused') this.logger.warn(`the consequence of ${reference} was refused: ${result.detail}`);
        return;
      }
      const delay = retryDelay(attempt);
      this.failing = {
        decision: reference,
        causeEventId: event.metadata.eventId,
        attempts: attempt,
        error: result.error,
        nextAttemptAt: new Date(Date.now() + delay).toISOString(),
      };
      this.logger.warn(`the consequence of ${reference} could not be recorded (attempt ${attempt}: ${result.error}); retrying in ${delay} ms`);
      await this.pause(delay);
    }
  }

  private record(event: RecordedEvent, decision: string, result: Exclude<ConsequenceOutcome, { kind: 'failed' }>, attempts: number): void {
    const detail =
      result.kind === 'refused'
        ? result.detail
        : result.kind === 'recorded'
          ? `${result.eventIds.length} event(s) at position ${result.position}`
          : `already on its stream as event ${result.eventId}`;
    this.sagas.saveOutcome({
      causeEventId: event.metadata.eventId,
      decision,
      streamId: result.streamId,
      status: result.kind === 'refused' ? 'refused' : 'recorded',
      rule: result.kind === 'refused' ? result.rule : null,
      detail,
      attempts,
      at: new Date().toISOString(),
    });
  }

  /** Waits, cut short by shutdown. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}

function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempt - 1));
}

/** A DecisionRecorded on a meeting stream whose consequence the saga carries out; null for any other event. */
function decisionWithConsequence(event: RecordedEvent): DecisionRecorded | null {
  if (event.type !== 'DecisionRecorded' || !event.streamId.startsWith('meeting-')) return null;
  const decoded = meetingEventCodec.decode(event);
  return decoded?.type === 'DecisionRecorded' && decisionConsequence(decoded) !== null ? decoded : null;
}
