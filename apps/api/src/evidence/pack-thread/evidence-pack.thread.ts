// An evidence pack, written on a thread of its own (see PackThreadReservation): reading
// a million events, hashing and compressing them is a great deal of short-lived garbage,
// which here stays in this thread's small heap, and of processor time, which here leaves
// the API's event loop free to answer other requests.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { recordedEventOf, SqliteEventStore, type StoredEvent } from '@compact-ledger/event-store';
import {
  type EvidenceFile,
  eventsOfStreams,
  inclusionProof,
  openTransparencyDatabase,
  parseLogPrivateKey,
  SqliteTileStore,
  TileNodeReader,
  writeEvidencePack,
} from '@compact-ledger/transparency';
import { EvidenceFiles } from '../../disputes/evidence-files';
import { EvidenceReport } from '../report/evidence-report';
import { type PackJob, type PackThreadAck, type PackThreadMessage, PIECE_SIZE, PIECES_IN_FLIGHT } from './pack-job';

const port = parentPort!;
const job = workerData as PackJob;
const send = (message: PackThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/**
 * The zip's bytes, to the API's thread, in pieces of PIECE_SIZE (the last shorter), with
 * no more than PIECES_IN_FLIGHT pieces not yet taken. The zip comes in pieces of every
 * size, tens of thousands of them a few dozen bytes long (a proof file's header, its
 * text, its descriptor): each piece handed over is a message and a buffer the API's
 * thread must collect, so they are gathered into pieces of one size first.
 */
function toApiThread(): Writable {
  let inFlight = 0;
  let waiting: (() => void) | null = null;
  port.on('message', (_taken: PackThreadAck) => {
    inFlight--;
    const next = waiting;
    waiting = null;
    next?.();
  });
  let piece = Buffer.allocUnsafeSlow(PIECE_SIZE);
  let filled = 0;
  let started = false;
  const sendPiece = (then: () => void) => {
    started = true;
    // The piece's own memory is handed over, not copied; a new one is filled next.
    send({ kind: 'chunk', bytes: new Uint8Array(piece.buffer, piece.byteOffset, filled) }, [piece.buffer as ArrayBuffer]);
    piece = Buffer.allocUnsafeSlow(PIECE_SIZE);
    filled = 0;
    inFlight++;
    if (inFlight < PIECES_IN_FLIGHT) then();
    else waiting = then;
  };
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      let at = 0;
      const fill = () => {
        while (at < chunk.length) {
          const n = Math.min(chunk.length - at, PIECE_SIZE - filled);
          chunk.copy(piece, filled, at, at + n);
          filled += n;
          at += n;
          if (filled === PIECE_SIZE) return sendPiece(fill);
        }
        // The first bytes go at once: the download starts (200, its headers) as soon as the pack does.
        if (!started) return sendPiece(callback);
        callback();
      };
      fill();
    },
    final(callback) {
      if (filled > 0) sendPiece(() => callback());
      else callback();
    },
  });
}

async function writePack(): Promise<void> {
  const store = new SqliteEventStore({ file: job.eventsFile, processExclusive: job.processExclusive });
  const tiles = openTransparencyDatabase(job.transparencyFile, { processExclusive: job.processExclusive });
  try {
    const key = parseLogPrivateKey(readFileSync(job.logKeyFile, 'utf8'), `the log key file ${job.logKeyFile}`);
    if (key.verifierKey !== job.verifierKey) throw new Error(`the log key in ${job.logKeyFile} is not the key the ledger serves`);
    const nodes = new TileNodeReader(new SqliteTileStore(tiles));
    const files = new EvidenceFiles(job.dataDir);
    const report = new EvidenceReport((streamId) => eventsOfStreams(store, [streamId], job.checkpointSize));
    const evidence = new Set<string>();
    const events = async function* (source: AsyncIterable<StoredEvent>) {
      for await (const event of report.observe(source)) {
        if (event.type === 'DisputeEvidenceSubmitted') {
          const sha256 = (recordedEventOf(event).data as { file?: { sha256?: unknown } }).file?.sha256;
          if (typeof sha256 === 'string') evidence.add(sha256);
        }
        yield event;
      }
    };
    // The events as stored, written to the pack as they are: not parsed, and not put back in canonical form.
    const stored = { readStream: store.readStoredStream.bind(store), readAll: store.readStoredAll.bind(store) };
    async function* evidenceFiles(): AsyncGenerator<EvidenceFile> {
      for (const sha256 of evidence) {
        const held = await files.read(sha256);
        if (!held || !held.intact) {
          throw new Error(`the evidence file recorded as ${sha256} is ${held ? 'altered on disk' : 'missing from the data directory'}`);
        }
        yield { sha256, content: [held.bytes] as unknown as AsyncIterable<Uint8Array> };
      }
    }
    await writeEvidencePack(
      {
        checkpoint: job.checkpointNote,
        events: events(eventsOfStreams(stored, job.streams, job.checkpointSize)),
        prover: { inclusionProof: (index, size) => inclusionProof(index, size, nodes) },
        signer: key.signer,
        subject: job.subject,
        evidence: evidenceFiles(),
        reportHtml: report.render(job.heading),
        proofs: 'heads',
      },
      toApiThread(),
    );
  } finally {
    tiles.close();
    await store.close();
  }
}

writePack().then(
  () => send({ kind: 'end' }),
  (error: unknown) => send({ kind: 'failed', message: (error as Error).message ?? String(error) }),
);
