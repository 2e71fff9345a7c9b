import { EventEmitter } from 'node:events';
import type Database from 'better-sqlite3';
import type { AllSubscription, EventStore, RecordedEvent } from '@compact-ledger/event-store';
import type { Projection } from './projection';
import { ProjectionControl, type ProjectionStatus } from './projection-control';

interface QueuedBatch {
  running: Running;
  events: readonly RecordedEvent[];
  resolve(): void;
  reject(error: unknown): void;
}

interface Running {
  projection: Projection;
  position: number;
  /** Being rebuilt: taken as at position 0 from the moment the rebuild begins. */
  resetting: boolean;
  caughtUp: boolean;
  error: string | null;
  lastError: { message: string; at: string } | null;
  subscription: AllSubscription | null;
  loop: Promise<void> | null;
  stopped: boolean;
}

export interface ProjectionRunnerOptions {
  /** Events one projection applies in one batch at most. */
  batchSize?: number;
  /** Wait before a failed projection tries again. */
  retryDelayMs?: number;
  onError?(projection: string, error: unknown): void;
  /** A rebuild has dropped the projection's tables and set it back to position 0; called before it replays. */
  onReset?(projection: string): void;
}

/**
 * Feeds each projection from its own checkpoint in global order. A batch's
 * read-model changes and the new checkpoint commit in one transaction, so a crash
 * neither applies an event twice nor skips one.
 */
