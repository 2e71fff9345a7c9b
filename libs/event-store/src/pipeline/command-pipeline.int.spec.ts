import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { type CommandContext, handleCommand, type PipelineDecider } from './command-pipeline';

type Event = { type: 'Opened'; data: { by: string } } | { type: 'Noted'; data: { note: string } };
type Command = { type: 'Open'; by: string } | { type: 'Note'; note: string };
type State = { opened: boolean; notes: number };

/** A small decider: a stream is opened once, then takes notes. */
const decider: PipelineDecider<Command, Event, State> = {
  initialState: () => ({ opened: false, notes: 0 }),
  evolve: (state, event) => (event.type === 'Opened' ? { ...state, opened: true } : { ...state, notes: state.notes + 1 }),
  decide: (command, state) => {
    if (command.type === 'Open') {
      if (state.opened) throw new Error('already opened');
      return [{ type: 'Opened', data: { by: command.by } }];
    }
    if (!state.opened) throw new Error('not opened');
    return [{ type: 'Noted', data: { note: command.note } }];
  },
  decode: (stored) => (stored.type === 'Opened' || stored.type === 'Noted' ? (stored as Event) : null),
};

const context: CommandContext = {
  actor: { subject: 't', name: 'T', role: 'secretariat', organisation: null },
  correlationId: null,
  causationId: null,
  newEventId: randomUUID,
  newIdFor: () => randomUUID(),
};

describe('the command pipeline', () => {
  let dir: string;
  let store: SqliteEventStore;
  let reads: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-pipeline-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    reads = 0;
    const readStream = store.readStream.bind(store);
    store.readStream = (...args) => {
      reads++;
      return readStream(...args);
    };
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts a new stream without reading it first', async () => {
    const outcome = await handleCommand(store, 's-1', decider, { type: 'Open', by: 'a' }, context, { startsStream: true });
    expect(outcome.streamRevision).toBe(0);
    expect(reads).toBe(0);
    expect((await store.readStream('s-1')).map((e) => e.type)).toEqual(['Opened']);
  });

  it('when a stream it assumed new exists, reads it and decides again: the decider refuses, nothing appended', async () => {
    await handleCommand(store, 's-2', decider, { type: 'Open', by: 'a' }, context);
    const head = await store.headPosition();
    await expect(handleCommand(store, 's-2', decider, { type: 'Open', by: 'b' }, context, { startsStream: true })).rejects.toThrow('already opened');
    expect(await store.headPosition()).toBe(head);
    expect(reads).toBeGreaterThanOrEqual(2);
  });

  it('an authorise hook sees the folded state, and a refusal there appends nothing', async () => {
    await handleCommand(store, 's-3', decider, { type: 'Open', by: 'a' }, context);
    const head = await store.headPosition();
    const seen: State[] = [];
    const authorise = (state: State) => {
      seen.push(state);
      throw new Error('not yours');
    };
    await expect(handleCommand(store, 's-3', decider, { type: 'Note', note: 'n' }, context, { authorise })).rejects.toThrow('not yours');
    expect(seen).toEqual([{ opened: true, notes: 0 }]);
    expect(await store.headPosition()).toBe(head);
  });

  it('decides again on a concurrent write, and appends after it', async () => {
    await handleCommand(store, 's-4', decider, { type: 'Open', by: 'a' }, context);
    const results = await Promise.all([1, 2, 3].map((i) => handleCommand(store, 's-4', decider, { type: 'Note', note: `n${i}` }, context)));
    expect(results.map((r) => r.streamRevision).sort()).toEqual([1, 2, 3]);
  });

  it('refuses to decide on a stream holding an event of a type it does not know (a newer version wrote it), appending nothing', async () => {
    await handleCommand(store, 's-8', decider, { type: 'Open', by: 'a' }, context);
    // As a newer instance would write it during a rolling deploy.
    await store.append('s-8', [{ type: 'Archived', data: { on: '2026-12-01' }, metadata: { eventId: randomUUID(), actor: context.actor } }], 0);
    const head = await store.headPosition();
    await expect(handleCommand(store, 's-8', decider, { type: 'Note', note: 'n' }, context)).rejects.toMatchObject({
      name: 'UnknownEventTypeError',
      streamId: 's-8',
      revision: 1,
      eventType: 'Archived',
    });
    expect(await store.headPosition()).toBe(head);
  });

  describe('with event ids derived from the request (a retry of it makes the same ids)', () => {
    const retried = (key: string): CommandContext => ({ ...context, eventIdFor: (index) => `${key}-event-${index}` });

    it('a retry of a command already recorded answers what was recorded, and records nothing again', async () => {
      await handleCommand(store, 's-5', decider, { type: 'Open', by: 'a' }, context);
      const first = await handleCommand(store, 's-5', decider, { type: 'Note', note: 'minutes' }, retried('k1'));
      await handleCommand(store, 's-5', decider, { type: 'Note', note: 'later' }, context);
      const head = await store.headPosition();
      // The process died after the append and before the answer: the client sends the same request again.
      const again = await handleCommand(store, 's-5', decider, { type: 'Note', note: 'minutes' }, retried('k1'));
      expect(again).toEqual(first);
      expect(await store.headPosition()).toBe(head);
      expect((await store.readStream('s-5')).map((e) => [e.type, e.metadata.eventId])).toEqual([
        ['Opened', expect.any(String)],
        ['Noted', 'k1-event-0'],
        ['Noted', expect.any(String)],
      ]);
    });

    it('a retry of a command that started its stream answers what was recorded, though the decider would now refuse it', async () => {
      const first = await handleCommand(store, 's-6', decider, { type: 'Open', by: 'a' }, retried('k2'), { startsStream: true });
      const again = await handleCommand(store, 's-6', decider, { type: 'Open', by: 'a' }, retried('k2'), { startsStream: true });
      expect(again).toEqual(first);
      expect(await store.readStream('s-6')).toHaveLength(1);
    });

    it('the same ids on every attempt: a command decided again after a concurrent write still appends once', async () => {
      await handleCommand(store, 's-7', decider, { type: 'Open', by: 'a' }, context);
      const results = await Promise.all([1, 2, 3].map((i) => handleCommand(store, 's-7', decider, { type: 'Note', note: `n${i}` }, retried(`k-${i}`))));
      expect(results.map((r) => r.streamRevision).sort()).toEqual([1, 2, 3]);
      expect(
        (await store.readStream('s-7'))
          .slice(1)
          .map((e) => e.metadata.eventId)
          .sort(),
      ).toEqual(['k-1-event-0', 'k-2-event-0', 'k-3-event-0']);
    });
  });
});
