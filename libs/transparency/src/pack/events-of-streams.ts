import type { EventStore, RecordedEvent } from '@compact-ledger/event-store';

/**
 * Every event of the given streams up to a position, in global position order (what
 * writeEvidencePack takes): each stream is read a page at a time and the pages are
 * merged by position, so memory holds one page per stream.
 */
export async function* eventsOfStreams(
  store: Pick<EventStore, 'readStream'>,
  streamIds: readonly string[],
  upToPosition: number,
  pageSize = 1000,
): AsyncGenerator<RecordedEvent> {
  const cursors = [...new Set(streamIds)].map((streamId) => ({ streamId, page: [] as RecordedEvent[], at: 0, next: 0, done: false }));
  const fill = async (cursor: (typeof cursors)[number]) => {
    if (cursor.at < cursor.page.length || cursor.done) return;
    cursor.page = await store.readStream(cursor.streamId, { fromRevision: cursor.next, maxCount: pageSize });
    cursor.at = 0;
    cursor.next += cursor.page.length;
    cursor.done = cursor.page.length < pageSize;
    const end = cursor.page.findIndex((event) => event.position > upToPosition);
    if (end >= 0) {
      cursor.page = cursor.page.slice(0, end);
      cursor.done = true;
    }
  };
  await Promise.all(cursors.map(fill));
  for (;;) {
    let first: (typeof cursors)[number] | null = null;
    for (const cursor of cursors) {
      if (cursor.at < cursor.page.length && (!first || cursor.page[cursor.at].position < first.page[first.at].position)) first = cursor;
    }
    if (!first) return;
    yield first.page[first.at++];
    await fill(first);
  }
}
