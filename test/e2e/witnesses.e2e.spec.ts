import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateLogKey, logKeyFile, MemoryNodeReader, signCheckpoint, treeRoot } from '@compact-ledger/transparency';
import { cosignaturesOn, formatAddCheckpoint, parseCosignatureVerifierKey } from '@compact-ledger/witness';
import { freePort } from '../support/ledger-process';
import { LedgerTestApp } from '../support/ledger-test-app';
import { startWitnessProcess, type WitnessProcess } from '../support/witness-process';

/**
 * The ledger and three witnesses, each `compact-ledger witness serve` in its own
 * process, over real HTTP: checkpoints issued as commands commit are cosigned and
 * served co-signed; /health shows each witness; a witness down does not stop commands.
 */
/** The log's name, given to the ledger (LEDGER_ORIGIN) so that its key can be made, and told to the witnesses, before it starts. */
const ORIGIN = 'ledger.witnesses-e2e.example/log';

describe('the ledger asks its witnesses (C2SP tlog-witness) to cosign its checkpoints', () => {
  let root: string;
  let dataDir: string;
  let ledger: LedgerTestApp;
  let witnesses: WitnessProcess[];
  let logKey: ReturnType<typeof loadOrCreateLogKey>;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'ledger-witnesses-'));
    dataDir = join(root, 'ledger');
    // The log's key exists before the ledger starts, so the witnesses can be told it (a partner is given it by the operator).
    logKey = loadOrCreateLogKey(logKeyFile(dataDir), ORIGIN);
    const names = ['witness.nhs-trust.example', 'witness.kent-county-council.example', 'witness.kent-icb.example'];
    witnesses = [];
    for (const name of names) {
      witnesses.push(await startWitnessProcess({ name, dataDir: join(root, name), logKey: logKey.verifierKey, port: await freePort() }));
    }
  });
  afterEach(async () => {
    await ledger?.stop({ keepData: true });
    await Promise.all(witnesses.map((w) => w.stop()));
    rmSync(root, { recursive: true, force: true });
  });

  const start = () =>
    LedgerTestApp.start({ LEDGER_ORIGIN: ORIGIN, LEDGER_WITNESSES: witnesses.map((w) => w.entry).join(', '), LEDGER_WITNESS_TIMEOUT_MS: 1000 }, dataDir).then(
      (app) => (ledger = app),
    );
  const draft = (title: string) => ledger.as('secretariat').post('/compacts').send({ title, covers: 'South Kent Coast' }).expect(201);
  const served = async () => (await ledger.http.get('/ledger/checkpoint').expect(200)).text;
  const verifiers = () => witnesses.map((w) => parseCosignatureVerifierKey(w.verifierKey));

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
    for (const started = Date.now(); ;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() - started > timeoutMs) throw new Error(`not so after ${timeoutMs} ms: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('serves GET /ledger/checkpoint cosigned by the three, and /health shows each witness with its cosigned size, its time and how far behind it is', async () => {
    await start();
    for (const title of ['Delivering Together', 'Better Care Fund', 'Urgent Care']) await draft(title);
    const head = await ledger.headPosition();
    const note = await eventually(served, (text) => text.startsWith(`${ORIGIN}\n${head}\n`) && cosignaturesOn(text, verifiers()).length === 3);
    expect(
      cosignaturesOn(note, verifiers())
        .map((c) => [c.name, c.valid])
        .sort(),
    ).toEqual(witnesses.map((w) => [w.name, true]).sort());
    const health = (await ledger.http.get('/health').expect(200)).body;
    expect(health.status).toBe('ok');
    expect(health.witnesses).toEqual(
      witnesses.map((w) => ({
        name: w.name,
        url: w.url,
        state: 'cosigned',
        cosignedSize: head,
        cosignedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/),
        behind: 0,
        lastError: null,
        lastErrorAt: null,
        retryAt: null,
      })),
    );
  });

  it('with one witness down, commands are taken as before, the other two cosign, and /health shows the one down falling behind', async () => {
    await start();
    await draft('Before');
    await eventually(served, (text) => cosignaturesOn(text, verifiers()).length === 3);
    await witnesses[1].stop();
    for (let i = 0; i < 5; i++) await draft(`While one is down ${i}`);
    const head = await ledger.headPosition();
    // The newest checkpoint may be served before its cosignatures come back: wait for two.
    const note = await eventually(served, (text) => text.startsWith(`${ORIGIN}\n${head}\n`) && cosignaturesOn(text, verifiers()).length >= 2);
    expect(
      cosignaturesOn(note, verifiers())
        .map((c) => c.name)
        .sort(),
    ).toEqual([witnesses[0].name, witnesses[2].name].sort());
    const health = await eventually(
      async () => (await ledger.http.get('/health').expect(200)).body,
      (body) => body.witnesses[1].state === 'unreachable',
    );
    expect(health.status).toBe('ok');
    expect(health.witnesses[1]).toMatchObject({ state: 'unreachable', cosignedSize: 1, behind: head - 1, lastError: expect.stringMatching(/^unreachable: /) });
    expect(health.witnesses[1].retryAt).not.toBeNull();
  });

  it("a witness that has seen another history answers 422: the ledger shows the alarm in /health and serves the others' cosignatures", async () => {
    // Someone holding the log's key showed witness 3 a checkpoint of another tree, of one event.
    const other = new MemoryNodeReader([Buffer.alloc(32, 7)]);
    const forged = signCheckpoint({ origin: logKey.name, size: 1, root: treeRoot(1, other) }, logKey.signer);
    const shown = await fetch(`${witnesses[2].url}/add-checkpoint`, {
      method: 'POST',
      body: formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint: forged }),
    });
    expect(shown.status).toBe(200);
    await start();
    await draft('Delivering Together');
    await draft('Better Care Fund');
    const health = await eventually(
      async () => (await ledger.http.get('/health').expect(200)).body,
      (body) => body.witnesses[2].state === 'inconsistent',
    );
    expect(health.witnesses[2].lastError).toMatch(/^ALARM: it refused the checkpoint of \d+ events as inconsistent with the 1 it cosigned before \(422\)/);
    // An alarm degrades the ledger's health, named among its problems; commands are still taken.
    expect(health.status).toBe('degraded');
    expect(health.problems).toContainEqual(expect.stringMatching(/^witness witness\.kent-icb\.example: ALARM: it refused the checkpoint/));
    // The checkpoint served may come before the other two's cosignatures do (the alarm can be seen first): wait for two.
    const note = await eventually(served, (text) => cosignaturesOn(text, verifiers()).length >= 2);
    expect(
      cosignaturesOn(note, verifiers())
        .map((c) => c.name)
        .sort(),
    ).toEqual([witnesses[0].name, witnesses[1].name].sort());
  });
});
