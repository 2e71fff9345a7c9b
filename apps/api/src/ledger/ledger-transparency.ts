import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedEvent } from '@compact-ledger/event-store';
import {
  type LogKey,
  LogKeyError,
  logKeyFile,
  loadOrCreateLogKey,
  openNote,
  parseLogPrivateKey,
  parseNote,
  parseVerifierKey,
  signStreamHead,
  type StoredCheckpoint,
  type TransparencyLog,
} from '@compact-ledger/transparency';
import type { LedgerConfig } from '../config/ledger-config';

/** The transparency routes on a ledger that keeps no transparency log (EventStoreDB): answered 501. */
export class TransparencyUnavailableError extends Error {
  override readonly name = 'TransparencyUnavailableError';
}

/** The transparency log is kept, but could not be opened over this event log (the log was cut short or rewritten under its tree): answered 503, an operator's matter. */
export class TransparencyFaultError extends Error {
  override readonly name = 'TransparencyFaultError';
}

/**
 * The log key: the file LEDGER_LOG_KEY_FILE names (which must exist: a key supplied is
 * never made up), else <data dir>/keys/log-signing-key, made on first start. Its name is
 * the log's origin: LEDGER_ORIGIN where set (and then it must be the key's), else the
 * name of the key found, else, for a new key, compact-ledger/<8 random hex digits>, so
 * that two ledgers started with no configuration are still two logs.
 */
export function loadLedgerLogKey(config: Pick<LedgerConfig, 'LEDGER_DATA_DIR' | 'LEDGER_LOG_KEY_FILE' | 'LEDGER_ORIGIN'>): LogKey {
  if (config.LEDGER_LOG_KEY_FILE) {
    const file = config.LEDGER_LOG_KEY_FILE;
    if (!existsSync(file)) throw new LogKeyError(`LEDGER_LOG_KEY_FILE names ${file}, which does not exist`);
    const key = parseLogPrivateKey(readFileSync(file, 'utf8'), `the log key file ${file} (LEDGER_LOG_KEY_FILE)`);
    if (config.LEDGER_ORIGIN && key.name !== config.LEDGER_ORIGIN) {
      throw new LogKeyError(`the log key file ${file} is for the log named ${key.name}, but LEDGER_ORIGIN is ${config.LEDGER_ORIGIN}`);
    }
    return key;
  }
  const file = logKeyFile(config.LEDGER_DATA_DIR);
  let name = config.LEDGER_ORIGIN;
  if (!name && existsSync(file)) name = parseLogPrivateKey(readFileSync(file, 'utf8'), `the log key file ${file}`).name;
  return loadOrCreateLogKey(file, name ?? `compact-ledger/${randomBytes(4).toString('hex')}`);
}

export const transparencyDatabaseFile = (dataDir: string) => join(dataDir, 'transparency.db');

/**
 * Response headers of a stream's read (a compact's history, a dispute's replay): the
 * signed stream head and the head's tlog-proof (which holds the checkpoint), each
 * base64 of its UTF-8 text, as a header holds one line.
 */
export const STREAM_HEAD_HEADER = 'Ledger-Stream-Head';
export const HEAD_PROOF_HEADER = 'Ledger-Head-Proof';

export const streamHeadHeaderDocs = {
  [STREAM_HEAD_HEADER]: {
    description:
      "Base64 of a signed note (compact-ledger stream head v1) naming the checkpoint this read is consistent with and the stream's head at it: event count, head revision, position and hash. Signed with the log key (GET /ledger/keys). Absent where the ledger keeps no transparency log",
    schema: { type: 'string' },
  },
  [HEAD_PROOF_HEADER]: {
    description:
      'Base64 of a C2SP tlog-proof that the head event is in that checkpoint (the checkpoint verbatim at its end). With the stream head, a copy of the read that was cut short is caught: its last event is not the signed head',
    schema: { type: 'string' },
  },
};

export function streamHeadHeaders(evidence: StreamHeadEvidence): Record<string, string> {
  return {
    [STREAM_HEAD_HEADER.toLowerCase()]: Buffer.from(evidence.streamHead).toString('base64'),
    [HEAD_PROOF_HEADER.toLowerCase()]: Buffer.from(evidence.headProof).toString('base64'),
  };
}

