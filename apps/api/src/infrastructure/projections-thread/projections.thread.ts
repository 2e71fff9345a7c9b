// The projections' thread: the projection runner and the read models it writes, fed
// from its own connection to the event store's file, and woken by the API's thread
// after each of its commits (appends by other processes are found by polling, as ever).
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '@compact-ledger/event-store';
import { openReadModelDatabase, ProjectionRunner } from '@compact-ledger/projections';
import { allProjections } from '@compact-ledger/projections/all';
import { reportFailedStart, serveOwner } from './thread-rpc';

export interface ProjectionsThreadData {
  eventsFile: string;
  readModelsFile: string;
  /** The API holds its files for its process alone (SqliteEventStoreOptions.processExclusive): this thread's connections join it. */
  processExclusive: boolean;
  /** From the API's thread: a message after each commit. */
  appendedPort: MessagePort;
}

/** What this thread tells its owner between calls. */
export type ProjectionsNotice =
  | { kind: 'progress'; status: ReturnType<ProjectionRunner['status']> }
  | { kind: 'error'; message: string }
  /** Sent the moment a rebuild has emptied the projection: every progress notice after it is of the rebuilt one. */
  | { kind: 'reset'; name: string };

const port = parentPort!;
const { eventsFile, readModelsFile, processExclusive, appendedPort } = workerData as ProjectionsThreadData;

let events: SqliteEventStore;
let readModels: ReturnType<typeof openReadModelDatabase>;
let runner: ProjectionRunner;
try {
  events = new SqliteEventStore({ file: eventsFile, processExclusive });
  readModels = openReadModelDatabase(readModelsFile, { processExclusive });
  runner = new ProjectionRunner(events, readModels, allProjections, {
    onError: (name, error) => owner.notify({ kind: 'error', message: `projection ${name} failed: ${(error as Error).message}` } satisfies ProjectionsNotice),
    onReset: (name) => owner.notify({ kind: 'reset', name } satisfies ProjectionsNotice),
  });
} catch (error) {
  reportFailedStart(port, error);
}

appendedPort.on('message', () => events.notifyAppendedElsewhere());

const owner = serveOwner(
  port,
  {
    // The status goes back with the answer, so the caller reads the rebuilt position at once.
    rebuild: async (name: string) => {
      await runner.rebuild(name);
      return runner.status();
    },
  },
  async () => {
    await runner.stop();
    appendedPort.close();
    await events.close();
    readModels.close();
  },
);

// One progress notice per turn of this thread's loop, however many batches were applied in it.
let progressScheduled = false;
runner.onProgress(() => {
  if (progressScheduled) return;
  progressScheduled = true;
  setImmediate(() => {
    progressScheduled = false;
    owner.notify({ kind: 'progress', status: runner.status() } satisfies ProjectionsNotice);
  });
});
runner.start();
owner.ready(runner.status());
