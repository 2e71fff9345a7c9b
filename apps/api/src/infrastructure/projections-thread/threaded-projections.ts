import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { type SqliteEventStore, StoreUnavailableError } from '@compact-ledger/event-store';
import { ProjectionControl, type ProjectionStatus } from '@compact-ledger/projections';
import type { ProjectionsNotice, ProjectionsThreadData } from './projections.thread';
import { ThreadClient } from './thread-rpc';

export interface ProjectionsThreadOptions {
  /** The API's store: each of its commits wakes the thread's subscriptions. */
  store: SqliteEventStore;
  readModelsFile: string;
  log(level: 'error' | 'warn', message: string): void;
  /** The wait before the first restart of a thread that stopped; it doubles while restarts keep failing soon after. */
  restartDelayMs?: number;
  /** A thread that has caught up this many events or more is replaced by a fresh one once caught up (see freshThreadAfterCatchUp). Default 100,000. */
  freshThreadAfter?: number;
}

/** Up to this wait between restarts. */
const MAX_RESTART_DELAY_MS = 60_000;
/** A thread that ran this long before it stopped is restarted after the first delay again. */
const STEADY_RUN_MS = 60_000;

/**
 * Runs the projections on a thread of their own, over their own connection to the
 * event store's file. Under 32 concurrent writers the API's event loop was the
 * bottleneck, and applying the read models (reading each batch back, a document read
 * and written per event, the read models' commits) was a fifth of its time while the
 * second core sat idle. What crosses is small: a message per commit one way, a
 * progress report per applied batch the other.
 *
 * Resolves once the thread has opened everything, or rejects with why it could not.
 */
export async function startProjectionsThread(options: ProjectionsThreadOptions): Promise<ThreadedProjections> {
  const projections = new ThreadedProjections(options);
  await projections.startThread();
  return projections;
}

interface RunningThread {
  client: ThreadClient;
  startedAt: number;
  /** The lowest projection position the thread reported when it started. */
  startedFrom: number;
  /** Ends the wake-ups and closes the thread's end of them. */
  detach(): void;
}

/**
 * The projections on their thread, as the API sees them: their progress arrives as
 * messages. If the thread stops (it crashed, or ran out of memory), every projection
 * reports the error while it is down, and a new thread is started after a delay; it
 * carries on from the checkpoints in the read models, so nothing is applied twice or
 * missed.
 */
export class ThreadedProjections extends ProjectionControl {
  private current: ProjectionStatus[] = [];
  private readonly progress = new EventEmitter();
  private thread: RunningThread | null = null;
  private starting: Promise<void> | null = null;
  private restartTimer: NodeJS.Timeout | null = null;
  private readonly firstRestartDelayMs: number;
  private restartDelayMs: number;
  private stopping: Promise<void> | null = null;
  /** Projections being rebuilt whose reset the thread has not yet reported. */
  private readonly resetting = new Set<string>();

  constructor(private readonly options: ProjectionsThreadOptions) {
    super();
    this.firstRestartDelayMs = options.restartDelayMs ?? 1_000;
    this.restartDelayMs = this.firstRestartDelayMs;
    this.progress.setMaxListeners(0);
  }

