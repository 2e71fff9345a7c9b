// A process whose only work is a store: it appends until the WAL checkpoint thread has
// taken over, closes the store, and says so. node -r ./tools/register.js close-after-checkpoints.ts <file>
import { SqliteEventStore } from '../sqlite-event-store';

async function main() {
  const store = new SqliteEventStore({ file: process.argv[2], checkpointThreadFrom: 10, checkpointIntervalMs: 20 });
  for (let i = 0; i < 20; i++) {
    const metadata = { eventId: `event-${i}`, actor: { subject: 's', name: 'S', role: 'secretariat', organisation: null } };
    await store.append('stream', [{ type: 'Noted', data: { i }, metadata }], i - 1 < 0 ? 'no_stream' : i - 1);
  }
  while (store.walCheckpointer !== 'thread') await new Promise((resolve) => setTimeout(resolve, 10));
  await store.close();
  console.log('closed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
