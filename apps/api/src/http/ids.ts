import { v7 as uuidv7 } from 'uuid';

/**
 * Ids for new streams (a compact, a dispute) and new events: UUIDv7 (RFC 9562),
 * whose leading bits are the time it was made. The store indexes every event by its
 * id and its stream; random ids put each insert on a random page of those indexes,
 * so each group commit wrote two pages an event to the WAL, where ids that grow with
 * time fill the same few pages. They also sort by when they were made. They carry
 * that time to the millisecond, which the event's envelope records anyway.
 */
export function newId(): string {
  return uuidv7();
}
