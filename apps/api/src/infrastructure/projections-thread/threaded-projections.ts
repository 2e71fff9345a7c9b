import { EventEmitter } from 'node:events';
import { MessageChannel } from 'node:worker_threads';
import type { SqliteEventStore } from '@compact-ledger/event-store';
import { ProjectionControl, type ProjectionStatus } from '@compact-ledger/projections';
import type { ProjectionsNotice, ProjectionsThreadData } from './projections.thread';
import { ThreadClient } from './thread-rpc';

export interface ProjectionsThreadOptions {
  /** The API's store: each of its commits wakes the thread's subscriptions. */
  store: SqliteEventStore;
  readModelsFile: string;
  log(level: 'error' | 'warn', message: string): void;
}

/**
 * Runs the projections on a thread of their own, over their own connection to the
 * event store's file. Under 32 concurrent writers the API's event loop was the
 * bottleneck, and applying the read models (reading each batch back, a document read
 * and written per event, the read models' commits) was a fifth of its time while the
 * second core sat idle. What crosses is small: a message per commit one way, a
 * progress report per applied batch the other.
 */
export async function startProjectionsThread(options: ProjectionsThreadOptions): Promise<ThreadedProjections> {
  const { port1: appended, port2: appendedInThread } = new MessageChannel();
  let projections: ThreadedProjections | null = null;
  const { client, info } = await ThreadClient.start<ProjectionStatus[]>(
    'projections',
    'projections.thread',
    { eventsFile: options.store.file, readModelsFile: options.readModelsFile, appendedPort: appendedInThread } satisfies ProjectionsThreadData,
    [appendedInThread],
    {
      onNotice: (notice) => {
        const n = notice as ProjectionsNotice;
        if (n.kind === 'progress') projections?.update(n.status);
        else options.log('error', n.message);
      },
      onFailure: (error) => {
        options.log('error', `the projections thread stopped: ${error.message}`);
        projections?.fail(error.message);
      },
    },
  );
  try {
    // One message per turn of the event loop, however many groups committed in it.
    let scheduled = false;
    const stopListening = options.store.onCommit(() => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        appended.postMessage('appended');
      });
    });
    projections = new ThreadedProjections(client, info, async () => {
      stopListening();
      await client.close();
      appended.close();
    });
  } catch (error) {
    // A thread left running would keep the process alive.
    await client.close();
    appended.close();
    throw error;
  }
  return projections;
}

/** The projections on their thread, as the API sees them: their progress arrives as messages. */
export class ThreadedProjections extends ProjectionControl {
  readonly projectionNames: string[];
  private current: ProjectionStatus[];
  private readonly progress = new EventEmitter();

  constructor(
    private readonly thread: ThreadClient,
    status: ProjectionStatus[],
    private readonly closeThread: () => Promise<void>,
  ) {
    super();
    this.current = status;
    this.projectionNames = status.map((p) => p.name);
    this.progress.setMaxListeners(0);
  }

  status(): ProjectionStatus[] {
    return this.current.map((p) => ({ ...p }));
  }

  position(): number {
    return Math.min(...this.current.map((p) => p.position));
  }

  onProgress(listener: () => void): () => void {
    this.progress.on('progress', listener);
    return () => this.progress.off('progress', listener);
  }

  async rebuild(name: string): Promise<void> {
    this.update(await this.thread.call<ProjectionStatus[]>('rebuild', name));
  }

  /** Stops the projections (each finishing its batch) and ends the thread. */
  stop(): Promise<void> {
    return this.closeThread();
  }

  /** @internal The thread's latest report. */
  update(status: ProjectionStatus[]): void {
    this.current = status;
    this.progress.emit('progress');
  }

  /** @internal The thread is gone: every projection reports the error. */
  fail(message: string): void {
    this.update(this.current.map((p) => ({ ...p, caughtUp: false, error: message })));
  }
}
