import type { NoteSigner } from '../note/signed-note';
import { signCheckpoint } from './checkpoint';
import type { CheckpointStore, StoredCheckpoint } from './checkpoint-store';

/** What the issuer needs of the log's tree. */
export interface IssuableTree {
  size(): number;
  root(): Buffer;
  /** The root of the tree's first `size` leaves, from the stored tree. */
  rootAt(size: number): Buffer;
}

/** The tree no longer extends the last checkpoint: signing would contradict what the log signed before. */
export class InconsistentLogError extends Error {
  override readonly name = 'InconsistentLogError';
}

export interface CheckpointIssuerOptions {
  tree: IssuableTree;
  store: CheckpointStore;
  signer: NoteSigner;
  /** Least time between two checkpoints issued after growth. Default 1,000 ms. */
  minIntervalMs?: number;
  clock?: () => Date;
  /** A checkpoint issued by the timer failed (the log was rewritten, the disk is full): the caller logs it. */
  onError?: (error: unknown) => void;
  /** Each checkpoint as it is issued (after growth or on demand), e.g. to hand it to witnesses. A listener that throws is reported to onError. */
  onIssued?: (checkpoint: StoredCheckpoint) => void;
}

/**
 * Issues checkpoints as the log grows: after a commit, at once when the tree grew
 * and a second has passed since the last one, otherwise when that second is over
 * (so the last commits of a burst are not left without a checkpoint); and on
 * demand at any time (an export anchors its pack to a checkpoint of the log as it
 * stands). Before signing it checks that the tree still has the last checkpoint's
 * root at that size: a log whose history was rewritten is never signed again.
 */
export class CheckpointIssuer {
  private timer: NodeJS.Timeout | null = null;
  private lastIssuedAt = Number.NEGATIVE_INFINITY;
  private closed = false;
  private readonly minIntervalMs: number;
  private readonly clock: () => Date;

  constructor(private readonly options: CheckpointIssuerOptions) {
    this.minIntervalMs = options.minIntervalMs ?? 1000;
    this.clock = options.clock ?? (() => new Date());
    const latest = options.store.latest();
    if (latest) this.lastIssuedAt = Date.parse(latest.issuedAt);
  }

  /** Call after each commit that grew the tree. */
  afterGrowth(): void {
    if (this.closed || this.timer || !this.grown()) return;
    const wait = this.lastIssuedAt + this.minIntervalMs - this.clock().getTime();
    if (wait <= 0) {
      this.issueReporting();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.closed && this.grown()) this.issueReporting();
    }, wait);
    this.timer.unref();
  }

  /** A checkpoint of the tree as it stands: a new one when it grew, else the latest (the empty tree's, for a new log). */
  issueNow(): StoredCheckpoint {
    const latest = this.options.store.latest();
    if (latest && !this.grown(latest)) return latest;
    return this.issue();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private grown(latest = this.options.store.latest()): boolean {
    return this.options.tree.size() > (latest?.size ?? -1);
  }

  private issueReporting(): void {
    try {
      this.issue();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private issue(): StoredCheckpoint {
    const { tree, store, signer } = this.options;
    const size = tree.size();
    const root = tree.root();
    const latest = store.latest();
    if (latest) {
      if (size < latest.size) {
        throw new InconsistentLogError(
          `refusing to sign: the tree has ${size} leaves, fewer than the ${latest.size} of the checkpoint issued ${latest.issuedAt}`,
        );
      }
      const then = tree.rootAt(latest.size);
      if (!then.equals(latest.root)) {
        throw new InconsistentLogError(
          `refusing to sign: the tree's first ${latest.size} leaves no longer have the root of the checkpoint issued ${latest.issuedAt} (${latest.root.toString('base64')}, now ${then.toString('base64')}): the log was rewritten`,
        );
      }
    }
    const now = this.clock();
    const checkpoint: StoredCheckpoint = { size, root, note: signCheckpoint({ origin: signer.name, size, root }, signer), issuedAt: now.toISOString() };
    store.add(checkpoint);
    this.lastIssuedAt = now.getTime();
    try {
      this.options.onIssued?.(checkpoint);
    } catch (error) {
      this.options.onError?.(error);
    }
    return checkpoint;
  }
}
