import type { ChunkPlan, VerifiedChunk } from './verify-segment';
import { startWorkerThread } from './worker-thread';

/** Runs verifyClaimedChunks in a worker thread with its own read-only connection, claiming chunks through `counter`. */
export function verifyChunksInWorker(file: string, plan: ChunkPlan, counter: Int32Array, processExclusive = false): Promise<VerifiedChunk[]> {
  const worker = startWorkerThread('verify-segment', { file, processExclusive, plan, counter });
  return new Promise((resolvePromise, reject) => {
    worker.once('message', resolvePromise);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`verification worker exited with code ${code}`)));
  });
}
