import type { ReadAllOptions, ReadStreamOptions, RecordedEvent } from '@compact-ledger/event-store';

/** An event with its place in the log and in its stream: parsed (RecordedEvent) or as stored (StoredEvent). */
interface PlacedEvent {
  position: number;
  streamId: string;
  revision: number;
}

/** Where the events are read: an event store, or the SQLite store's stored texts (readStoredStream, readStoredAll). */
export interface EventPages<E extends PlacedEvent> {
  readStream(streamId: string, options: ReadStreamOptions): Promise<E[]>;
  readAll(options: ReadAllOptions): Promise<E[]>;
}

export interface EventsOfStreamsOptions {
  /** Most events read at a time (from a stream, or from the log). Default 200. */
  pageSize?: number;
  /** About how many events the stream pages hold together: with many streams, each page is shorter. Default 20,000. */
  eventsHeld?: number;
}

/** A stream's events read a page at a time, the first not yet taken at `at`. */
interface Cursor<E extends PlacedEvent> {
  streamId: string;
  page: E[];
  at: number;
  next: number;
  done: boolean;
}

/**
 * Every event of the given streams up to a position, in global position order (what
 * writeEvidencePack takes), in bounded memory.
 *
 * Where the streams hold at least a quarter of the log (a compact that makes most of
 * its ledger), the log is read once in position order and their events kept. Otherwise
 * each stream is read a page at a time and the pages are merged by position on a heap:
 * memory holds a page per stream, pages shorter as streams are more (a compact with
 * ten thousand disputes is ten thousand short pages, not ten million events held), and
 * each event costs a few comparisons, not one per stream.
 */
export async function* eventsOfStreams<E extends PlacedEvent = RecordedEvent>(
  store: EventPages<E>,
  streamIds: readonly string[],
  upToPosition: number,
  { pageSize = 200, eventsHeld = 20_000 }: EventsOfStreamsOptions = {},
): AsyncGenerator<E> {
  const unique = [...new Set(streamIds)];
  if (unique.length * pageSize > eventsHeld && (await eventCount(store, unique)) * 4 >= upToPosition) {
    yield* readingTheLog(store, new Set(unique), upToPosition, pageSize);
    return;
  }
  const perPage = Math.max(2, Math.min(pageSize, Math.floor(eventsHeld / Math.max(1, unique.length))));
  const fill = async (cursor: Cursor<E>) => {
    cursor.page = await store.readStream(cursor.streamId, { fromRevision: cursor.next, maxCount: perPage });
    cursor.at = 0;
    cursor.next += cursor.page.length;
    cursor.done = cursor.page.length < perPage;
    const end = cursor.page.findIndex((event) => event.position > upToPosition);
    if (end >= 0) {
      cursor.page = cursor.page.slice(0, end);
      cursor.done = true;
    }
  };
  const heap = new CursorHeap<E>();
  for (const streamId of unique) {
    const cursor: Cursor<E> = { streamId, page: [], at: 0, next: 0, done: false };
    await fill(cursor);
    if (cursor.page.length > 0) heap.push(cursor);
  }
  while (heap.size > 0) {
    const cursor = heap.first();
    yield cursor.page[cursor.at++];
    if (cursor.at === cursor.page.length) {
      if (!cursor.done) await fill(cursor);
      if (cursor.at === cursor.page.length) {
        heap.removeFirst();
        continue;
      }
    }
    heap.firstChanged();
  }
}

/** About how many events the streams hold (each stream's count from its last event, revisions being gapless from 0; events after the position are few). */
async function eventCount(store: Pick<EventPages<PlacedEvent>, 'readStream'>, streamIds: string[]): Promise<number> {
  let count = 0;
  for (const streamId of streamIds) {
    const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    count += last ? last.revision + 1 : 0;
  }
  return count;
}

async function* readingTheLog<E extends PlacedEvent>(store: Pick<EventPages<E>, 'readAll'>, streams: Set<string>, upToPosition: number, pageSize: number) {
  for (let after = 0; after < upToPosition;) {
    const page = await store.readAll({ after, limit: Math.min(pageSize, upToPosition - after) });
    if (page.length === 0) return;
    for (const event of page) if (event.position <= upToPosition && streams.has(event.streamId)) yield event;
    after = page[page.length - 1].position;
  }
}

/** A binary min-heap of cursors by the position of the event each would give next. */
class CursorHeap<E extends PlacedEvent> {
  private readonly items: Cursor<E>[] = [];

  get size(): number {
    return this.items.length;
  }

  first(): Cursor<E> {
    return this.items[0];
  }

  push(cursor: Cursor<E>): void {
    this.items.push(cursor);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.key(parent) <= this.key(i)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  removeFirst(): void {
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.firstChanged();
    }
  }

  /** The first cursor moved on: sift it down to its place. */
  firstChanged(): void {
    const n = this.items.length;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < n && this.key(left) < this.key(least)) least = left;
      if (right < n && this.key(right) < this.key(least)) least = right;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private key(i: number): number {
    const cursor = this.items[i];
    return cursor.page[cursor.at].position;
  }

  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b], this.items[a]];
  }
}
