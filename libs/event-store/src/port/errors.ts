import type { ChainBreak, ExpectedRevision, StorageFault } from './event-store.port';

/** The stream was not at the revision the writer read: someone else wrote first. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's revision now, or null when it does not exist. */
    readonly actual: number | null,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${actual === null ? 'no stream' : actual}`);
  }
}

/** Some of a batch's event ids are stored already, but not as this same batch: not a safe retry. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(
    readonly streamId: string,
    readonly eventIds: string[],
  ) {
    super(`stream ${streamId}: event id(s) already stored as part of another append: ${eventIds.join(', ')}`);
  }
}

/** The store cannot be reached or written (a lost EventStoreDB connection, a closed file, a full disk, read-only files). */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  /** False when waiting will not bring the store back (its file is gone, the disk full): only an operator can. */
  readonly retryable: boolean;
  /** What failed in the storage under it, when that is known. */
  readonly fault: StorageFault | null;
  constructor(message: string, options?: { cause?: unknown; retryable?: boolean; fault?: StorageFault }) {
    super(message, options);
    this.retryable = options?.retryable ?? true;
    this.fault = options?.fault ?? null;
  }
}

/**
 * The log is not whole where this append would go: the stream's hash chain is broken
 * (an event changed, removed or moved under the store), or the log ends before
 * positions already seen. Nothing is chained onto it until an operator restores it.
 */
export class LogIntegrityError extends Error {
  override readonly name = 'LogIntegrityError';
  constructor(
    message: string,
    /** The stream and revision where its chain breaks; null when the whole log is refused (its end is missing). */
    readonly broken: ChainBreak | null,
  ) {
    super(message);
  }
}

export class InvalidAppendError extends Error {
  override readonly name = 'InvalidAppendError';
}

/**
 * A stream holds an event of a type this version of the ledger does not know (a newer
 * instance wrote it, as in a rolling deploy): no command is decided on it here.
 */
export class UnknownEventTypeError extends Error {
  override readonly name = 'UnknownEventTypeError';
  constructor(
    readonly streamId: string,
    readonly revision: number,
    readonly eventType: string,
  ) {
    super(`stream ${streamId} holds an event of type ${eventType} at revision ${revision}, which this version of the ledger does not know`);
  }
}

/**
 * The store refused the append as larger than it takes: EventStoreDB's maximum append
 * size (MaxAppendSize, all the append's events together) or maximum event size
 * (MaxAppendEventSize, any one of them). Nothing was appended.
 */
export class AppendTooLargeError extends Error {
  override readonly name = 'AppendTooLargeError';
  constructor(
    readonly streamId: string,
    /** What the limit applies to: the whole append, or each event. */
    readonly limitOn: 'append' | 'event',
    /** The limit in bytes as the store counts them (data, metadata and twice the type's length), or null when the store does not say it. */
    readonly limitBytes: number | null,
  ) {
    const limit = limitBytes === null ? "the store's limit" : `the store's limit of ${limitBytes} bytes`;
    super(`stream ${streamId}: ${limitOn === 'append' ? 'the append is' : 'an event of the append is'} larger than ${limit}; nothing was appended`);
  }
}
