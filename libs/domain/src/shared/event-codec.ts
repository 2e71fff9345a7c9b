import type { DomainEvent } from './decider';

/** An event as a store hands it back: its type name and its JSON data (the envelope is the store's). */
export interface StoredEvent {
  readonly type: string;
  readonly data: unknown;
}

/**
 * Turns a stored event of an older shape into the current one. Keyed by the stored type
 * name, so a renamed type (`PartnerSigned` read as `PartnerSignedV2`) and a changed shape
 * under the same name are both handled here and nowhere else.
 */
export type Upcaster<Event extends DomainEvent> = (data: unknown) => Event;

/**
 * One aggregate's seam between what the store holds and its typed union of events.
 * `decode` answers the current typed event (upcast where needed), or null for a type this
 * version of the ledger does not know: an event written by a newer instance during a
 * rolling deploy. Readers keep such an event in the history and skip it in their folds;
 * the command pipeline refuses to decide on a stream that holds one.
 */
export interface EventCodec<Event extends DomainEvent> {
  decode(stored: StoredEvent): Event | null;
  /** Every type name this version writes (the union's members). */
  readonly types: ReadonlySet<Event['type']>;
}

/**
 * A codec for an aggregate's union. `types` is an object with one key per member of the
 * union, so the compiler names a type added to the union and forgotten here.
 */
export function eventCodec<Event extends DomainEvent>(
  types: { readonly [Type in Event['type']]: true },
  upcasters: Readonly<Record<string, Upcaster<Event>>> = {},
): EventCodec<Event> {
  const known = new Set(Object.keys(types) as Array<Event['type']>);
  return {
    types: known,
    decode(stored) {
      const upcast = Object.prototype.hasOwnProperty.call(upcasters, stored.type) ? upcasters[stored.type] : undefined;
      if (upcast) return upcast(stored.data);
      if (!known.has(stored.type as Event['type'])) return null;
      return { type: stored.type, data: stored.data } as Event;
    },
  };
}

/** The events a reader can fold, in order: those of unknown types are skipped (they stay in the stream). */
export function decodeKnown<Event extends DomainEvent>(codec: EventCodec<Event>, stored: readonly StoredEvent[]): Event[] {
  const events: Event[] = [];
  for (const event of stored) {
    const decoded = codec.decode(event);
    if (decoded !== null) events.push(decoded);
  }
  return events;
}
