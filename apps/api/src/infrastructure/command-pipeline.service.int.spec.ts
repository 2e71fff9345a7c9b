import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CommandContext, type PipelineDecider, SqliteEventStore, WrongExpectedRevisionError } from '@compact-ledger/event-store';
import { CommandPipeline } from './command-pipeline.service';

type Event = { type: 'Opened'; data: { by: string } } | { type: 'Noted'; data: { note: string } };
type Command = { type: 'Open'; by: string } | { type: 'Note'; note: string };

/** A stream is opened once, then takes notes. */
const decider: PipelineDecider<Command, Event, { opened: boolean }> = {
  initialState: () => ({ opened: false }),
  evolve: (state, event) => (event.type === 'Opened' ? { opened: true } : state),
  decide: (command, state) => {
    if (command.type === 'Open') return state.opened ? [] : [{ type: 'Opened', data: { by: command.by } }];
    if (!state.opened) throw new Error('not opened');
    return [{ type: 'Noted', data: { note: command.note } }];
  },
  decode: (stored) => (stored.type === 'Opened' || stored.type === 'Noted' ? (stored as Event) : null),
};

const context = (expectedRevision?: number): CommandContext => ({
  actor: { subject: 't', name: 'T', role: 'secretariat', organisation: null },
  correlationId: null,
  causationId: null,
  newEventId: randomUUID,
  newIdFor: () => randomUUID(),
  expectedRevision,
});

describe('CommandPipeline on a real SQLite store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let pipeline: CommandPipeline;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-pipeline-service-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    pipeline = new CommandPipeline(store);
    await pipeline.run('notes-1', decider, { type: 'Open', by: 'a' }, context());
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('forty commands on one stream at once, with no expected revision, are all recorded, each once', async () => {
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => pipeline.run('notes-1', decider, { type: 'Note', note: `n${i}` }, context())));
    expect(outcomes.map((o) => o.streamRevision).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const notes = (await store.readStream('notes-1')).filter((e) => e.type === 'Noted').map((e) => (e.data as { note: string }).note);
    expect(notes.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `n${i}`).sort());
  });

  it('commands that name the revision they read still conflict: of two sent on revision 0, the second is refused', async () => {
    const [first, second] = await Promise.allSettled([
      pipeline.run('notes-1', decider, { type: 'Note', note: 'first' }, context(0)),
      pipeline.run('notes-1', decider, { type: 'Note', note: 'second' }, context(0)),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { streamRevision: 1 } });
    expect(second).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
  });

  it('a command that fails does not hold up the next on its stream', async () => {
    const failing = pipeline.run('notes-2', decider, { type: 'Note', note: 'before opening' }, context());
    const opening = pipeline.run('notes-2', decider, { type: 'Open', by: 'b' }, context());
    await expect(failing).rejects.toThrow('not opened');
    await expect(opening).resolves.toMatchObject({ streamRevision: 0 });
  });
});
