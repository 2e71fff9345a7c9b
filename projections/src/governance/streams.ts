import type { RecordedEvent } from '@compact-ledger/event-store';

/** Stream names as `libs/domain/src/streams.ts` makes them, read back: the id after the prefix. */
export const BOARD_STREAM = /^board-(.+)$/;
export const MEETING_STREAM = /^meeting-(.+)$/;
export const PROGRAMME_STREAM = /^programme-(.+)$/;
export const COMPACT_STREAM = /^compact-(.+)$/;
export const DISPUTE_STREAM_ID = /^dispute-(.+)$/;

/** The id a stream name carries, or null for a stream of another kind. */
export function idOf(pattern: RegExp, event: RecordedEvent): string | null {
  return pattern.exec(event.streamId)?.[1] ?? null;
}

/** A page of rows asked for with one more than the limit: the rows, and whether more follow. */
export function page<Row>(rows: Row[], limit: number): { rows: Row[]; more: boolean } {
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
