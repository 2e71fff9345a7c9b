import { EventEmitter } from 'node:events';
import { type Checkpoint, parseCheckpoint, parseNote, ProofError } from '@compact-ledger/transparency';
import { cosignaturesOn } from '../cosignature/cosignature';
import { ADD_CHECKPOINT_PATH, formatAddCheckpoint, parseTlogSize, TLOG_SIZE_CONTENT_TYPE } from '../protocol/add-checkpoint';
import type { SqliteCosignatureStore } from './cosignature-store';
import type { WitnessEndpoint } from './witness-list';

/** Where consistency proofs come from: TransparencyLog is one. */
export interface ConsistencyProofSource {
  consistencyProof(from: number, to: number): Buffer[] | Promise<Buffer[]>;
}

/** The log's issued checkpoints, by size: TransparencyLog is one. */
export interface IssuedCheckpoints {
  checkpointAt(size: number): { note: string } | null;
}

/**
 * What the ledger knows of one witness:
 * - `waiting`: not asked yet, or asked and not answered yet;
 * - `cosigned`: its last answer was a cosignature;
 * - `unreachable`: no answer within the timeout, or the connection failed;
 * - `refused`: it answered 400, 403, 404 or another status (a configuration to fix on one side);
 * - `inconsistent`: it answered 422: the checkpoint contradicts what it cosigned before. An alarm;
 * - `ahead`: it has cosigned a larger tree than this ledger's log holds. An alarm too.
 */
export type WitnessState = 'waiting' | 'cosigned' | 'unreachable' | 'refused' | 'inconsistent' | 'ahead';

export interface WitnessStatus {
  name: string;
  url: string;
  state: WitnessState;
  /** The size of the last checkpoint it cosigned for this ledger, and when (its timestamp), if ever. */
  cosignedSize: number | null;
  cosignedAt: string | null;
  /** How many events the newest checkpoint issued holds beyond what it cosigned. */
  behind: number | null;
  /** Its last failure (or alarm), and when. */
  lastError: string | null;
  lastErrorAt: string | null;
  /** When it will be asked again after a failure. */
  retryAt: string | null;
}

export interface WitnessCoordinatorOptions {
  witnesses: readonly WitnessEndpoint[];
  store: SqliteCosignatureStore;
  /** Consistency proofs for the background submissions (checkpointIssued). */
  proofs: ConsistencyProofSource;
  /** The issued checkpoints, to serve one with its cosignatures. */
  checkpoints: IssuedCheckpoints;
  /** Cosignatures a checkpoint needs to be served in preference to a newer one. Default: a majority of the witnesses. */
  quorum?: number;
  /** Longest wait for one answer from a witness. Default 5,000 ms. */
  timeoutMs?: number;
  /** Wait before asking a failing witness again, doubled each time up to the maximum. Default 1,000 to 60,000 ms. */
  backoffMs?: { initial: number; max: number };
  clock?: () => Date;
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Each time a checkpoint gains a cosignature: its size and its note with every cosignature gathered for it. A failure here is logged. */
  onCosigned?: (size: number, note: string) => void;
  fetch?: typeof fetch;
}

interface Target {
  checkpoint: Checkpoint;
  note: string;
  proofs: ConsistencyProofSource;
}

/** The checkpoint served: the issued note with the cosignatures it has. */
export interface CosignedCheckpoint {
  size: number;
  note: string;
  cosignatures: number;
}

const TEXT = 'text/plain; charset=utf-8';

/**
 * The ledger's side of C2SP tlog-witness: after a checkpoint is issued it is submitted
 * to every witness, each with a consistency proof from the size that witness last
 * cosigned (learnt from its answers, from a 409's text/x.tlog.size body, and kept in
 * the store between starts), and the cosignatures returned are checked and kept.
 *
 * Never on the command path: checkpointIssued only records the newest checkpoint and
 * wakes one small loop per witness, which submits the newest checkpoint it has not
 * cosigned (older ones a newer one supersedes are skipped). A witness that fails is
 * asked again after a backoff (1 s doubling to a minute), each request bounded by the
 * timeout; a 422 is an alarm: logged as an error and shown in status().
 */
export class WitnessCoordinator {
  private readonly workers: WitnessWorker[];
  private readonly events = new EventEmitter();
  private readonly quorum: number;
  private newest: Target | null = null;
  private served: number | null;
  private closed = false;

