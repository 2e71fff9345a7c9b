import type { StoredEvent } from './event-codec';

/**
 * A decider: plain functions over plain data.
 * decide() refuses a command by throwing a DomainRuleViolation; it never reads a
 * clock or makes an id: both arrive in the command.
 */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  type: Type;
  data: Data;
  /** When the fact took effect in the world (the date on the paper), where that differs from recording. */
  effectiveAt?: string;
}

export interface Decider<Command, Event extends DomainEvent, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
  /** The seam from stored events to this aggregate's union (see event-codec.ts): null for a type it does not know. */
  decode(stored: StoredEvent): Event | null;
}

/** A domain rule refused a command. `rule` is a stable kebab-case name; `message` says it in words. */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(`${rule}: ${message}`);
  }
}

/** The command names something that does not exist (answered 404). */
export class NotFoundInDomain extends Error {
  override readonly name = 'NotFoundInDomain';
}

export function fold<Event extends DomainEvent, State>(decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>, events: Event[]): State {
  return events.reduce(decider.evolve, decider.initialState());
}

/** Compile-time exhaustiveness check for `switch (event.type)`. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

/** A command's or an event's data: what a request class implements (`class SignatureDto implements Omit<DataOf<SignVersion>, 'factId'>`). */
export type DataOf<Message extends { data: object }> = Message['data'];
