/**
 * The wire format of C2SP tlog-witness's add-checkpoint (c2sp.org/tlog-witness,
 * "add-checkpoint"): `POST <submission prefix>/add-checkpoint` whose body is an old
 * size line ("old <decimal>"), zero to 63 consistency proof lines (one base64 hash
 * each), an empty line, and the checkpoint as a signed note; every line ends in a
 * newline. A 409 answers the witness's size as "<decimal>\n", typed text/x.tlog.size;
 * a 200 answers one or more signature lines (the cosignatures).
 */
export const ADD_CHECKPOINT_PATH = '/add-checkpoint';
export const TLOG_SIZE_CONTENT_TYPE = 'text/x.tlog.size';
export const MAX_CONSISTENCY_PROOF_LINES = 63;
const HASH_BYTES = 32;

export class AddCheckpointFormatError extends Error {
  override readonly name = 'AddCheckpointFormatError';
}

export interface AddCheckpointRequest {
  oldSize: number;
  proof: Buffer[];
  /** The checkpoint note, signatures and all. */
  checkpoint: string;
}

const DECIMAL = /^(0|[1-9][0-9]*)$/;

function decimal(text: string, what: string, Failure: new (message: string) => Error): number {
  if (!DECIMAL.test(text) || !Number.isSafeInteger(Number(text)))
    throw new Failure(`${what} ${JSON.stringify(text.slice(0, 40))} is not a decimal without leading zeroes`);
  return Number(text);
}

export function formatAddCheckpoint({ oldSize, proof, checkpoint }: AddCheckpointRequest): string {
  if (!Number.isSafeInteger(oldSize) || oldSize < 0) throw new AddCheckpointFormatError(`the old size ${oldSize} is not a size`);
  if (proof.length > MAX_CONSISTENCY_PROOF_LINES) throw new AddCheckpointFormatError(`a consistency proof has at most ${MAX_CONSISTENCY_PROOF_LINES} hashes`);
  return `old ${oldSize}\n${proof.map((hash) => `${Buffer.from(hash).toString('base64')}\n`).join('')}\n${checkpoint}`;
}

/** Parses a request body; a body not in the format throws AddCheckpointFormatError (a 400). */
export function parseAddCheckpoint(body: string): AddCheckpointRequest {
  const firstEnd = body.indexOf('\n');
  if (firstEnd < 0) throw new AddCheckpointFormatError('the body has no old size line');
  const first = body.slice(0, firstEnd);
  if (!first.startsWith('old ')) throw new AddCheckpointFormatError('the body does not begin with an old size line ("old <size>")');
  const oldSize = decimal(first.slice(4), 'the old size', AddCheckpointFormatError);
  const proof: Buffer[] = [];
  let at = firstEnd + 1;
  for (;;) {
    const end = body.indexOf('\n', at);
    if (end < 0) throw new AddCheckpointFormatError('the body has no empty line before the checkpoint');
    const line = body.slice(at, end);
    at = end + 1;
    if (line === '') break;
    if (proof.length === MAX_CONSISTENCY_PROOF_LINES)
      throw new AddCheckpointFormatError(`the body has more than ${MAX_CONSISTENCY_PROOF_LINES} consistency proof lines`);
    const hash = Buffer.from(line, 'base64');
    if (hash.length !== HASH_BYTES || hash.toString('base64') !== line) {
      throw new AddCheckpointFormatError(`consistency proof line ${proof.length + 1} is not base64 of a 32-byte hash`);
    }
    proof.push(hash);
  }
  const checkpoint = body.slice(at);
  if (checkpoint.length === 0) throw new AddCheckpointFormatError('the body has no checkpoint after its empty line');
  return { oldSize, proof, checkpoint };
}

export const formatTlogSize = (size: number) => `${size}\n`;

/** The size in a 409's text/x.tlog.size body. */
export function parseTlogSize(body: string): number {
  if (!body.endsWith('\n')) throw new Error('a text/x.tlog.size body ends with a newline');
  return decimal(body.slice(0, -1), 'the size', Error);
}
