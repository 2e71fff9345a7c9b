import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreUnavailableError } from '../port/errors';
import { SqliteEventStore } from './sqlite-event-store';
import { notedEvents as events } from './testing/noted-events';

describe('an event store whose file is deleted or replaced while it is open', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-file-gone-'));
    file = join(dir, 'events.db');
    store = new SqliteEventStore({ file });
    await store.append('compact-1', events(0, 1), 'no_stream');
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses appends once its data directory is deleted, instead of acknowledging events that would vanish at exit, and says so in its health', async () => {
    rmSync(dir, { recursive: true, force: true });
    const refused = store.append('compact-2', events(1, 1), 'no_stream');
    await expect(refused).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(refused).rejects.toMatchObject({ retryable: false, fault: { kind: 'file-gone' } });
    await expect(refused).rejects.toThrow("the event store's file events.db was deleted");
    expect(await store.health()).toMatchObject({
      readable: false,
      detail: expect.stringContaining('was deleted'),
      appends: { possible: false, cause: 'file-gone' },
      lastFault: { kind: 'file-gone' },
    });
  });

  it('refuses appends once another file is put in its place', async () => {
    const other = new SqliteEventStore({ file: join(dir, 'other.db') });
    await other.close();
    renameSync(join(dir, 'other.db'), file);
    await expect(store.append('compact-2', events(1, 1), 'no_stream')).rejects.toThrow('was replaced by another');
    expect((await store.health()).readable).toBe(false);
  });

  it('goes on appending while its file stays where it was', async () => {
    await expect(store.append('compact-2', events(1, 1), 'no_stream')).resolves.toMatchObject({ position: 2 });
    expect(await store.health()).toMatchObject({ readable: true, headPosition: 2, appends: { possible: true }, lastFault: null });
  });
});
