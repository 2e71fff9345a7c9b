import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { isStoredEvent, type RecordedEvent, type StoredEvent } from '@compact-ledger/event-store';
import { parseCheckpoint } from '../checkpoint/checkpoint';
import { formatTlogProof } from '../checkpoint/tlog-proof';
import { parseNote, signNote, type NoteSigner } from '../note/signed-note';
import { EvidencePackError, eventLine } from './event-line';
import { verifyInstructions } from './verify-instructions';

export const MANIFEST_HEADER = 'compact-ledger evidence pack v1';

/** The dependency-free verifier shipped in every pack; kept beside this file. */
export const VERIFY_MJS_PATH = join(__dirname, 'verify.mjs');

export interface EvidenceFile {
  /** The SHA-256 the ledger recorded for it (lowercase hex): its name in the pack. */
  sha256: string;
  content: AsyncIterable<Uint8Array> | NodeJS.ReadableStream;
}

export interface EvidencePackInput {
  /** The signed checkpoint note the pack is anchored to (every event must be within it). */
  checkpoint: string;
  /**
   * The events, in global position order: every event of the streams the pack covers,
   * from revision 0. As the store holds them (StoredEvent: written as they are) or parsed.
   */
  events: AsyncIterable<RecordedEvent | StoredEvent> | Iterable<RecordedEvent | StoredEvent>;
  /**
   * 'streams' (default): some streams of the log (a compact, its disputes and boards);
   * 'log': the whole log up to the checkpoint, every position, whose Merkle root the
   * verifier recomputes.
   */
  scope?: 'streams' | 'log';
  /**
   * Which events get a tlog-proof under proofs/: 'events' (every event, the default
   * for 'streams': each event's position is then proven) or 'heads' (each stream's
   * last event: its whole chain is then proven through its hashes; the default for
   * 'log', whose root proves every position).
   */
  proofs?: 'heads' | 'events';
  /** Inclusion proofs in the checkpoint's tree (TransparencyLog is one). */
  prover: { inclusionProof(index: number, treeSize: number): Buffer[] };
  /** The log key's signer: the manifest is signed with it. */
  signer: NoteSigner;
  /** What the pack is of, for its reader (one line, e.g. "compact 3f2a..."): signed in the manifest. */
  subject?: string;
  /** Evidence files, by their recorded hash; each is checked against it as it is written. */
  evidence?: AsyncIterable<EvidenceFile> | Iterable<EvidenceFile>;
  /** The human-readable report (the caller makes it). */
  reportHtml?: string | Buffer | AsyncIterable<Uint8Array>;
  /** Timestamp of the entries in the zip. Default: now. */
  createdAt?: Date;
  /** zlib level for events.jsonl (0-9). Default 6. */
  compressionLevel?: number;
  onProgress?: (eventsWritten: number) => void;
}

export interface StreamSummary {
  streamId: string;
  count: number;
  headRevision: number;
  headPosition: number;
  headHash: string;
}

export interface EvidencePackSummary {
  checkpointSize: number;
  events: number;
  streams: StreamSummary[];
  evidence: Array<{ sha256: string; size: number }>;
  proofs: number;
  /** The signed manifest, as written to the pack. */
  manifest: string;
}

const VERIFY_MJS = () => readFileSync(VERIFY_MJS_PATH);

/**
 * Writes an evidence pack as a zip to `output`, streaming: events are read, turned
 * into lines and compressed as they come, and proofs and evidence files are made
 * when the zip reaches them, so memory stays bounded by the number of streams (and
 * by the zip's central directory), not by the number of events.
 *
 * Layout: VERIFY.txt, verify.mjs, checkpoint, events.jsonl, proofs/<position>.tlog-proof,
 * evidence/sha256/<hash>, report.html, and the manifest last (it lists what came before).
 */
