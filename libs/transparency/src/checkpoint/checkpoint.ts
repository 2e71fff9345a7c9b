import { ProofError, verifyConsistency } from '../merkle/proofs';
import { HASH_SIZE } from '../merkle/rfc6962';
import { type NoteSigner, type NoteVerifier, openNote, parseNote, signNote } from '../note/signed-note';

/**
 * C2SP tlog-checkpoint: a signed note whose text is the log's origin, its tree
 * size, and the base64 root hash, one per line (then optional extension lines).
 */
export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
  extensions: string[];
}

export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
}

export function formatCheckpoint(checkpoint: Pick<Checkpoint, 'origin' | 'size' | 'root'> & { extensions?: string[] }): string {
  const extensions = checkpoint.extensions ?? [];
  if (extensions.some((line) => line.length === 0 || line.includes('\n'))) throw new CheckpointError('extension lines are non-empty single lines');
  return [checkpoint.origin, String(checkpoint.size), checkpoint.root.toString('base64'), ...extensions].join('\n') + '\n';
}

export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new CheckpointError('a checkpoint text ends with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw new CheckpointError('a checkpoint has an origin, a tree size and a root hash, one per line');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (origin.length === 0) throw new CheckpointError('the checkpoint has no origin');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    throw new CheckpointError(`the tree size ${JSON.stringify(sizeText)} is not a decimal number without leading zeros`);
  }
  const root = Buffer.from(rootText, 'base64');
  if (root.length !== HASH_SIZE || root.toString('base64') !== rootText)
    throw new CheckpointError(`the root hash ${JSON.stringify(rootText)} is not base64 of 32 bytes`);
  if (extensions.some((line) => line.length === 0)) throw new CheckpointError('the checkpoint has an empty extension line');
  return { origin, size: Number(sizeText), root, extensions };
}

export function signCheckpoint(checkpoint: Pick<Checkpoint, 'origin' | 'size' | 'root'>, signer: NoteSigner): string {
  if (checkpoint.origin !== signer.name) throw new CheckpointError(`the log key is named ${signer.name}, not the origin ${checkpoint.origin}`);
  return signNote(formatCheckpoint(checkpoint), signer);
}

/**
 * Opens a checkpoint note signed by the log whose verifier is given. The origin
 * must be the key's name: a checkpoint of another log is refused as such, before
 * its signatures are looked at.
 */
export function openCheckpoint(note: string, verifier: NoteVerifier): Checkpoint {
  const checkpoint = parseCheckpoint(parseNote(note).text);
  if (checkpoint.origin !== verifier.name) {
    throw new CheckpointError(`the checkpoint is from another log: its origin is ${checkpoint.origin}, this log's is ${verifier.name}`);
  }
  try {
    openNote(note, [verifier]);
  } catch (error) {
    throw new CheckpointError(`the checkpoint's signature: ${(error as Error).message}`);
  }
  return checkpoint;
}

/**
 * Checks that a newer checkpoint extends an older one (what `verify-consistency`
 * does): both are this log's and signed by its key, and the consistency proof leads
 * from the older root to the newer. Throws CheckpointError or ProofError naming what failed.
 */
export function verifyCheckpointConsistency(
  olderNote: string,
  newerNote: string,
  proof: readonly Uint8Array[],
  verifier: NoteVerifier,
): { older: Checkpoint; newer: Checkpoint } {
  const older = openCheckpoint(olderNote, verifier);
  const newer = openCheckpoint(newerNote, verifier);
  if (older.size > newer.size) throw new ProofError(`the "older" checkpoint (${older.size} events) is larger than the newer (${newer.size})`);
  if (older.size === 0) return { older, newer };
  verifyConsistency(older.size, newer.size, proof, older.root, newer.root);
  return { older, newer };
}
