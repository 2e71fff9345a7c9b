/** Where one projection has got to. */
export interface ProjectionStatus {
  name: string;
  position: number;
  caughtUp: boolean;
  /** Why it is failing now; null while it applies its batches. */
  error: string | null;
  /** The last failure it met, kept once it has recovered, and when. */
  lastError: { message: string; at: string } | null;
}

/**
 * What the API needs of the projections: where they are, a wait for read-your-writes,
 * and a rebuild. The ProjectionRunner is one; the API's view of a runner on another
 * thread is another. (An abstract class so that it can be Nest's injection token.)
 */
export abstract class ProjectionControl {
  abstract readonly projectionNames: string[];
  abstract status(): ProjectionStatus[];
  /** The lowest position every projection has reached. */
  abstract position(): number;
  /** Calls `listener` whenever a projection has moved on or failed; returns the unsubscribe. */
  abstract onProgress(listener: () => void): () => void;

  /** Resolves true once every projection has reached `position`, false if `timeoutMs` passes first. */
  waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    if (this.position() >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const stopListening = this.onProgress(() => {
        if (this.position() >= position) finish(true);
      });
      const finish = (reached: boolean) => {
        clearTimeout(timer);
        stopListening();
        resolve(reached);
      };
    });
  }
  /** Drops the projection's tables and replays it from position zero; resolves once it has caught up. */
  abstract rebuild(name: string): Promise<void>;

  private readsHeld = 0;
  private readonly onReadsDrained: Array<() => void> = [];

  /**
   * A read that has waited for its position holds the read models until it has answered:
   * a rebuild, once it has stopped letting new reads through, lets those finish before it
   * drops the tables they are reading. Returns the release (idempotent).
   */
  holdReads(): () => void {
    this.readsHeld++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.readsHeld === 0) for (const drained of this.onReadsDrained.splice(0)) drained();
    };
  }

  /** Resolves once no read holds the read models, or after `timeoutMs` (a read that never answers must not stop a rebuild). */
  protected readsDrained(timeoutMs = 5_000): Promise<void> {
    if (this.readsHeld === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.onReadsDrained.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
