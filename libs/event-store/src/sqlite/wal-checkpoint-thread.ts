import type { Worker } from 'node:worker_threads';
import { startWorkerThread } from './worker-thread';

const CLOSE_TIMEOUT_MS = 5_000;

export interface WalCheckpointThreadData {
  file: string;
  intervalMs: number;
  synchronous: 'FULL' | 'NORMAL';
  processExclusive: boolean;
}

/**
 * A thread that checkpoints the events file's WAL every `intervalMs` on a connection
 * of its own, so that copying the WAL into the database file (and that file's fsync)
 * is not done inside an append's COMMIT on the thread that commits.
 * `onReady` is called once its connection is open; `onStopped` once, if it fails or
 * exits before close().
 */
export class WalCheckpointThread {
  private readonly worker: Worker;
  private stopped = false;
  private closing: Promise<void> | null = null;

  constructor(data: WalCheckpointThreadData, handlers: { onReady(): void; onStopped(reason: Error): void }) {
    this.worker = startWorkerThread('wal-checkpoint', { ...data });
    // It never holds the process open: an exit without close() leaves a WAL that SQLite recovers.
    this.worker.unref();
    this.worker.once('message', () => this.stopped || handlers.onReady());
    const stop = (reason: Error) => {
      if (this.stopped || this.closing) return;
      this.stopped = true;
      handlers.onStopped(reason);
    };
    this.worker.once('error', stop);
    this.worker.once('exit', (code) => stop(new Error(`the checkpoint thread exited with code ${code}`)));
  }

  /** Closes its connection and waits for the thread to end. */
  close(): Promise<void> {
    this.closing ??= this.stopped
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          // A thread that does not end on its own (it should, within its last checkpoint) is ended.
          const deadline = setTimeout(() => void this.worker.terminate(), CLOSE_TIMEOUT_MS).unref();
          this.worker.once('exit', () => {
            clearTimeout(deadline);
            resolve();
          });
          // Held now, or a process with nothing else to do would end while its store closes.
          this.worker.ref();
          this.worker.postMessage('close');
        });
    return this.closing;
  }
}
