import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithFilesystemFaults, Ext4Image, setImmutable, SmallTmpfs } from '../../testing/filesystem-faults';
import { StoreUnavailableError } from '../port/errors';
import { walIndexInHeap } from './open-database';
import { SqliteEventStore } from './sqlite-event-store';
import { notedEvents as events } from './testing/noted-events';

/**
 * Storage faults under a running store, made for real: a small tmpfs that fills, files
 * made immutable, an ext4 filesystem that turns read-only on an error. Each refuses appends with the
 * cause named (never a crash), /health's store report says appends are not possible
 * and why, and appends resume once the fault is cleared.
 */
describeWithFilesystemFaults('the SQLite store under storage faults', () => {
  let store: SqliteEventStore;
  let next = 0;
  const append = (count = 1) => {
    const batch = events(next, count);
    next += count;
    return store.append(`compact-${next}`, batch, 'no_stream');
  };
  const refusal = async (attempt: Promise<unknown>) => {
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    return error as StoreUnavailableError;
  };

  describe('on a small tmpfs', () => {
    let disk: SmallTmpfs;
    beforeEach(async () => {
      disk = SmallTmpfs.create(1024);
      store = new SqliteEventStore({ file: join(disk.mountPoint, 'events.db'), processExclusive: true, walCheckpoints: 'commits' });
      await append(4);
    });
    afterEach(async () => {
      await store.close().catch(() => undefined);
      disk.destroy();
    });

    it('a full disk refuses appends saying the disk is full, and they resume once space is freed', async () => {
      const filler = disk.fill();
      const full = await refusal(append(40));
      expect(full.message).toMatch(/^the disk holding the event store is full/);
      expect(full).toMatchObject({ retryable: false, fault: { kind: 'disk-full' } });
      expect(await store.health()).toMatchObject({
        readable: true,
        appends: { possible: false, cause: 'disk-full', reason: expect.stringMatching(/full/) },
        lastFault: { kind: 'disk-full', at: expect.any(String) },
      });

      rmSync(filler);
      await expect(append()).resolves.toMatchObject({ streamRevision: 0 });
      expect(await store.health()).toMatchObject({ readable: true, appends: { possible: true }, lastFault: { kind: 'disk-full' } });
    });
  });

  describe('on ext4', () => {
    let disk: Ext4Image;
    let dir: string;
    beforeEach(async () => {
      disk = Ext4Image.create();
      dir = join(disk.mountPoint, 'data');
      mkdirSync(dir);
      store = new SqliteEventStore({ file: join(dir, 'events.db'), processExclusive: true });
      await append(4);
    });
    afterEach(async () => {
      try {
        setImmutable(dir, false);
      } catch {
        // A filesystem gone read-only takes no chattr either.
      }
      await store.close().catch(() => undefined);
      disk.destroy();
    });

    it('refuses appends saying the files are immutable, keeps reading, and appends again once they are not', async () => {
      // With the WAL index in a memory-mapped -shm file, the next write to one of its pages would raise SIGBUS.
      expect(walIndexInHeap()).toBe(true);
      setImmutable(dir, true);
      const immutable = await refusal(append());
      expect(immutable.message).toMatch(/^the event store's files cannot be written: .* immutable \(EPERM\)/);
      expect(immutable.fault).toMatchObject({ kind: 'read-only' });
      expect(await store.readAll()).toHaveLength(4);
      expect((await store.health()).appends).toMatchObject({ possible: false, cause: 'read-only' });

      setImmutable(dir, false);
      await expect(append()).resolves.toMatchObject({ position: 5 });
    });

    it('an ext4 filesystem turned read-only by an error (errors=remount-ro) refuses appends saying it is read-only, and the log stays readable', async () => {
      disk.abortJournal();
      const readOnly = await refusal(append());
      expect(readOnly.message).toMatch(/^the event store's files cannot be written: the filesystem is read-only \(EROFS\)/);
      expect(readOnly).toMatchObject({ retryable: false, fault: { kind: 'read-only' } });
      expect(await store.health()).toMatchObject({ readable: true, headPosition: 4, appends: { possible: false, cause: 'read-only' } });
      expect(await store.readAll()).toHaveLength(4);
    });
  });
});
