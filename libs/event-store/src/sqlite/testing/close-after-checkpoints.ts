// A process whose only work is a store: it appends until the WAL checkpoint thread has
// taken over, closes the store, and says so. node close-after-checkpoints.js <file> (compiled)
import { SqliteEventStore } from '../sqlite-event-store';
import { notedEvents } from './noted-events';

async function main() {
  const store = new SqliteEventStore({ file: process.argv[2], checkpointThreadFrom: 10, checkpointIntervalMs: 20 });
  await store.append('stream', notedEvents(0, 20), 'no_stream');
  while (store.walCheckpointer !== 'thread') await new Promise((resolve) => setTimeout(resolve, 10));
  await store.close();
  console.log('closed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