  get projectionNames(): string[] {
    return this.current.map((p) => p.name);
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

  /**
   * From the call until the thread says it has emptied the projection, its position is
   * taken as 0: progress the thread reported before the reset (still in flight) must not
   * let a `?minPosition=` read through to tables about to be dropped.
   */
  async rebuild(name: string): Promise<void> {
    if (!this.thread) throw new StoreUnavailableError('the projections thread is not running; it is being restarted');
    this.resetting.add(name);
    this.update(this.current);
    try {
      await this.readsDrained();
      // The thread may have stopped while the reads finished.
      if (!this.thread) throw new StoreUnavailableError('the projections thread is not running; it is being restarted');
      const status = await this.thread.client.call<ProjectionStatus[]>('rebuild', name);
      this.resetting.delete(name);
      this.update(status);
    } finally {
      this.resetting.delete(name);
    }
  }

  /** Stops the projections (each finishing its batch) and ends the thread; no restart follows. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      if (this.restartTimer) clearTimeout(this.restartTimer);
      await this.starting?.catch(() => undefined);
      const thread = this.thread;
      this.thread = null;
      if (!thread) return;
      await thread.client.close();
      thread.detach();
    })();
    return this.stopping;
  }

  /** @internal Starts a thread; rejects (and leaves nothing running) if it cannot open what it needs. */
  startThread(): Promise<void> {
    const starting = this.launchThread().finally(() => {
      if (this.starting === starting) this.starting = null;
    });
    this.starting = starting;
    return starting;
  }

  private async launchThread(): Promise<void> {
    const { options } = this;
    const { port1: appended, port2: appendedInThread } = new MessageChannel();
    let thread: RunningThread | null = null;
    let client: ThreadClient;
    let info: ProjectionStatus[];
    try {
      ({ client, info } = await ThreadClient.start<ProjectionStatus[]>(
        'projections',
        'projections.thread',
        {
          eventsFile: options.store.file,
          readModelsFile: options.readModelsFile,
          processExclusive: options.store.processExclusive,
          appendedPort: appendedInThread,
        } satisfies ProjectionsThreadData,
        [appendedInThread],
        {
          onNotice: (notice) => {
            const n = notice as ProjectionsNotice;
            if (n.kind === 'progress') {
              this.update(n.status);
              if (thread) this.freshThreadAfterCatchUp(thread, n.status);
            } else if (n.kind === 'reset') {
              this.resetting.delete(n.name);
              this.update(this.current.map((p) => (p.name === n.name ? { ...p, position: 0, caughtUp: false } : p)));
            } else options.log('error', n.message);
          },
          onFailure: (error) => {
            if (thread) this.threadStopped(thread, error);
          },
        },
      ));
    } catch (error) {
      appended.close();
      throw error;
    }
    thread = { client, startedAt: Date.now(), startedFrom: lowestPosition(info), detach: this.wakeThreadOnCommits(appended) };
    this.thread = thread;
    this.update(info);
  }

  /** One message per turn of the event loop, however many groups committed in it; returns the detach. */
  private wakeThreadOnCommits(appended: MessagePort): () => void {
    let scheduled = false;
    const stopListening = this.options.store.onCommit(() => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        appended.postMessage('appended');
      });
    });
    return () => {
      stopListening();
      appended.close();
    };
  }

  /**
   * Once a thread has caught up a large backlog (the read models built from scratch over
   * a long log, or a projection rebuilt), it is closed and a fresh one goes on from the
   * checkpoints. The catch-up grew the thread's heap to tens of MB, most of it garbage
   * V8 would give back only when it next found the thread idle for a while; ending the
   * thread gives it all back at once (62 MB to 13 after a million events). Appends made
   * meanwhile are applied by the fresh thread as it starts.
   */
  private freshThreadAfterCatchUp(thread: RunningThread, status: ProjectionStatus[]): void {
    if (this.thread !== thread || this.stopping || this.resetting.size > 0) return;
    if (!status.every((p) => p.caughtUp && p.error === null)) return;
    if (lowestPosition(status) - thread.startedFrom < (this.options.freshThreadAfter ?? 100_000)) return;
    this.thread = null;
    this.starting = (async () => {
      thread.detach();
      await thread.client.close();
      if (this.stopping) return;
      await this.launchThread();
    })()
      .catch((error: unknown) => {
        const message = (error as Error).message;
        this.fail(message);
        this.options.log('error', `the fresh projections thread could not be started: ${message}; trying again in ${this.restartDelayMs} ms`);
        this.scheduleRestart();
      })
      .finally(() => {
        this.starting = null;
      });
  }

  private threadStopped(thread: RunningThread, error: Error): void {
    if (this.thread !== thread) return;
    this.thread = null;
    thread.detach();
    this.fail(error.message);
    if (Date.now() - thread.startedAt >= STEADY_RUN_MS) this.restartDelayMs = this.firstRestartDelayMs;
    this.options.log('error', `the projections thread stopped: ${error.message}; restarting it in ${this.restartDelayMs} ms`);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    if (this.stopping) return;
    const delay = this.restartDelayMs;
    this.restartDelayMs = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.stopping) return;
      this.startThread().then(
        () => this.options.log('warn', 'the projections thread was restarted; it goes on from its checkpoints'),
        (error: unknown) => {
          const message = (error as Error).message;
          this.fail(message);
          this.options.log('error', `the projections thread could not be restarted: ${message}; trying again in ${this.restartDelayMs} ms`);
          this.scheduleRestart();
        },
      );
    }, delay);
    // A pending restart does not hold the process open.
    this.restartTimer.unref();
  }

  private update(status: ProjectionStatus[]): void {
    this.current = status.map((p) => (this.resetting.has(p.name) ? { ...p, position: 0, caughtUp: false } : p));
    this.progress.emit('progress');
  }

  /** Every projection reports the error until a thread reports again. */
  private fail(message: string): void {
    const lastError = { message, at: new Date().toISOString() };
    this.update(this.current.map((p) => ({ ...p, caughtUp: false, error: message, lastError })));
  }
}

function lowestPosition(status: ProjectionStatus[]): number {
  return Math.min(...status.map((p) => p.position));
}