  constructor(private readonly options: WitnessCoordinatorOptions) {
    const count = options.witnesses.length;
    this.quorum = options.quorum ?? Math.floor(count / 2) + 1;
    if (!Number.isInteger(this.quorum) || this.quorum < 1 || (count > 0 && this.quorum > count)) {
      throw new RangeError(`the witness quorum must be from 1 to the ${count} witnesses, not ${options.quorum}`);
    }
    this.events.setMaxListeners(0);
    this.workers = options.witnesses.map((endpoint) => new WitnessWorker(endpoint, this, options));
    this.served = count > 0 ? options.store.newestCosignedBy(this.quorum) : null;
  }

  get witnessCount(): number {
    return this.workers.length;
  }

  get requiredCosignatures(): number {
    return this.quorum;
  }

  /**
   * Submits a checkpoint to every witness and resolves, once each has answered (or the
   * timeout has passed), with the note and the cosignatures gathered for it: the
   * interface `submit(checkpointNote, proofSource) -> cosigned note`. Never rejects for
   * a witness's failure; a note that is not a checkpoint is refused.
   */
  async submit(checkpointNote: string, proofSource: ConsistencyProofSource = this.options.proofs): Promise<string> {
    const checkpoint = parseCheckpoint(parseNote(checkpointNote).text);
    this.offer({ checkpoint, note: checkpointNote, proofs: proofSource });
    await Promise.all(this.workers.map((worker) => worker.settledAt(checkpoint.size, (this.options.timeoutMs ?? 5000) * 3)));
    return this.withCosignatures(checkpointNote, checkpoint.size);
  }

  /** After the log issues a checkpoint: hands it to the witnesses in the background. Returns at once; never throws. */
  checkpointIssued(checkpoint: { note: string }): void {
    try {
      const parsed = parseCheckpoint(parseNote(checkpoint.note).text);
      this.offer({ checkpoint: parsed, note: checkpoint.note, proofs: this.options.proofs });
    } catch (error) {
      this.options.log?.('error', `witnesses: an issued checkpoint could not be read: ${(error as Error).message}`);
    }
  }

  /**
   * The checkpoint to serve: the newest with at least the quorum's cosignatures, or, when
   * none has them, the newest issued; either with every cosignature gathered for it.
   */
  servedCheckpoint(): CosignedCheckpoint | null {
    const size = this.served ?? this.newest?.checkpoint.size ?? null;
    if (size === null) return null;
    const issued = this.newest?.checkpoint.size === size ? { note: this.newest.note } : this.options.checkpoints.checkpointAt(size);
    if (!issued) return null;
    const note = this.withCosignatures(issued.note, size);
    return { size, note, cosignatures: this.options.store.cosignaturesAt(size).length };
  }

  /** The note with the cosignatures kept for its size appended (those already on it are not repeated). */
  withCosignatures(note: string, size: number): string {
    const lines = this.options.store
      .cosignaturesAt(size)
      .map((c) => c.line)
      .filter((line) => !note.includes(line));
    return note + lines.join('');
  }

  /** Each witness: its state, what it last cosigned and how far behind the newest checkpoint it is. */
  status(): WitnessStatus[] {
    const newestSize = this.newest?.checkpoint.size ?? null;
    return this.workers.map((worker) => worker.status(newestSize));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.events.removeAllListeners();
  }

  // ---- for the workers

  isClosed(): boolean {
    return this.closed;
  }

  newestTarget(): Target | null {
    return this.newest;
  }

  cosigned(size: number): void {
    const count = this.options.store.cosignaturesAt(size).length;
    if (count >= this.quorum && (this.served === null || size > this.served)) this.served = size;
  }

  private offer(target: Target): void {
    if (this.closed) return;
    if (!this.newest || target.checkpoint.size >= this.newest.checkpoint.size) this.newest = target;
    for (const worker of this.workers) worker.wake();
  }
}

/** One witness's loop: submits the newest checkpoint it has not cosigned, one request at a time. */
class WitnessWorker {
  private readonly settled = new EventEmitter();
  private knownSize: number | null;
  private cosignedAt: string | null;
  private state: WitnessState = 'waiting';
  private lastError: string | null;
  private lastErrorAt: string | null;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryAt: number | null = null;
  private running: Promise<void> | null = null;
  private inFlight: AbortController | null = null;
  /** The largest size this witness has answered for (cosigned, refused or timed out): submit() waits on it. */
  private settledSize = -1;
  private readonly clock: () => Date;
  private readonly fetch: typeof fetch;

