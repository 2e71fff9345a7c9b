import { type MessagePort, Worker } from 'node:worker_threads';
import { compiledEntry, StoreUnavailableError } from '@compact-ledger/event-store';
import { deserializeError, type SerializedError, serializeError } from './serialized-error';

export interface RpcRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type RpcReply = { id: number; value: unknown } | { id: number; error: SerializedError };

/** From a thread to its owner. */
export type ThreadMessage =
  | { type: 'ready'; info: unknown }
  | { type: 'replies'; replies: RpcReply[] }
  | { type: 'notice'; notice: unknown }
  | { type: 'failed'; error: SerializedError };

/** From the owner to a thread. */
export type OwnerMessage = { type: 'requests'; requests: RpcRequest[] } | { type: 'close' };

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * The owner's end of a thread that answers calls (and sends notices between them).
 * Calls made in one turn of the event loop cross as one message, and the thread
 * answers a turn's calls in one message.
 */
export class ThreadClient {
  private readonly pending = new Map<number, Pending>();
  private outbox: RpcRequest[] = [];
  private nextId = 1;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly name: string,
    private readonly onNotice: (notice: unknown) => void,
    private readonly onFailure: (error: Error) => void,
  ) {
    worker.on('message', (message: ThreadMessage) => this.receive(message));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the ${name} thread exited with code ${code}`)));
  }

  /**
   * Starts `entry` (a file beside this one, without its extension) on a thread and
   * resolves once it reports ready, with what it reported.
   */
  static start<Info>(
    name: string,
    entry: string,
    workerData: unknown,
    transferList: MessagePort[],
    handlers: { onNotice(notice: unknown): void; onFailure(error: Error): void },
  ): Promise<{ client: ThreadClient; info: Info }> {
    const worker = new Worker(compiledEntry(__filename, entry), { execArgv: [], workerData, transferList });
    return new Promise((resolvePromise, reject) => {
      const onMessage = (message: ThreadMessage) => {
        if (message.type === 'ready') {
          cleanUp();
          resolvePromise({ client: new ThreadClient(worker, name, handlers.onNotice, handlers.onFailure), info: message.info as Info });
        } else if (message.type === 'failed') {
          cleanUp();
          void worker.terminate();
          reject(new StoreUnavailableError(deserializeError(message.error).message));
        }
      };
      const onError = (error: Error) => {
        cleanUp();
        reject(new StoreUnavailableError(`the ${name} thread failed to start: ${error.message}`, { cause: error }));
      };
      const onExit = (code: number) => {
        cleanUp();
        reject(new StoreUnavailableError(`the ${name} thread exited with code ${code} before it was ready`));
      };
      const cleanUp = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  }

  call<T>(method: string, ...args: unknown[]): Promise<T> {
    if (this.failure) return Promise.reject(new StoreUnavailableError(`the ${this.name} thread is not running: ${this.failure.message}`));
    if (this.closing) return Promise.reject(new StoreUnavailableError(`the ${this.name} thread is closed`));
    const id = this.nextId++;
    return new Promise<T>((resolvePromise, reject) => {
      this.pending.set(id, { resolve: resolvePromise as (value: unknown) => void, reject });
      this.outbox.push({ id, method, args });
      if (this.outbox.length === 1) setImmediate(() => this.flush());
    });
  }

  /** Sends what is queued, lets the thread finish and close what it holds, and waits for it to end. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.flush();
      if (this.failure) return;
      const exited = new Promise<void>((resolvePromise) => this.worker.once('exit', () => resolvePromise()));
      this.worker.postMessage({ type: 'close' } satisfies OwnerMessage);
      await exited;
    })();
    return this.closing;
  }

  private flush(): void {
    if (this.outbox.length === 0 || this.failure) return;
    const requests = this.outbox;
    this.outbox = [];
    this.worker.postMessage({ type: 'requests', requests } satisfies OwnerMessage);
  }

  private receive(message: ThreadMessage): void {
    if (message.type === 'replies') {
      for (const answer of message.replies) {
        const pending = this.pending.get(answer.id);
        if (!pending) continue;
        this.pending.delete(answer.id);
        if ('error' in answer) pending.reject(deserializeError(answer.error));
        else pending.resolve(answer.value);
      }
    } else if (message.type === 'notice') {
      this.onNotice(message.notice);
    } else if (message.type === 'failed') {
      this.fail(deserializeError(message.error));
    }
  }

  private fail(error: Error): void {
    // The thread's own exit after close() is not a failure.
    if (this.closing && this.pending.size === 0) return;
    if (this.failure) return;
    this.failure = error;
    const failure = new StoreUnavailableError(`the ${this.name} thread is not running: ${error.message}`, { cause: error });
    for (const pending of this.pending.values()) pending.reject(failure);
    this.pending.clear();
    this.onFailure(error);
  }
}

type Handlers = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * The thread's end: answers the owner's calls with `handlers`, a turn's answers in one
 * message; `close` runs when the owner closes, before the port does.
 */
export function serveOwner(port: MessagePort, handlers: Handlers, close: () => Promise<void>): { notify(notice: unknown): void; ready(info: unknown): void } {
  let replies: RpcReply[] = [];
  const flushReplies = () => {
    if (replies.length === 0) return;
    const batch = replies;
    replies = [];
    port.postMessage({ type: 'replies', replies: batch } satisfies ThreadMessage);
  };
  const reply = (answer: RpcReply) => {
    replies.push(answer);
    if (replies.length === 1) setImmediate(flushReplies);
  };
  port.on('message', (message: OwnerMessage) => {
    if (message.type === 'close') {
      void close().finally(() => {
        flushReplies();
        port.close();
      });
      return;
    }
    for (const { id, method, args } of message.requests) {
      const handler = handlers[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      if (!handler) {
        reply({ id, error: { name: 'Error', message: `no such call: ${method}` } });
        continue;
      }
      handler(...args).then(
        (value) => reply({ id, value }),
        (error: unknown) => reply({ id, error: serializeError(error) }),
      );
    }
  });
  return {
    notify: (notice) => port.postMessage({ type: 'notice', notice } satisfies ThreadMessage),
    ready: (info) => port.postMessage({ type: 'ready', info } satisfies ThreadMessage),
  };
}

/** Reports a failure to open to the owner, then rethrows it (ending the thread). */
export function reportFailedStart(port: MessagePort, error: unknown): never {
  port.postMessage({ type: 'failed', error: serializeError(error) } satisfies ThreadMessage);
  throw error;
}
