import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithFilesystemFaults, Ext4Image, setImmutable, SmallTmpfs } from '@compact-ledger/event-store/testing';
import { answering, exitOf, freePort, spawnLedger, tokenFromDataDir } from '../support/ledger-process';
import { LedgerTestApp } from '../support/ledger-test-app';

async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((resolve) => setTimeout(resolve, 100))) if (await condition()) return true;
  return condition();
}

/**
 * Storage faults under the running API, made for real on a loop-mounted ext4 image or a
 * small tmpfs: every command refused answers 503 naming what happened, /health says
 * what the ledger can do, and the process never dies of it.
 */
describeWithFilesystemFaults('the API under storage faults', () => {
  it(
    'with its data directory made immutable under load (chattr -R +i) it answers 503 naming read-only files, never dies of SIGBUS, and records again once the files are writable',
    async () => {
      const disk = Ext4Image.create(64);
      const dataDir = join(disk.mountPoint, 'data');
      mkdirSync(dataDir);
      const port = await freePort();
      const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
      try {
        await answering(child, port, 90_000);
        const base = `http://127.0.0.1:${port}`;
        const authorization = `Bearer ${await tokenFromDataDir(dataDir, { sub: 'lead', name: 'Lead', role: 'secretariat' })}`;
        const draft = () =>
          fetch(`${base}/compacts`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: '{"title":"T","covers":"C"}' });

        const statuses = new Map<number, number>();
        const failures: string[] = [];
        let loading = true;
        const writers = Array.from({ length: 8 }, async () => {
          while (loading) {
            await draft().then(
              (response) => statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1),
              (error: Error) => failures.push(`${error.message}: ${String((error.cause as Error | undefined)?.message)}`),
            );
          }
        });
        await new Promise((resolve) => setTimeout(resolve, 500));
        // Every page written back first: SQLite's next write to a memory-mapped -shm page would then fault.
        execFileSync('sync');
        // chattr -R takes the files in directory order: a -shm file made immutable while its WAL still takes
        // commits is the case that killed the process (SIGBUS). Made so first here, wherever there is one.
        const shm = readdirSync(dataDir).filter((name) => name.endsWith('-shm'));
        if (shm.length > 0) execFileSync('chattr', ['+i', ...shm.map((name) => join(dataDir, name))]);
        await new Promise((resolve) => setTimeout(resolve, 300));
        setImmutable(dataDir, true);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        loading = false;
        await Promise.all(writers);

        expect({ exitCode: child.exitCode, signal: child.signalCode }).toEqual({ exitCode: null, signal: null });
        expect(failures).toEqual([]);
        expect([...statuses.keys()].sort()).toEqual([201, 503]);
        const refused = await draft();
        expect(refused.status).toBe(503);
        expect(await refused.json()).toMatchObject({
          type: 'urn:compact-ledger:problem:store-unavailable',
          cause: 'read-only',
          detail: expect.stringMatching(/^the ledger's files cannot be written/),
        });
        const health = await fetch(`${base}/health`);
        expect(health.status).toBe(503);
        expect(await health.json()).toMatchObject({ status: 'unavailable', store: { readable: true, appends: { possible: false, cause: 'read-only' } } });

        setImmutable(dataDir, false);
        expect((await draft()).status).toBe(201);
        expect(await until(async () => ((await (await fetch(`${base}/health`)).json()) as { status: string }).status === 'ok')).toBe(true);
      } finally {
        try {
          setImmutable(dataDir, false);
        } catch {
          // Already mutable.
        }
        child.kill('SIGKILL');
        await exitOf(child);
        disk.destroy();
      }
    },
    180_000,
  );

  describe('in process', () => {
    it('on a full disk, commands answer 503 saying the disk is full (not that the store cannot be reached), /health says so, and freeing space brings them back', async () => {
      const disk = SmallTmpfs.create(16 * 1024);
      const ledger = await LedgerTestApp.start({}, join(disk.mountPoint, 'data'));
      try {
        const lead = ledger.as('secretariat');
        await lead.post('/compacts').send({ title: 'Before', covers: 'Kent' }).expect(201);
        const filler = disk.fill();
        const refused = await lead.post('/compacts').send({ title: 'During', covers: 'Kent', description: 'x'.repeat(4000) }).expect(503);
        expect(refused.body).toMatchObject({ cause: 'disk-full', detail: expect.stringMatching(/^the disk holding the ledger's files is full/) });
        expect(refused.body.detail).not.toMatch(/cannot be reached/);
        expect(refused.headers['retry-after']).toBeUndefined();
        const health = await ledger.http.get('/health').expect(503);
        expect(health.body).toMatchObject({
          status: 'unavailable',
          problems: expect.arrayContaining([expect.stringMatching(/^no command can be recorded: the disk holding the event store is full/)]),
          store: { appends: { possible: false, cause: 'disk-full' }, lastFault: { kind: 'disk-full', at: expect.any(String) } },
        });

        rmSync(filler);
        await lead.post('/compacts').send({ title: 'After', covers: 'Kent' }).expect(201);
        expect(await until(async () => (await ledger.http.get('/health')).body.status === 'ok')).toBe(true);
      } finally {
        await ledger.stop().catch(() => undefined);
        disk.destroy();
      }
    });

    it('on an ext4 filesystem turned read-only by an error, commands answer 503 saying the files cannot be written, and /health is unavailable, not ok', async () => {
      const disk = Ext4Image.create(64);
      const ledger = await LedgerTestApp.start({}, join(disk.mountPoint, 'data'));
      try {
        await ledger.as('secretariat').post('/compacts').send({ title: 'Before', covers: 'Kent' }).expect(201);
        disk.abortJournal();
        // /health sees it before any command has failed.
        const health = await ledger.http.get('/health').expect(503);
        expect(health.body).toMatchObject({ status: 'unavailable', store: { readable: true, appends: { possible: false, cause: 'read-only', reason: expect.stringContaining('read-only (EROFS)') } } });
        const refused = await ledger.as('secretariat').post('/compacts').send({ title: 'After', covers: 'Kent' }).expect(503);
        expect(refused.body).toMatchObject({ cause: 'read-only' });
      } finally {
        await ledger.stop().catch(() => undefined);
        disk.destroy();
      }
    });

    it('with the read models unwritable, /health is degraded, naming each failing projection with its lag and error; once writable, ok, each keeping its last error', async () => {
      const disk = Ext4Image.create(64);
      const dataDir = join(disk.mountPoint, 'data');
      const ledger = await LedgerTestApp.start({}, dataDir);
      try {
        const lead = ledger.as('secretariat');
        const first = await lead.post('/compacts').send({ title: 'First', covers: 'Kent' }).expect(201);
        await lead.get(`/compacts?minPosition=${first.body.position}`).expect(200);
        execFileSync('chattr', ['+i', join(dataDir, 'read-models.db'), join(dataDir, 'read-models.db-wal')]);
        for (let i = 0; i < 3; i++) await lead.post('/compacts').send({ title: `During ${i}`, covers: 'Kent' }).expect(201);

        expect(await until(async () => (await ledger.http.get('/health')).body.projections.every((p: { error: unknown }) => p.error !== null))).toBe(true);
        const degraded = (await ledger.http.get('/health').expect(200)).body;
        expect(degraded.status).toBe('degraded');
        expect(degraded.problems).toContainEqual(expect.stringMatching(/^projection compact_state_v1 is failing, 3 behind: /));
        for (const projection of degraded.projections) expect(projection).toMatchObject({ lag: 3, error: expect.any(String), lastError: { at: expect.any(String) } });

        execFileSync('chattr', ['-i', join(dataDir, 'read-models.db'), join(dataDir, 'read-models.db-wal')]);
        expect(await until(async () => (await ledger.http.get('/health')).body.status === 'ok')).toBe(true);
        const ok = (await ledger.http.get('/health').expect(200)).body;
        for (const projection of ok.projections) expect(projection).toMatchObject({ lag: 0, error: null, lastError: { message: expect.any(String) } });
      } finally {
        try {
          execFileSync('chattr', ['-i', join(dataDir, 'read-models.db'), join(dataDir, 'read-models.db-wal')]);
        } catch {
          // Already.
        }
        await ledger.stop().catch(() => undefined);
        disk.destroy();
      }
    });
  });
});
