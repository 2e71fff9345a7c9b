import type { Actor, EventStore, ExpectedRevision, JsonObject, NewEvent, RecordedEvent } from '../port/event-store.port';
import { UnknownEventTypeError, WrongExpectedRevisionError } from '../port/errors';

/** The decider shape the pipeline needs; libs/domain's deciders satisfy it. */
export interface PipelineDecider<Command, Event extends { type: string; data: object; effectiveAt?: string }, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
  /** A stored event as the aggregate's typed event (upcast), or null for a type it does not know. */
  decode(stored: { type: string; data: unknown }): Event | null;
}

export interface CommandContext {
  actor: Actor;
  correlationId: string | null;
  causationId: string | null;
  newEventId(): string;
  /**
   * An id for something the command creates (a compact, a dispute, a fact), told apart by
   * `purpose`: made fresh, or made again the same when the request is sent again (see
   * `eventIdFor`), so a retry names the same thing.
   */
  newIdFor(purpose: string): string;
  /**
   * Where the command can be recognised when it is run again, the request sent again
   * under its Idempotency-Key or a saga's consequence derived again from its cause:
   * the id of the command's `index`-th event, the same on every attempt and every run. The store then refuses a second copy of the batch, and a
   * command whose events are in the stream already is answered with what was
   * recorded, not decided again: a retry after a crash between the append and the
   * answer answers as the first would have.
   */
  eventIdFor?(index: number): string;
  /**
   * The revision the client said it read (If-Match). When given, a conflict is the
   * client's to resolve (409); when absent, the pipeline re-reads and decides again.
   */
  expectedRevision?: number | 'no_stream';
}

export interface CommandOutcome<Event> {
  streamId: string;
  streamRevision: number;
  position: number;
  events: Event[];
}

const MAX_ATTEMPTS = 5;

export interface PipelineOptions<State> {
  /**
   * Runs on the folded state before decide(), each attempt: an access rule that
   * depends on the aggregate (a mediator acts only on the disputes it is appointed
   * to) throws here, and nothing is appended.
   */
  authorise?(state: State): void;
  /**
   * The command starts a stream under an id just made (a new compact, a new
   * dispute): decide on the initial state and append expecting no stream, without
   * reading first. Should the stream exist after all, the append fails on its
   * expected revision and the command is read and decided again as usual.
   */
  startsStream?: boolean;
}

/**
 * The one write path (docs/architecture.md): read the stream, fold it with evolve,
 * decide, append expecting the revision that was read. decide() is pure, so on a
 * concurrent write it is safe to read again and decide again.
 */
export async function handleCommand<Command, Event extends { type: string; data: object; effectiveAt?: string }, State>(
  store: EventStore,
  streamId: string,
  decider: PipelineDecider<Command, Event, State>,
  command: Command,
  context: CommandContext,
  options: PipelineOptions<State> = {},
): Promise<CommandOutcome<Event>> {
  for (let attempt = 1; ; attempt++) {
    const assumeEmpty = attempt === 1 && options.startsStream === true && context.expectedRevision === undefined;
    const recorded = assumeEmpty ? [] : await store.readStream(streamId);
    const already = context.eventIdFor ? recordedBefore(recorded, context.eventIdFor) : null;
    if (already) return { streamId, ...already, events: already.events as unknown as Event[] };
    const revision = recorded.length === 0 ? null : recorded[recorded.length - 1].revision;
    if (context.expectedRevision !== undefined && !sameRevision(context.expectedRevision, revision)) {
      throw new WrongExpectedRevisionError(streamId, context.expectedRevision, revision);
    }
    const state = foldForDecision(streamId, decider, recorded);

    options.authorise?.(state);
    const events = decider.decide(command, state);
    if (events.length === 0) return { streamId, streamRevision: revision ?? -1, position: await store.headPosition(), events };

    const expected: ExpectedRevision = revision === null ? 'no_stream' : revision;
    try {
      const result = await store.append(
        streamId,
        events.map((event, index) => toNewEvent(event, context, index)),
        expected,
      );
      return { streamId, ...result, events };
    } catch (error) {
      const retry = error instanceof WrongExpectedRevisionError && context.expectedRevision === undefined && attempt < MAX_ATTEMPTS;
      if (!retry) throw error;
    }
  }
}

/**
 * A stream's state as a decision may rest on it: every event decoded and folded. An
 * event of a type this version does not know is refused rather than skipped: deciding
 * without it could break a rule the unknown fact enforces.
 */
export function foldForDecision<Event extends { type: string; data: object }, State>(
  streamId: string,
  decider: Pick<PipelineDecider<unknown, Event, State>, 'initialState' | 'evolve' | 'decode'>,
  recorded: readonly RecordedEvent[],
): State {
  let state = decider.initialState();
  for (const stored of recorded) {
    const event = decider.decode(stored);
    if (event === null) throw new UnknownEventTypeError(streamId, stored.revision, stored.type);
    state = decider.evolve(state, event);
  }
  return state;
}

/** Reads a stream and folds it for a decision (see foldForDecision). */
export async function readForDecision<Event extends { type: string; data: object }, State>(
  store: EventStore,
  streamId: string,
  decider: Pick<PipelineDecider<unknown, Event, State>, 'initialState' | 'evolve' | 'decode'>,
): Promise<State> {
  return foldForDecision(streamId, decider, await store.readStream(streamId));
}

function sameRevision(expected: number | 'no_stream', actual: number | null): boolean {
  return expected === 'no_stream' ? actual === null : expected === actual;
}

/** The batch this request recorded before (its first event's id found in the stream), as the outcome it had. */
function recordedBefore(recorded: RecordedEvent[], eventIdFor: (index: number) => string): Omit<CommandOutcome<unknown>, 'streamId'> | null {
  const first = recorded.findIndex((event) => event.metadata.eventId === eventIdFor(0));
  if (first < 0) return null;
  let count = 1;
  while (recorded[first + count]?.metadata.eventId === eventIdFor(count)) count++;
  const batch = recorded.slice(first, first + count);
  const last = batch[batch.length - 1];
  return {
    streamRevision: last.revision,
    position: last.position,
    events: batch.map((event) => ({
      type: event.type,
      data: event.data,
      ...(event.metadata.effectiveAt === null ? {} : { effectiveAt: event.metadata.effectiveAt }),
    })),
  };
}

function toNewEvent(event: { type: string; data: object; effectiveAt?: string }, context: CommandContext, index: number): NewEvent {
  return {
    type: event.type,
    data: event.data as JsonObject,
    metadata: {
      eventId: context.eventIdFor ? context.eventIdFor(index) : context.newEventId(),
      actor: context.actor,
      effectiveAt: event.effectiveAt ?? null,
      correlationId: context.correlationId,
      causationId: context.causationId,
    },
  };
}
