import { randomBytes } from 'node:crypto';
import { consistencyProof, generateLogKey, hashLeaf, type LogKey, MemoryNodeReader, signCheckpoint, treeRoot } from '@compact-ledger/transparency';

/** A log in memory for the witness's tests: leaves, checkpoints signed by its key, consistency proofs. */
export class MemoryLog {
  readonly leaves: Buffer[] = [];

  constructor(readonly key: LogKey = generateLogKey('ledger.example/compacts')) {}

  get origin(): string {
    return this.key.name;
  }

  /** Appends `count` random leaves. */
  grow(count: number): this {
    for (let i = 0; i < count; i++) this.leaves.push(hashLeaf(randomBytes(32)));
    return this;
  }

  /** Replaces leaf `index` with another: the same log, rewritten. */
  rewrite(index: number): this {
    this.leaves[index] = hashLeaf(randomBytes(32));
    return this;
  }

  root(size = this.leaves.length): Buffer {
    return treeRoot(size, new MemoryNodeReader(this.leaves.slice(0, size)));
  }

  checkpoint(size = this.leaves.length): string {
    return signCheckpoint({ origin: this.origin, size, root: this.root(size) }, this.key.signer);
  }

  proof(from: number, to = this.leaves.length): Buffer[] {
    return consistencyProof(from, to, new MemoryNodeReader(this.leaves.slice(0, to)));
  }

  /** As TransparencyLog answers it, for the coordinator (Ed25519 signs deterministically: the same note each time). */
  checkpointAt(size: number): { note: string } | null {
    return size <= this.leaves.length ? { note: this.checkpoint(size) } : null;
  }

  /** As TransparencyLog answers it, for the coordinator. */
  consistencyProof(from: number, to: number): Buffer[] {
    return this.proof(from, to);
  }
}
