/** Where one projection has got to. */
export interface ProjectionStatus {
  name: string;
  position: number;
  caughtUp: boolean;
  error: string | null;
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
  /** Calls `listener` whenever a projection has moved on; returns the unsubscribe. */
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
}
