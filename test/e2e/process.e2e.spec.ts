import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@compact-ledger/event-store';
import { answering, exitOf, freePort, listeningPort, spawnLedger, tokenFromDataDir } from '../support/ledger-process';

describe('The API as a process (npm start)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-process-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['PORT', 'not-a-port', /^compact-ledger: invalid configuration: PORT must be an integer number \(got "not-a-port"\)$/],
    ['LEDGER_STORE', 'postgres', /^compact-ledger: invalid configuration: LEDGER_STORE must be one of the following values: sqlite, esdb \(got "postgres"\)$/],
    ['LEDGER_READ_WAIT_MS', '-5', /^compact-ledger: invalid configuration: LEDGER_READ_WAIT_MS must not be less than 0 \(got -5\)$/],
  ])('a bad %s stops the start with one clear line and a non-zero exit', async (name, value, line) => {
    const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', [name]: value });
    expect(await exitOf(child)).toBe(1);
    const lines = child.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  it('a data directory that cannot be made stops the start with one line naming LEDGER_DATA_DIR', async () => {
    const underAFile = join(__dirname, 'process.e2e.spec.ts', 'data');
    const child = spawnLedger({ LEDGER_DATA_DIR: underAFile, PORT: '0' });
    expect(await exitOf(child)).toBe(1);
    expect(child.output().trim().split('\n')).toEqual([`compact-ledger: LEDGER_DATA_DIR ${underAFile} cannot be made or written (ENOTDIR)`]);
  });

  it('a token-signing key file that is not whole stops the start with one line naming it', async () => {
    mkdirSync(join(dataDir, 'keys'));
    writeFileSync(join(dataDir, 'keys', 'token-signing-key.json'), '{"kty":"OKP","crv":"Ed2');
    const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' });
    expect(await exitOf(child)).toBe(1);
    expect(child.output().trim().split('\n')).toEqual([
      expect.stringMatching(/^compact-ledger: failed to start: the token-signing key \S+token-signing-key\.json is not whole JSON \(23 bytes\): it was not written whole/),
    ]);
  });

  it('a HOST it cannot listen on stops the start naming HOST, and closes the files it opened', async () => {
    const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: 'no-such-host.invalid', LOG_LEVEL: 'warn' });
    expect(await exitOf(child)).toBe(1);
    expect(child.output().trim().split('\n').at(-1)).toMatch(/^compact-ledger: cannot listen on HOST no-such-host\.invalid, PORT 0: /);
    expect(existsSync(join(dataDir, 'events.db'))).toBe(true);
    expect(existsSync(join(dataDir, 'events.db-wal'))).toBe(false);
  });

  // Each starts two or three processes one after another: slow on a loaded two-core machine.
  const STARTS = 90_000;

  it(
    'a second API on the same data directory stops with one line saying so, and the first serves on',
    async () => {
      const first = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
      try {
        const port = await listeningPort(first, STARTS);
        const second = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
        expect(await exitOf(second)).toBe(1);
        const lines = second.output().trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^compact-ledger: failed to start: another compact-ledger API is running on the data directory /);
        expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      } finally {
        first.kill('SIGTERM');
        await exitOf(first);
      }
    },
    STARTS,
  );

  it(
    'the data directory is let go however the API ends: after a kill -9, a new API starts on it',
    async () => {
      const first = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
      await listeningPort(first, STARTS).finally(() => first.kill('SIGKILL'));
      await exitOf(first);
      const next = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
      try {
        await listeningPort(next, STARTS);
      } finally {
        next.kill('SIGTERM');
        await exitOf(next);
      }
    },
    STARTS,
  );

  it('LOG_LEVEL applies to every line: at warn, neither Nest start-up lines nor info request lines are written', async () => {
    const port = await freePort();
    const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    await answering(child, port);
    await fetch(`http://127.0.0.1:${port}/compacts`).then((r) => expect(r.status).toBe(401)); // a warn-level line
    child.kill('SIGTERM');
    await exitOf(child);
    const lines = child
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; msg: string; statusCode?: number });
    expect(lines.filter((line) => line.level < 40)).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'request completed', statusCode: 401 }));
  });

  it('at the default level the start-up lines name where it listens', async () => {
    const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    const port = await listeningPort(child);
    expect(child.output()).toContain(`"msg":"compact-ledger listening on http://localhost:${port}`);
    child.kill('SIGTERM');
    await exitOf(child);
  });

  it('SIGTERM lets an in-flight request finish, then closes the database cleanly before the process ends', async () => {
    const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    const port = await listeningPort(child);
    const base = `http://127.0.0.1:${port}`;
    const authorization = `Bearer ${await tokenFromDataDir(dataDir, { sub: 'lead', name: 'Governance Lead', role: 'secretariat' })}`;
    const first = await fetch(`${base}/compacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ title: 'A', covers: 'B' }),
    });
    expect(first.status).toBe(201);

    // A command whose body is still arriving when SIGTERM does: its first bytes now, the rest a second later.
    const body = JSON.stringify({ title: 'Sent slowly', covers: 'Kent' });
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const sending = request(
        `${base}/compacts`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization } },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      sending.on('error', reject);
      sending.write(body.slice(0, 10));
      setTimeout(() => sending.end(body.slice(10)), 1000);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    const answered = await inFlight;
    expect(answered.status).toBe(201);
    expect(JSON.parse(answered.text)).toMatchObject({ streamRevision: 0, position: 2 });
    // Nest closes the app, then re-raises the signal so the process ends as SIGTERM asked.
    await exitOf(child);
    expect(child.signalCode === 'SIGTERM' || child.exitCode === 0).toBe(true);

    // A clean close checkpoints the WAL into the database file and removes it.
    expect(existsSync(join(dataDir, 'events.db-wal'))).toBe(false);
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    expect(await store.headPosition()).toBe(2);
    expect((await store.verifyAll()).ok).toBe(true);
    await store.close();
  });
});