export class ProjectionRunner extends ProjectionControl {
  private readonly running = new Map<string, Running>();
  private readonly progress = new EventEmitter();
  private readonly batchSize: number;
  private readonly retryDelayMs: number;
  private readonly applyQueue: QueuedBatch[] = [];
  private readonly stmt: {
    begin: Database.Statement<[]>;
    commit: Database.Statement<[]>;
    savepoint: Database.Statement<[]>;
    release: Database.Statement<[]>;
    rollbackToSavepoint: Database.Statement<[]>;
    saveCheckpoint: Database.Statement<[string, number, string]>;
  };

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    projections: Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    super();
    this.batchSize = options.batchSize ?? 1000;
    this.retryDelayMs = options.retryDelayMs ?? 2000;
    this.progress.setMaxListeners(0);
    this.stmt = {
      begin: db.prepare('BEGIN'),
      commit: db.prepare('COMMIT'),
      savepoint: db.prepare('SAVEPOINT one_projection'),
      release: db.prepare('RELEASE one_projection'),
      rollbackToSavepoint: db.prepare('ROLLBACK TO one_projection'),
      saveCheckpoint: db.prepare(
        'INSERT INTO projection_checkpoints (name, position, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at',
      ),
    };
    for (const projection of projections) {
      projection.createTables(db);
      this.running.set(projection.name, {
        projection,
        position: this.readCheckpoint(projection.name),
        resetting: false,
        caughtUp: false,
        error: null,
        lastError: null,
        subscription: null,
        loop: null,
        stopped: true,
      });
    }
  }

  get projectionNames(): string[] {
    return [...this.running.keys()];
  }

  start(): void {
    for (const running of this.running.values()) this.startOne(running);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.running.values()].map((running) => this.stopOne(running)));
  }

  status(): ProjectionStatus[] {
    return [...this.running.values()].map(({ projection, position, caughtUp, error, lastError }) => ({
      name: projection.name,
      position,
      caughtUp,
      error,
      lastError,
    }));
  }

  /** The lowest position every projection has reached. */
  position(): number {
    return Math.min(...[...this.running.values()].map((r) => (r.resetting ? 0 : r.position)));
  }

  /** Calls `listener` after every batch a projection applies, and after every failure; returns the unsubscribe. */
  onProgress(listener: () => void): () => void {
    this.progress.on('progress', listener);
    return () => this.progress.off('progress', listener);
  }

  /** Drops the projection's tables and replays it from position zero; resolves once it has caught up. */
  async rebuild(name: string): Promise<void> {
    const running = this.running.get(name);
    if (!running) throw new Error(`no projection named ${name}`);
    running.resetting = true;
    try {
      await this.readsDrained();
      await this.stopOne(running);
    } finally {
      running.resetting = false;
    }
    this.db.transaction(() => {
      for (const table of running.projection.tables) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
      running.projection.createTables(this.db);
      this.db.prepare('DELETE FROM projection_checkpoints WHERE name = ?').run(name);
    })();
    running.position = 0;
    running.caughtUp = false;
    this.options.onReset?.(name);
    const head = await this.store.headPosition();
    this.startOne(running);
    if (!(await this.waitForPosition(head, 10 * 60_000))) throw new Error(`rebuild of ${name} did not catch up`);
  }

  private startOne(running: Running): void {
    if (!running.stopped) return;
    running.stopped = false;
    running.loop = this.consume(running);
  }

  private async stopOne(running: Running): Promise<void> {
    running.stopped = true;
    await running.subscription?.close();
    await running.loop;
    running.loop = null;
  }

  private async consume(running: Running): Promise<void> {
    const { projection } = running;
    while (!running.stopped) {
      try {
        running.subscription = this.store.subscribeToAll({ after: running.position, maxBatch: this.batchSize });
        for await (const batch of running.subscription) {
          if (batch.events.length > 0) {
            await this.apply(running, batch.events);
            running.position = batch.events[batch.events.length - 1].position;
          }
          running.caughtUp = batch.caughtUp;
          running.error = null;
          this.progress.emit('progress');
          if (running.stopped) break;
        }
        if (!running.stopped) throw new Error('the subscription ended unexpectedly');
      } catch (error) {
        running.error = (error as Error).message;
        running.lastError = { message: running.error, at: new Date().toISOString() };
        running.caughtUp = false;
        this.options.onError?.(projection.name, error);
        // Whoever shows the status (/health, the API's view of a runner on another thread) sees the failure now.
        this.progress.emit('progress');
        await running.subscription?.close().catch(() => undefined);
        if (!running.stopped) await this.pause(running);
      }
    }
  }

  /**
   * Queues a projection's batch for the next read-model transaction. Every projection
   * wakes on the same append, so their batches commit together: one transaction per
   * turn of the event loop instead of one per projection, each batch in a savepoint
   * of its own so that a failing projection rolls back alone (and retries) while the
   * others' changes and checkpoints commit.
   */
  private apply(running: Running, events: readonly RecordedEvent[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.applyQueue.push({ running, events, resolve, reject });
      if (this.applyQueue.length === 1) setImmediate(() => this.commitQueuedBatches());
    });
  }

  private commitQueuedBatches(): void {
    const jobs = this.applyQueue.splice(0);
    const failures: unknown[] = [];
    const now = new Date().toISOString();
    try {
      this.stmt.begin.run();
      for (const { running, events } of jobs) {
        this.stmt.savepoint.run();
        try {
          running.projection.applyBatch(this.db, events);
          this.stmt.saveCheckpoint.run(running.projection.name, events[events.length - 1].position, now);
          this.stmt.release.run();
          failures.push(null);
        } catch (error) {
          this.stmt.rollbackToSavepoint.run();
          this.stmt.release.run();
          failures.push(error ?? new Error('projection failed'));
        }
      }
      this.stmt.commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => (failures[i] === null ? job.resolve() : job.reject(failures[i])));
  }

  /** Waits before a failed projection tries again; cut short by stop(). */
  private pause(running: Running): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.retryDelayMs);
      const poll = setInterval(() => running.stopped && done(), 50);
      function done() {
        clearTimeout(timer);
        clearInterval(poll);
        resolve();
      }
    });
  }

  private readCheckpoint(name: string): number {
    const row = this.db.prepare<[string], { position: number }>('SELECT position FROM projection_checkpoints WHERE name = ?').get(name);
    return row?.position ?? 0;
  }
}
