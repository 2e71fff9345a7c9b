import { type NoteSigner, type NoteVerifier, openNote, parseNote, signNote } from '../note/signed-note';
import { CheckpointError } from './checkpoint';

/**
 * A signed statement of one stream's head at a checkpoint: what a read of a stream
 * (a compact's history, a dispute's replay) carries beside the tlog-proof of that
 * head, so a copy of the read that was cut short is caught. The tlog-proof alone
 * proves an event is in the log, not that it is the stream's last: anyone can fetch
 * the proof of an earlier event. Signed with the log key, the statement binds the
 * head to the checkpoint, and a ledger that signed a head its log contradicts has
 * signed evidence against itself.
 *
 * The text, one item a line (the stream line as an evidence pack's manifest writes it):
 *
 *   compact-ledger stream head v1
 *   log <origin>
 *   checkpoint <size> <base64 root>
 *   stream <stream id> <event count> <head revision> <head position> <head hash>
 */
export const STREAM_HEAD_HEADER = 'compact-ledger stream head v1';

export interface StreamHead {
  origin: string;
  checkpointSize: number;
  checkpointRoot: string;
  streamId: string;
  count: number;
  headRevision: number;
  headPosition: number;
  headHash: string;
}

export function formatStreamHead(head: StreamHead): string {
  if (/\s/.test(head.streamId)) throw new CheckpointError('a stream id holds no spaces');
  return (
    [
      STREAM_HEAD_HEADER,
      `log ${head.origin}`,
      `checkpoint ${head.checkpointSize} ${head.checkpointRoot}`,
      `stream ${head.streamId} ${head.count} ${head.headRevision} ${head.headPosition} ${head.headHash}`,
    ].join('\n') + '\n'
  );
}

export function signStreamHead(head: StreamHead, signer: NoteSigner): string {
  if (head.origin !== signer.name) throw new CheckpointError(`the log key is named ${signer.name}, not the origin ${head.origin}`);
  return signNote(formatStreamHead(head), signer);
}

export function parseStreamHead(text: string): StreamHead {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : [];
  const log = /^log (\S+)$/.exec(lines[1] ?? '');
  const checkpoint = /^checkpoint (0|[1-9][0-9]*) ([A-Za-z0-9+/]{43}=)$/.exec(lines[2] ?? '');
  const stream = /^stream (\S+) ([1-9][0-9]*) (0|[1-9][0-9]*) ([1-9][0-9]*) ([0-9a-f]{64})$/.exec(lines[3] ?? '');
  if (lines[0] !== STREAM_HEAD_HEADER || !log || !checkpoint || !stream || lines.length !== 4) {
    throw new CheckpointError(`not a stream head statement (${STREAM_HEAD_HEADER}, log, checkpoint, stream lines)`);
  }
  return {
    origin: log[1],
    checkpointSize: Number(checkpoint[1]),
    checkpointRoot: checkpoint[2],
    streamId: stream[1],
    count: Number(stream[2]),
    headRevision: Number(stream[3]),
    headPosition: Number(stream[4]),
    headHash: stream[5],
  };
}

/** Opens a stream head statement signed by the log whose verifier is given. */
export function openStreamHead(note: string, verifier: NoteVerifier): StreamHead {
  const head = parseStreamHead(parseNote(note).text);
  if (head.origin !== verifier.name) throw new CheckpointError(`the statement is from another log: ${head.origin}, not ${verifier.name}`);
  try {
    openNote(note, [verifier]);
  } catch (error) {
    throw new CheckpointError(`the stream head statement's signature: ${(error as Error).message}`);
  }
  return head;
}
