import { verifyInclusion } from '../merkle/proofs';
import { HASH_SIZE } from '../merkle/rfc6962';
import type { NoteVerifier } from '../note/signed-note';
import { type Checkpoint, CheckpointError, openCheckpoint } from './checkpoint';

/**
 * C2SP tlog-proof (c2sp.org/tlog-proof@v1): an offline proof that an entry is in
 * the log. The header line, an optional `extra` line, `index <n>`, the inclusion
 * proof's hashes one base64 per line, a blank line, and the checkpoint verbatim.
 */
export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';

export interface TlogProof {
  index: number;
  proof: Buffer[];
  /** The signed checkpoint note, as issued. */
  checkpoint: string;
  extra: Buffer | null;
}

export function formatTlogProof({ index, proof, checkpoint, extra = null }: Omit<TlogProof, 'extra'> & { extra?: Buffer | null }): string {
  const lines = [TLOG_PROOF_HEADER];
  if (extra) lines.push(`extra ${extra.toString('base64')}`);
  lines.push(`index ${index}`, ...proof.map((hash) => hash.toString('base64')));
  return `${lines.join('\n')}\n\n${checkpoint}`;
}

export function parseTlogProof(text: string): TlogProof {
  const blank = text.indexOf('\n\n');
  if (blank < 0) throw new CheckpointError('the tlog-proof has no blank line before its checkpoint');
  const lines = text.slice(0, blank).split('\n');
  const checkpoint = text.slice(blank + 2);
  if (lines[0] !== TLOG_PROOF_HEADER) throw new CheckpointError(`the tlog-proof does not start with ${TLOG_PROOF_HEADER}`);
  let at = 1;
  let extra: Buffer | null = null;
  if (lines[at]?.startsWith('extra ')) {
    const b64 = lines[at].slice('extra '.length);
    extra = Buffer.from(b64, 'base64');
    if (extra.toString('base64') !== b64) throw new CheckpointError('the tlog-proof extra data is not base64');
    at++;
  }
  const indexMatch = /^index (0|[1-9][0-9]*)$/.exec(lines[at] ?? '');
  if (!indexMatch || !Number.isSafeInteger(Number(indexMatch[1]))) throw new CheckpointError('the tlog-proof has no valid index line');
  const proof = lines.slice(at + 1).map((line, i) => {
    const hash = Buffer.from(line, 'base64');
    if (hash.length !== HASH_SIZE || hash.toString('base64') !== line) throw new CheckpointError(`the tlog-proof's hash ${i + 1} is not base64 of 32 bytes`);
    return hash;
  });
  return { index: Number(indexMatch[1]), proof, checkpoint, extra };
}

/**
 * Verifies a tlog-proof for the leaf with the given hash: its checkpoint is this
 * log's and signed by its key, and the inclusion proof binds the leaf to its root.
 */
export function verifyTlogProof(text: string, leafHash: Buffer, verifier: NoteVerifier): { index: number; checkpoint: Checkpoint } {
  const parsed = parseTlogProof(text);
  const checkpoint = openCheckpoint(parsed.checkpoint, verifier);
  verifyInclusion(parsed.index, checkpoint.size, leafHash, parsed.proof, checkpoint.root);
  return { index: parsed.index, checkpoint };
}
