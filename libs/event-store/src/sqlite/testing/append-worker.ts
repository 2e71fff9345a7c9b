// A separate process that appends to an event store file, for the contract's
// "two processes, one file" case: node append-worker.js <file> <workerId> <count> (compiled)
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../sqlite-event-store';

async function main() {
  const [file, workerId, count] = process.argv.slice(2);
  const store = new SqliteEventStore({ file, busyTimeoutMs: 30_000 });
  for (let i = 0; i < Number(count); i++) {
    // Alternate between a stream both workers write and one of this worker's own.
    const streamId = i % 2 === 0 ? 'shared-stream' : `worker-${workerId}`;
    await store.append(
      streamId,
      [
        {
          type: 'WorkerAppended',
          data: { workerId, i },
          metadata: { eventId: randomUUID(), actor: { subject: `worker-${workerId}`, name: 'worker', role: 'test', organisation: null } },
        },
      ],
      'any',
    );
  }
  await store.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
