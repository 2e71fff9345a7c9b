import { createHash } from 'node:crypto';
import { CheckpointError, EMPTY_ROOT, NoteError, parseCheckpoint, parseNote, ProofError, verifyConsistency } from '@compact-ledger/transparency';
import { type CosignatureSigner, signatureLine } from '../cosignature/cosignature';
import { AddCheckpointFormatError, formatTlogSize, parseAddCheckpoint, TLOG_SIZE_CONTENT_TYPE } from '../protocol/add-checkpoint';
import type { FollowedLog } from './followed-logs';
import type { CosignedState, WitnessStateStore } from './witness-state-store';

/** What the witness answers to add-checkpoint: a status, its content type and body. */
export interface WitnessAnswer {
  status: 200 | 400 | 403 | 404 | 409 | 422;
  contentType: string;
  body: string;
}

export interface WitnessOptions {
  signer: CosignatureSigner;
  logs: readonly FollowedLog[];
  store: WitnessStateStore;
  clock?: () => Date;
  /** Each refusal and each cosignature, for the witness's log (a 422 is logged as an error: it may prove a split view). */
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

const TEXT = 'text/plain; charset=utf-8';
const answer = (status: WitnessAnswer['status'], body: string, contentType = TEXT): WitnessAnswer => ({
  status,
  contentType,
  body: body.endsWith('\n') ? body : `${body}\n`,
});

export const originHash = (origin: string) => createHash('sha256').update(origin, 'utf8').digest('hex');

/**
 * A C2SP tlog-witness (c2sp.org/tlog-witness, add-checkpoint, as of C2SP commit
 * 95978ca: a same-size checkpoint with another root and a non-empty proof from size 0
 * are 422): for each log it follows it keeps the latest checkpoint it cosigned, and
 * cosigns a new one only if it is signed by the log and provably extends that one.
 * The checks, in the spec's order: the body's format (400), the origin (404), the log's
 * signature (403), old size no larger than the checkpoint's (400), an empty tree's root
 * (422), the old size against the witness's (409, answering its size), the consistency
 * proof (422); then the new state is persisted and the cosignature answered (200).
 *
 * Submissions for one origin are handled one at a time, and the state moves by
 * compare-and-swap in the store: two submissions from the same old size never both
 * succeed.
 */
export class Witness {
  private readonly logs: Map<string, FollowedLog>;
  private readonly byHash: Map<string, string>;
  private readonly turns = new Map<string, Promise<unknown>>();
  private readonly clock: () => Date;

  constructor(private readonly options: WitnessOptions) {
    this.logs = new Map(options.logs.map((log) => [log.origin, log]));
    this.byHash = new Map(options.logs.map((log) => [originHash(log.origin), log.origin]));
    this.clock = options.clock ?? (() => new Date());
  }

  get name(): string {
    return this.options.signer.name;
  }

  get verifierKey(): string {
    return this.options.signer.verifierKey;
  }

  get followed(): readonly FollowedLog[] {
    return [...this.logs.values()];
  }

  /** The add-checkpoint call: the request body as received, the answer to send. */
  addCheckpoint(body: string): Promise<WitnessAnswer> {
    // The turn is taken by origin before anything is verified: the origin is only a key here.
    let origin = '';
    try {
      origin = parseCheckpointOrigin(parseAddCheckpoint(body).checkpoint);
    } catch {
      // Malformed: refused at once below, outside any origin's turn.
    }
    const previous = this.turns.get(origin) ?? Promise.resolve();
    const turn = previous.then(() => this.decide(body));
    const settled = turn.catch(() => undefined);
    this.turns.set(origin, settled);
    void settled.then(() => {
      if (this.turns.get(origin) === settled) this.turns.delete(origin);
    });
    return turn;
  }

  /** The latest checkpoint cosigned for the log whose origin hashes (SHA-256, lowercase hex) to `hash`, as monitors read it. */
  latestByOriginHash(hash: string): CosignedState | null {
    const origin = this.byHash.get(hash);
    return origin === undefined ? null : this.options.store.get(origin);
  }

