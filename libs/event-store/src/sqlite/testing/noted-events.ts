import type { NewEvent } from '../../port/event-store.port';

/** `count` events of about 1 KB each with their index entries (a WAL page holds about four), numbered from `from`. */
export const notedEvents = (from: number, count: number): NewEvent[] =>
  Array.from({ length: count }, (_, k) => ({
    type: 'Noted',
    data: { n: from + k, text: 'x'.repeat(600) },
    metadata: { eventId: `event-${from + k}`, actor: { subject: 's', name: 'S', role: 'secretariat', organisation: null } },
  }));
