import type { ReportHeading } from '../report/evidence-report';

/** What the pack thread is given: everything it writes is fixed before it starts (the checkpoint, the streams, the heading). */
export interface PackJob {
  eventsFile: string;
  transparencyFile: string;
  /** The API holds its files for its process alone (SqliteEventStoreOptions.processExclusive): the thread's connections join it. */
  processExclusive: boolean;
  /** The data directory: the disputes' evidence files are under it. */
  dataDir: string;
  /** The log key's file, and the verifier key the API serves: the thread signs the manifest only with that key. */
  logKeyFile: string;
  verifierKey: string;
  checkpointNote: string;
  checkpointSize: number;
  streams: string[];
  subject: string;
  heading: ReportHeading;
}

/** From the thread: a piece of the zip, its end, or why it stopped. */
export type PackThreadMessage = { kind: 'chunk'; bytes: Uint8Array } | { kind: 'end' } | { kind: 'failed'; message: string };

/** From the API's thread: one piece taken (the thread keeps a few pieces in flight, no more). */
export type PackThreadAck = 'taken';

/** Pieces in flight between the threads: enough to keep both busy, few enough to hold little. */
export const PIECES_IN_FLIGHT = 4;

/** The size of a piece of the zip handed to the API's thread (the last one shorter). */
export const PIECE_SIZE = 64 * 1024;
