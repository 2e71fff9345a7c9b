import type { PassThrough } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { compiledEntry } from '@compact-ledger/event-store';
import type { PackJob, PackThreadAck, PackThreadMessage } from './pack-job';

/**
 * The pack thread's heap: a pack holds a page of events, a stream's head per stream and
 * one dispute's fold at a time (tens of MB for a compact of ten thousand disputes), so
 * this bounds what a runaway export could take from the API's process, well above that.
 * Its garbage is short-lived (a page of events, a line, a piece of zip), so a young
 * generation of 4 MB serves as well as 16 and holds 12 MB less of the process while
 * a pack is written (measured on a million-event export: same time, peak RSS 12-16 MB lower).
 */
const PACK_THREAD_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 4 };

let writing = 0;

/** Evidence packs being written now, or about to be (their thread reserved): GET /health shows it. */
export function packThreadsWriting(): number {
  return writing;
}

/**
 * One of the pack threads, reserved for an export before anything of it is done (the
 * checkpoint, the record of the export), so that no export is recorded that cannot be
 * written: `write` starts the thread, `cancel` gives the reservation back unused.
 */
export class PackThreadReservation {
  private state: 'reserved' | 'started' | 'returned' = 'reserved';

  /** Reserves a thread, or null when `atOnce` packs are being written already. */
  static take(atOnce: number): PackThreadReservation | null {
    if (writing >= atOnce) return null;
    writing++;
    return new PackThreadReservation();
  }

  private constructor() {}

  /** Gives the thread back, unless its pack was started (then its thread gives it back as it ends). */
  cancel(): void {
    if (this.state !== 'reserved') return;
    this.state = 'returned';
    writing--;
  }

  /**
   * Writes an evidence pack on the thread (evidence-pack.thread.ts) into `body`, as
   * fast as `body` is read. Resolves when the zip is whole; rejects, with the thread's
   * reason, when it stops part-way. A `body` closed before the end (the client went
   * away) stops the thread, and so does one that takes nothing for `stallMs`: a client
   * that stops reading would otherwise hold one of the threads for as long as it liked.
   */
  write(job: PackJob, body: PassThrough, { stallMs }: { stallMs: number }): Promise<void> {
    if (this.state !== 'reserved') throw new Error(`this pack thread reservation was ${this.state === 'started' ? 'used' : 'given back'} already`);
    this.state = 'started';
    try {
      return writePackOnThread(job, body, stallMs);
    } catch (error) {
      writing--;
      throw error;
    }
  }
}

function writePackOnThread(job: PackJob, body: PassThrough, stallMs: number): Promise<void> {
  const worker = new Worker(compiledEntry(__filename, 'evidence-pack.thread'), { execArgv: [], workerData: job, resourceLimits: PACK_THREAD_LIMITS });
  let stalled: NodeJS.Timeout | undefined;
  const taken = () => {
    clearTimeout(stalled);
    worker.postMessage('taken' satisfies PackThreadAck);
  };
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(stalled);
      body.off('close', onClose);
      // Counted as written once the pack is whole or given up, whichever way; its thread is ended now.
      writing--;
      void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const onClose = () => settle(new Error('the download was closed before the pack was whole'));
    body.on('close', onClose);
    worker.on('message', (message: PackThreadMessage) => {
      switch (message.kind) {
        case 'chunk':
          if (body.write(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength))) taken();
          else {
            body.once('drain', taken);
            stalled = setTimeout(() => settle(new Error(`the client took nothing of the pack for ${stallMs / 1000} s`)), stallMs);
          }
          return;
        case 'end':
          body.end();
          settle(null);
          return;
        case 'failed':
          settle(new Error(message.message));
          return;
      }
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`the pack thread ended (exit code ${code}) before the pack was whole`)));
  });
}