/** What a read of a stream says about the checkpoint it is consistent with. */
export interface StreamHeadEvidence {
  /** The checkpoint (a signed note) the head is proven in. */
  checkpoint: string;
  /** Signed with the log key: the stream's head (revision, position, hash, event count) at that checkpoint. */
  streamHead: string;
  /** C2SP tlog-proof of the head event in that checkpoint. */
  headProof: string;
}

/**
 * The ledger's transparency log as the routes use it, or its absence (EventStoreDB:
 * every use answers 501), and the hook for witnesses: each checkpoint issued is handed
 * to the listeners of onCheckpointIssued, and a co-signed version of an issued
 * checkpoint (the same note, with more signature lines) given to serveCosigned is
 * served in its place.
 */
export class LedgerTransparency {
  private readonly listeners = new Set<(checkpoint: StoredCheckpoint) => void>();
  /** Co-signed notes by tree size; the newest few hundred, in memory. */
  private readonly cosigned = new Map<number, string>();
  private log: TransparencyLog | null = null;

  constructor(
    readonly key: LogKey,
    private readonly unavailable: string | null,
    private readonly onError: (error: unknown) => void = () => undefined,
    /** Why the log, though kept, is not open: it disagrees with the event log under it. */
    readonly fault: string | null = null,
  ) {}

  /** Called once the log is open (the log is made after this object, which receives its issued checkpoints). */
  attach(log: TransparencyLog): void {
    this.log = log;
  }

  get origin(): string {
    return this.key.name;
  }

  get verifierKey(): string {
    return this.key.verifierKey;
  }

  /** The open log; throws 501 where the ledger keeps none. */
  require(): TransparencyLog {
    if (!this.log && this.fault !== null) throw new TransparencyFaultError(this.fault);
    if (!this.log) throw new TransparencyUnavailableError(this.unavailable ?? 'the transparency log is not open');
    return this.log;
  }

  get available(): boolean {
    return this.log !== null;
  }

  /** Witnesses: called with every checkpoint the log issues. Returns the unsubscribe. */
  onCheckpointIssued(listener: (checkpoint: StoredCheckpoint) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The log hands each checkpoint it issues here (TransparencyLogOptions.onCheckpointIssued). */
  announce(checkpoint: StoredCheckpoint): void {
    for (const listener of this.listeners) {
      try {
        listener(checkpoint);
      } catch (error) {
        this.onError(error);
      }
    }
  }

  /**
   * Witnesses: a co-signed version of a checkpoint this log issued, served in its place
   * from now on. It must be the same checkpoint text and still carry the log's own
   * signature; otherwise it is refused (Error).
   */
  serveCosigned(note: string): void {
    const log = this.require();
    const { text } = parseNote(note);
    openNote(note, [parseVerifierKey(this.key.verifierKey)]);
    const size = Number(text.split('\n')[1]);
    const issued = log.checkpointAt(size);
    if (!issued || parseNote(issued.note).text !== text) throw new Error(`the log issued no checkpoint with this text at size ${size}`);
    this.cosigned.set(size, note);
    if (this.cosigned.size > 500) this.cosigned.delete(this.cosigned.keys().next().value!);
  }

  /** The note to serve for an issued checkpoint: its co-signed version where witnesses gave one. */
  served(checkpoint: StoredCheckpoint): string {
    return this.cosigned.get(checkpoint.size) ?? checkpoint.note;
  }

  /** The latest checkpoint if it covers `position`, else one issued now (which covers every event committed so far). */
  async checkpointCovering(position: number): Promise<StoredCheckpoint> {
    const log = this.require();
    const latest = log.latestCheckpoint();
    if (latest && latest.size >= position) return latest;
    const issued = await log.issueCheckpoint();
    if (issued.size < position) throw new Error(`the log has caught up to ${issued.size} events, not yet position ${position}`);
    return issued;
  }

  /** The checkpoint a stream's read is consistent with, its head's tlog-proof, and the head signed. */
  async streamHead(streamId: string, head: RecordedEvent, count = head.revision + 1): Promise<StreamHeadEvidence> {
    const checkpoint = await this.checkpointCovering(head.position);
    const log = this.require();
    return {
      checkpoint: this.served(checkpoint),
      streamHead: signStreamHead(
        {
          origin: this.origin,
          checkpointSize: checkpoint.size,
          checkpointRoot: checkpoint.root.toString('base64'),
          streamId,
          count,
          headRevision: head.revision,
          headPosition: head.position,
          headHash: head.metadata.hash,
        },
        this.key.signer,
      ),
      headProof: log.tlogProof(head.position, checkpoint),
    };
  }
}