export async function writeEvidencePack(input: EvidencePackInput, output: Writable): Promise<EvidencePackSummary> {
  const checkpoint = parseCheckpoint(parseNote(input.checkpoint).text);
  const scope = input.scope ?? 'streams';
  const proofsFor = input.proofs ?? (scope === 'log' ? 'heads' : 'events');
  if (input.signer.name !== checkpoint.origin) {
    throw new EvidencePackError(`the manifest would be signed by ${input.signer.name}, the checkpoint is of the log ${checkpoint.origin}`);
  }
  if (input.subject !== undefined && !/^[^\u0000-\u001f\u007f]{1,200}$/.test(input.subject)) {
    throw new EvidencePackError('the subject is one line of at most 200 characters');
  }
  const mtime = input.createdAt ?? new Date();
  const zip = new ZipFile();
  const out = zip.outputStream as unknown as Readable;
  const written = pipeline(out, output);
  written.catch(() => undefined);
  // A failure inside the zip (a proof that cannot be made, an evidence stream that breaks) stops it: every wait below gives up with it.
  let rejectZip: (error: Error) => void = () => undefined;
  const zipFailed = new Promise<never>((_resolve, reject) => (rejectZip = reject));
  zipFailed.catch(() => undefined);
  zip.on('error', (error: Error) => rejectZip(error));
  const settle = <T>(promise: Promise<T>) => Promise.race([promise, zipFailed]);
  try {
    return await fill();
  } catch (error) {
    out.destroy(error as Error);
    throw error;
  }

  async function fill(): Promise<EvidencePackSummary> {
    const options = { mtime, compressionLevel: 6 };

    zip.addBuffer(Buffer.from(verifyInstructions(checkpoint.origin, input.signer.keyId)), 'VERIFY.txt', options);
    zip.addBuffer(VERIFY_MJS(), 'verify.mjs', options);
    zip.addBuffer(Buffer.from(input.checkpoint), 'checkpoint', options);

    // events.jsonl, with each stream's head and count gathered on the way.
    const streams = new Map<string, StreamSummary>();
    const positions: number[] = [];
    let count = 0;
    async function* lines(): AsyncGenerator<Buffer> {
      let batch = '';
      let last = 0;
      for await (const event of input.events) {
        if (event.position <= last) throw new EvidencePackError(`events must come in position order: position ${event.position} after ${last}`);
        if (scope === 'log' && event.position !== last + 1) throw new EvidencePackError(`a pack of the whole log needs every position: ${last + 1} is missing`);
        if (event.position > checkpoint.size) throw new EvidencePackError(`position ${event.position} is beyond the checkpoint's ${checkpoint.size} events`);
        last = event.position;
        const stream = streams.get(event.streamId);
        if ((stream ? stream.headRevision + 1 : 0) !== event.revision) {
          throw new EvidencePackError(
            `stream ${event.streamId}: revision ${event.revision} came where revision ${stream ? stream.headRevision + 1 : 0} should`,
          );
        }
        batch += eventLine(event) + '\n';
        const hash = isStoredEvent(event) ? event.hash : event.metadata.hash;
        if (stream) {
          stream.count++;
          stream.headRevision = event.revision;
          stream.headPosition = event.position;
          stream.headHash = hash;
        } else {
          streams.set(event.streamId, { streamId: event.streamId, count: 1, headRevision: event.revision, headPosition: event.position, headHash: hash });
        }
        if (proofsFor === 'events') positions.push(event.position);
        count++;
        if (batch.length >= 1 << 16) {
          yield Buffer.from(batch);
          batch = '';
          input.onProgress?.(count);
        }
      }
      if (scope === 'log' && last !== checkpoint.size)
        throw new EvidencePackError(`a pack of the whole log ends at the checkpoint's position ${checkpoint.size}, not ${last}`);
      if (batch) yield Buffer.from(batch);
      input.onProgress?.(count);
    }
    const eventsStream = Readable.from(lines(), { objectMode: false, highWaterMark: 1 << 19 });
    let failure: unknown = null;
    eventsStream.on('error', (error) => {
      failure = error;
    });
    zip.addReadStream(eventsStream, 'events.jsonl', { ...options, compressionLevel: input.compressionLevel ?? 6 });
    await settle(finished(eventsStream)).catch((error) => (failure ??= error));
    if (failure) throw failure;

    const proofPositions = proofsFor === 'events' ? positions : [...streams.values()].map((s) => s.headPosition).sort((a, b) => a - b);
    // yazl keeps every entry until the zip's end (for its central directory), with what
    // the entry was given: one options object and one reader shared by all the proofs
    // keep ten thousand of them to a few MB. yazl reads lazy entries one at a time, in
    // the order they were added, so the reader takes the positions in that order.
    const proofOptions = { ...options, compress: false, compressionLevel: 0 };
    let nextProof = 0;
    const readNextProof = (callback: (error: unknown, stream: NodeJS.ReadableStream) => void) => {
      const position = proofPositions[nextProof++];
      try {
        const proof = input.prover.inclusionProof(position - 1, checkpoint.size);
        callback(null, Readable.from([Buffer.from(formatTlogProof({ index: position - 1, proof, checkpoint: input.checkpoint }))]));
      } catch (error) {
        callback(error, null as unknown as NodeJS.ReadableStream);
      }
    };
    for (const position of proofPositions) zip.addReadStreamLazy(`proofs/${position}.tlog-proof`, proofOptions, readNextProof);

    const evidence: Array<{ sha256: string; size: number }> = [];
    for await (const file of input.evidence ?? []) {
      if (!/^[0-9a-f]{64}$/.test(file.sha256))
        throw new EvidencePackError(`an evidence file's hash is 64 lowercase hex digits, not ${JSON.stringify(file.sha256)}`);
      if (evidence.some((e) => e.sha256 === file.sha256)) continue;
      const hashing = new PassThrough();
      const hash = createHash('sha256');
      let size = 0;
      hashing.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
      });
      const content = file.content as AsyncIterable<Uint8Array>;
      zip.addReadStreamLazy(`evidence/sha256/${file.sha256}`, options, (callback) => {
        const source = Readable.from(content);
        source.on('error', (error) => hashing.destroy(error));
        callback(null, source.pipe(hashing));
      });
      await settle(finished(hashing));
      const actual = hash.digest('hex');
      if (actual !== file.sha256) throw new EvidencePackError(`the evidence file recorded as ${file.sha256} now hashes to ${actual}: it was changed on disk`);
      evidence.push({ sha256: file.sha256, size });
    }

    let report: { sha256: string; size: number } | null = null;
    if (input.reportHtml !== undefined) {
      const hash = createHash('sha256');
      let size = 0;
      const measuring = new PassThrough();
      measuring.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
      });
      const body = input.reportHtml;
      zip.addReadStreamLazy('report.html', options, (callback) => {
        callback(null, (typeof body === 'string' || Buffer.isBuffer(body) ? Readable.from([Buffer.from(body)]) : Readable.from(body)).pipe(measuring));
      });
      await settle(finished(measuring));
      report = { sha256: hash.digest('hex'), size };
    }

    const summaries = [...streams.values()];
    const manifestText = [
      MANIFEST_HEADER,
      `log ${checkpoint.origin}`,
      `checkpoint ${checkpoint.size} ${checkpoint.root.toString('base64')}`,
      `scope ${scope}`,
      `proofs ${proofsFor}`,
      ...(input.subject ? [`subject ${input.subject}`] : []),
      `events ${count}`,
      ...summaries.map((s) => `stream ${s.streamId} ${s.count} ${s.headRevision} ${s.headPosition} ${s.headHash}`),
      ...evidence.map((e) => `evidence ${e.sha256} ${e.size}`),
      ...(report ? [`report ${report.sha256} ${report.size}`] : []),
    ].join('\n');
    const manifest = signNote(`${manifestText}\n`, input.signer);
    zip.addBuffer(Buffer.from(manifest), 'manifest', options);
    zip.end();
    await settle(written);
    return { checkpointSize: checkpoint.size, events: count, streams: summaries, evidence, proofs: proofPositions.length, manifest };
  }
}
