import { StoreUnavailableError } from '@compact-ledger/event-store';

/** An error as it crosses a thread boundary: its name and message (a rebuild's or an open's failure). */
export interface SerializedError {
  name: string;
  message: string;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (error.name === 'StoreUnavailableError') return new StoreUnavailableError(error.message);
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
}
