import { SqliteEventStore } from '../sqlite-event-store';

/** A log of `events` events in batches of 50, taking turns over `streams` streams, for the verification specs. */
export async function writeCountedLog(file: string, events: number, streams: number): Promise<void> {
  const store = new SqliteEventStore({ file });
  for (let i = 0; i < events; i += 50) {
    const batch = Array.from({ length: 50 }, (_, k) => ({
      type: 'Counted',
      data: { n: i + k },
      metadata: { eventId: `event-${i + k}`, actor: { subject: 's', name: 'S', role: 'secretariat', organisation: null } },
    }));
    await store.append(`stream-${(i / 50) % streams}`, batch, 'any');
  }
  await store.close();
}