  private decide(body: string): WitnessAnswer {
    const { store, signer } = this.options;
    let request;
    let checkpoint;
    try {
      request = parseAddCheckpoint(body);
      const split = request.checkpoint.lastIndexOf('\n\n');
      if (split < 0) throw new CheckpointError('the checkpoint is not a signed note (no blank line before its signatures)');
      checkpoint = parseCheckpoint(request.checkpoint.slice(0, split + 1));
    } catch (error) {
      if (error instanceof AddCheckpointFormatError || error instanceof CheckpointError) return answer(400, `malformed request: ${error.message}`);
      throw error;
    }
    const log = this.logs.get(checkpoint.origin);
    if (!log) return answer(404, `unknown log: this witness follows no log of origin ${JSON.stringify(checkpoint.origin)}`);

    // A signature block that is not well-formed cannot verify: 403, as litewitness answers too.
    let text: string;
    let signatures;
    try {
      ({ text, signatures } = parseNote(request.checkpoint));
    } catch (error) {
      if (error instanceof NoteError) return this.refuse(403, checkpoint.origin, `invalid signature: ${error.message}`, 'warn');
      throw error;
    }
    const bytes = Buffer.from(text, 'utf8');
    const verifiedLines: string[] = [];
    for (const signature of signatures) {
      const verifier = log.verifiers.find((v) => v.name === signature.name && v.keyId === signature.keyId);
      if (!verifier) continue;
      if (!verifier.verify(bytes, Buffer.from(signature.base64, 'base64').subarray(4))) {
        return this.refuse(403, checkpoint.origin, `invalid signature: the signature by ${signature.name} does not verify`, 'warn');
      }
      verifiedLines.push(`\u2014 ${signature.name} ${signature.base64}\n`);
    }
    if (verifiedLines.length === 0)
      return this.refuse(
        403,
        checkpoint.origin,
        `invalid signature: the checkpoint is not signed by a key this witness trusts for ${checkpoint.origin}`,
        'warn',
      );

    const { oldSize, proof } = request;
    if (oldSize > checkpoint.size) return answer(400, `malformed request: the old size ${oldSize} is larger than the checkpoint's size ${checkpoint.size}`);

    const refuseInconsistent = (reason: string) => {
      store.recordRefusal({ origin: checkpoint.origin, at: this.clock().toISOString(), oldSize, size: checkpoint.size, reason, request: body });
      return this.refuse(422, checkpoint.origin, `inconsistent checkpoint: ${reason}`, 'error');
    };
    if (checkpoint.size === 0 && !checkpoint.root.equals(EMPTY_ROOT)) return refuseInconsistent('a checkpoint of size 0 must have the root of the empty tree');

    const current = store.get(checkpoint.origin);
    const currentSize = current?.size ?? 0;
    if (oldSize !== currentSize) {
      this.options.log?.('info', `${checkpoint.origin}: old size ${oldSize} is not the ${currentSize} this witness cosigned last (409)`);
      return answer(409, formatTlogSize(currentSize), TLOG_SIZE_CONTENT_TYPE);
    }
    if (oldSize === 0) {
      if (proof.length > 0) return refuseInconsistent('the consistency proof from size 0 must be empty');
    } else {
      const previousRoot = current!.root;
      if (oldSize === checkpoint.size) {
        if (proof.length > 0) return refuseInconsistent('the consistency proof between trees of one size must be empty');
        if (!previousRoot.equals(checkpoint.root)) {
          return refuseInconsistent(
            `the tree of ${oldSize} leaves this witness cosigned had the root ${previousRoot.toString('base64')}, this checkpoint says ${checkpoint.root.toString('base64')}`,
          );
        }
      } else {
        try {
          verifyConsistency(oldSize, checkpoint.size, proof, previousRoot, checkpoint.root);
        } catch (error) {
          if (!(error instanceof ProofError)) throw error;
          return refuseInconsistent(
            `the consistency proof from the ${oldSize} leaves this witness cosigned (root ${previousRoot.toString('base64')}) to ${checkpoint.size} does not verify: ${error.message}`,
          );
        }
      }
    }

    const cosignature = signatureLine(text, signer);
    const next: CosignedState = {
      origin: checkpoint.origin,
      size: checkpoint.size,
      root: checkpoint.root,
      note: `${text}\n${verifiedLines.join('')}${cosignature}`,
      cosignedAt: this.clock().toISOString(),
    };
    if (!store.advance(current ? { size: current.size, root: current.root } : null, next)) {
      // Another process on the same state file moved it since it was read.
      const now = store.get(checkpoint.origin)?.size ?? 0;
      return answer(409, formatTlogSize(now), TLOG_SIZE_CONTENT_TYPE);
    }
    this.options.log?.('info', `${checkpoint.origin}: cosigned size ${checkpoint.size} (from ${oldSize})`);
    return answer(200, cosignature);
  }

  private refuse(status: 403 | 422, origin: string, message: string, level: 'warn' | 'error'): WitnessAnswer {
    this.options.log?.(level, `${origin}: refused (${status}) ${message}`);
    return answer(status, message);
  }
}

/** The first line of a note's text, without verifying anything. */
function parseCheckpointOrigin(note: string): string {
  const end = note.indexOf('\n');
  return end < 0 ? '' : note.slice(0, end);
}