  constructor(
    private readonly endpoint: WitnessEndpoint,
    private readonly coordinator: WitnessCoordinator,
    private readonly options: WitnessCoordinatorOptions,
  ) {
    this.settled.setMaxListeners(0);
    this.clock = options.clock ?? (() => new Date());
    this.fetch = options.fetch ?? fetch;
    const record = options.store.witness(endpoint.verifier.name, endpoint.verifier.keyId);
    this.knownSize = record && record.cosignedAt ? record.size : null;
    this.cosignedAt = record?.cosignedAt || null;
    this.lastError = record?.alarm ?? null;
    this.lastErrorAt = record?.alarmAt ?? null;
    if (record?.alarm) this.state = 'inconsistent';
  }

  private get name(): string {
    return this.endpoint.verifier.name;
  }

  wake(): void {
    if (this.running || this.retryTimer || this.coordinator.isClosed()) return;
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /**
   * Resolves once this witness has answered for a checkpoint of `size` or larger, or after
   * `timeoutMs`; at once while it waits out a backoff (it will not be asked before then).
   */
  settledAt(size: number, timeoutMs: number): Promise<void> {
    if (this.settledSize >= size || this.retryTimer) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.settled.off('settled', check);
        resolve();
      };
      const check = (settledSize: number) => {
        if (settledSize >= size) done();
      };
      const timer = setTimeout(done, timeoutMs);
      this.settled.on('settled', check);
    });
  }

  status(newestSize: number | null): WitnessStatus {
    const record = this.options.store.witness(this.name, this.endpoint.verifier.keyId);
    const cosignedSize = record && record.cosignedAt ? record.size : null;
    return {
      name: this.name,
      url: this.endpoint.url,
      state: this.state,
      cosignedSize,
      cosignedAt: this.cosignedAt,
      behind: newestSize === null || cosignedSize === null ? newestSize : Math.max(0, newestSize - cosignedSize),
      lastError: this.lastError,
      lastErrorAt: this.lastErrorAt,
      retryAt: this.retryAt === null ? null : new Date(this.retryAt).toISOString(),
    };
  }

  async close(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.inFlight?.abort();
    await this.running;
  }

  private settle(size: number): void {
    if (size > this.settledSize) this.settledSize = size;
    this.settled.emit('settled', size);
  }

  private async loop(): Promise<void> {
    for (let conflicts = 0; !this.coordinator.isClosed();) {
      const target = this.coordinator.newestTarget();
      if (!target || target.checkpoint.size <= this.settledSize) return;
      let outcome: 'cosigned' | 'retry' | 'failed';
      try {
        outcome = await this.attempt(target);
      } catch (error) {
        // A fault of this side (the store, a proof): the witness is asked again later, and submit() is not left waiting.
        outcome = this.fail('refused', `could not be asked: ${(error as Error).message}`, 'error');
      }
      if (outcome === 'retry' && conflicts++ < 3) continue;
      if (outcome === 'retry') outcome = this.fail('refused', 'it answered 409 again and again, each time with another size');
      if (outcome === 'failed') {
        this.settle(target.checkpoint.size);
        this.scheduleRetry();
        return;
      }
      conflicts = 0;
      this.failures = 0;
      this.settle(target.checkpoint.size);
    }
  }

  private scheduleRetry(): void {
    if (this.coordinator.isClosed()) return;
    const backoff = this.options.backoffMs ?? { initial: 1000, max: 60_000 };
    this.failures++;
    const delay = Math.min(backoff.max, backoff.initial * 2 ** (this.failures - 1)) * (0.8 + Math.random() * 0.4);
    this.retryAt = Date.now() + delay;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.retryAt = null;
      // The checkpoint it failed on counts as answered; the newest one is tried again.
      this.settledSize = -1;
      this.wake();
    }, delay);
    this.retryTimer.unref();
  }

  private fail(state: WitnessState, message: string, level: 'warn' | 'error' = 'warn'): 'failed' {
    this.state = state;
    this.lastError = message;
    this.lastErrorAt = this.clock().toISOString();
    this.options.log?.(level, `witness ${this.name} (${this.endpoint.url}): ${message}`);
    return 'failed';
  }

  /** One add-checkpoint: 'cosigned', 'retry' (a 409 taught it the witness's size), or 'failed'. */
  private async attempt(target: Target): Promise<'cosigned' | 'retry' | 'failed'> {
    const { checkpoint } = target;
    // A size larger than the checkpoint's cannot be proven from: ask the witness its size (old 0, answered by a 409).
    const oldSize = this.knownSize !== null && this.knownSize <= checkpoint.size ? this.knownSize : 0;
    let proof: Buffer[] = [];
    try {
      if (oldSize > 0 && oldSize < checkpoint.size) proof = await target.proofs.consistencyProof(oldSize, checkpoint.size);
    } catch (error) {
      if (error instanceof ProofError) return this.fail('ahead', `ALARM: no consistency proof from its size ${oldSize}: ${error.message}`, 'error');
      return this.fail('refused', `no consistency proof from its size ${oldSize}: ${(error as Error).message}`, 'error');
    }
    const controller = new AbortController();
    this.inFlight = controller;
    const timeoutMs = this.options.timeoutMs ?? 5000;
    const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    let status: number;
    let contentType: string;
    let body: string;
    try {
      const response = await this.fetch(`${this.endpoint.url}${ADD_CHECKPOINT_PATH}`, {
        method: 'POST',
        headers: { 'content-type': TEXT },
        body: formatAddCheckpoint({ oldSize, proof, checkpoint: target.note }),
        signal: controller.signal,
      });
      status = response.status;
      contentType = response.headers.get('content-type') ?? '';
      body = await response.text();
    } catch (error) {
      if (this.coordinator.isClosed()) return 'failed';
      const reason = controller.signal.aborted ? (controller.signal.reason as Error).message : describeFetchError(error);
      return this.fail('unreachable', `unreachable: ${reason}`);
    } finally {
      clearTimeout(timer);
      this.inFlight = null;
    }

    if (status === 200) {
      const found = cosignaturesOn(`${target.note}${body.endsWith('\n') ? body : `${body}\n`}`, [this.endpoint.verifier]).filter(
        (c) => c.valid && c.timestamp !== null,
      );
      if (found.length === 0) return this.fail('refused', 'answered 200 without a cosignature by its key that verifies');
      const at = new Date(found[0].timestamp! * 1000).toISOString();
      this.options.store.addCosignature(
        { size: checkpoint.size, witness: this.name, keyId: this.endpoint.verifier.keyId, line: found[0].line, timestamp: found[0].timestamp! },
        at,
      );
      this.knownSize = checkpoint.size;
      this.cosignedAt = at;
      this.state = 'cosigned';
      this.lastError = null;
      this.lastErrorAt = null;
      this.coordinator.cosigned(checkpoint.size);
      try {
        this.options.onCosigned?.(checkpoint.size, this.coordinator.withCosignatures(target.note, checkpoint.size));
      } catch (error) {
        this.options.log?.('error', `witnesses: a co-signed checkpoint of ${checkpoint.size} events was not taken: ${(error as Error).message}`);
      }
      return 'cosigned';
    }
    if (status === 409) {
      let size: number;
      try {
        if (!contentType.startsWith(TLOG_SIZE_CONTENT_TYPE)) throw new Error(`typed ${contentType || 'nothing'}, not ${TLOG_SIZE_CONTENT_TYPE}`);
        size = parseTlogSize(body);
      } catch (error) {
        return this.fail('refused', `answered 409 without its size: ${(error as Error).message}`);
      }
      if (size === oldSize) return this.fail('refused', `answered 409 naming the size ${size} it was sent`);
      if (size > checkpoint.size) {
        this.knownSize = size;
        return this.fail(
          'ahead',
          `ALARM: it has cosigned ${size} events of this log, more than the ${checkpoint.size} of the newest checkpoint this ledger issues: the log was cut short or restored from an older copy`,
          'error',
        );
      }
      this.options.log?.('info', `witness ${this.name}: it has cosigned ${size} events, not ${oldSize}; submitting again from there`);
      this.knownSize = size;
      return 'retry';
    }
    const said = body.trim().slice(0, 300);
    if (status === 422) {
      const message = `ALARM: it refused the checkpoint of ${checkpoint.size} events as inconsistent with the ${oldSize} it cosigned before (422): ${said}`;
      const at = this.clock().toISOString();
      this.options.store.recordAlarm(this.name, this.endpoint.verifier.keyId, message, at);
      return this.fail('inconsistent', message, 'error');
    }
    return this.fail('refused', `answered ${status}: ${said}`);
  }
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
