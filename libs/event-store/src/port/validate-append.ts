import type { ExpectedRevision, NewEvent } from './event-store.port';
import { InvalidAppendError } from './errors';

/** Stream ids and event types are plain names: no quotes, escapes or control characters to encode. */
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;

export function validateAppend(streamId: string, events: NewEvent[], expected: ExpectedRevision): void {
  if (typeof streamId !== 'string' || !PLAIN_NAME.test(streamId)) {
    throw new InvalidAppendError(`stream id ${JSON.stringify(streamId)} must be 1-200 letters, digits or . _ : @ - and not start with a symbol`);
  }
  if (!Array.isArray(events) || events.length === 0) throw new InvalidAppendError('an append needs at least one event');
  if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0)) {
    throw new InvalidAppendError(`expected revision must be a non-negative integer, 'no_stream', 'stream_exists' or 'any'`);
  }
  const ids = new Set<string>();
  for (const event of events) {
    if (typeof event.type !== 'string' || !PLAIN_NAME.test(event.type))
      throw new InvalidAppendError(`event type ${JSON.stringify(event.type)} is not a plain name`);
    if (!event.metadata?.eventId) throw new InvalidAppendError('every event needs an eventId');
    if (ids.has(event.metadata.eventId)) throw new InvalidAppendError(`event id ${event.metadata.eventId} appears twice in one batch`);
    ids.add(event.metadata.eventId);
    if (!event.metadata.actor) throw new InvalidAppendError('every event needs an actor');
  }
}
