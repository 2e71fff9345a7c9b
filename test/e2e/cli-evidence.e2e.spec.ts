import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactWithDisputes } from '../support/evidence-scenario';
import { LedgerTestApp } from '../support/ledger-test-app';

const bin = join(__dirname, '..', '..', 'bin', 'compact-ledger.js');

/** The CLI's evidence commands against a running ledger over HTTP (the data directory stays the API's). */
describe('npx compact-ledger: checkpoint, proof, export, verify-pack, verify-consistency, replay', () => {
  let ledger: LedgerTestApp;
  let scenario: Awaited<ReturnType<typeof compactWithDisputes>>;
  let url: string;
  let key: string;
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-evidence-'));

  // Asynchronous: the ledger answering the CLI runs in this process.
  const cli = (args: string[], input?: string) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [bin, ...args], { env: { ...process.env, LEDGER_URL: url, LEDGER_TOKEN: '' } }, (error, stdout, stderr) =>
        resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      if (input !== undefined) child.stdin!.end(input);
    });

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    scenario = await compactWithDisputes(ledger);
    url = `http://127.0.0.1:${(ledger.app.getHttpServer().address() as { port: number }).port}`;
    key = (await ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey;
    // Checkpoints are issued as the log grows, up to a second after a commit: the CLI and
    // the test must read the same one, the one that covers the whole scenario.
    const sizeOfCheckpoint = async () => Number((await ledger.http.get('/ledger/checkpoint').expect(200)).text.split('\n')[1]);
    for (let i = 0; i < 50 && (await sizeOfCheckpoint()) < scenario.lastPosition; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await sizeOfCheckpoint()).toBeGreaterThanOrEqual(scenario.lastPosition);
  });
  afterAll(async () => {
    await ledger.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const token = (role: 'regulator') => ledger.bearer(role).slice('Bearer '.length);

  it('keys, checkpoint and proof print what the ledger serves', async () => {
    expect((await cli(['keys'])).stdout).toBe(`${key}\n`);
    const checkpoint = await cli(['checkpoint']);
    expect(checkpoint.stdout).toBe((await ledger.http.get('/ledger/checkpoint').expect(200)).text);
    const proof = await cli(['proof', String(scenario.lastPosition)]);
    expect(proof.stdout).toMatch(new RegExp(`^c2sp.org/tlog-proof@v1\nindex ${scenario.lastPosition - 1}\n`));
    const bad = await cli(['proof', 'x']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/value 'x' is invalid for argument 'position'/);
  });

  it('export writes the pack (recorded against the token), verify-pack finds it valid, and an altered copy invalid', async () => {
    const out = join(dir, 'pack.zip');
    const noToken = await cli(['export', scenario.compactId, '-o', out]);
    expect(noToken.status).toBe(1);
    expect(noToken.stderr).toMatch(/needs a bearer token/);
    const exported = await cli(['export', scenario.compactId, '-o', out, '--token', token('regulator')]);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/pack\.zip: [\d,]+ bytes, anchored to checkpoint \d+, export [0-9a-f-]{36}/);
    const valid = await cli(['verify-pack', out, '--key', key]);
    expect(valid.stdout).toMatch(/^VALID: /);
    expect(valid.status).toBe(0);
    const bytes = readFileSync(out);
    // A byte of the zip's stored events changed: the pack no longer reads as what was signed.
    bytes[bytes.indexOf('events.jsonl') + 200] ^= 0xff;
    writeFileSync(join(dir, 'altered.zip'), bytes);
    expect((await cli(['verify-pack', join(dir, 'altered.zip'), '--key', key])).status).not.toBe(0);
    const wrongKey = await cli(['verify-pack', out, '--key', 'nonsense']);
    expect(wrongKey.status).toBe(2);
    expect(wrongKey.stderr).toMatch(/^UNUSABLE: /);
  });

  it('verify-consistency: two checkpoints of the ledger, with the proof fetched or from a file; a checkpoint altered is refused', async () => {
    const older = (await ledger.http.get('/ledger/checkpoint').expect(200)).text;
    const { position } = (await ledger.as('secretariat').post('/compacts').send({ title: 'Later', covers: 'Assumed for the test', description: null }).expect(201)).body;
    const proof = await ledger.http.get(`/ledger/events/${position}/proof`).expect(200);
    const newer = proof.text.slice(proof.text.indexOf('\n\n') + 2);
    writeFileSync(join(dir, 'older'), older);
    writeFileSync(join(dir, 'newer'), newer);
    const fetched = await cli(['verify-consistency', join(dir, 'older'), join(dir, 'newer'), '--key', key]);
    expect(fetched.stdout).toMatch(/^CONSISTENT: the checkpoint of \d+ events extends the checkpoint of \d+/);
    const sizes = [older, newer].map((note) => Number(note.split('\n')[1]));
    writeFileSync(join(dir, 'proof.json'), (await ledger.http.get(`/ledger/proofs/consistency?from=${sizes[0]}&to=${sizes[1]}`).expect(200)).text);
    expect((await cli(['verify-consistency', join(dir, 'older'), join(dir, 'newer'), '--key', key, '--proof', join(dir, 'proof.json')])).status).toBe(0);
    writeFileSync(join(dir, 'forged'), newer.replace(/^(.*\n\d+\n)[A-Za-z0-9+/=]+/, (_m, head: string) => `${head}${Buffer.alloc(32, 7).toString('base64')}`));
    const forged = await cli(['verify-consistency', join(dir, 'older'), join(dir, 'forged'), '--key', key]);
    expect(forged.stdout).toMatch(/^INCONSISTENT: the checkpoint's signature/);
    expect(forged.status).toBe(1);
  });

  it('replay prints each event of a dispute: who, when, what changed; --step waits for Enter between them', async () => {
    const [disputeId] = scenario.disputes;
    const replay = await cli(['replay', disputeId, '--token', token('regulator')]);
    expect(replay.status).toBe(0);
    expect(replay.stdout).toMatch(new RegExp(`^dispute-${disputeId}: 4 events`));
    expect(replay.stdout).toMatch(/#1 DisputeEscalated\n  who: {2}Test secretariat \(secretariat\)\n  when: 2015-06-10 on the paper, recorded \S+/);
    expect(replay.stdout).toMatch(/\+ {3}"currentLevel": 2/);
    expect(replay.stdout).toMatch(/the stream head proven in a signed checkpoint: stream dispute-\S+ 4 3 /);
    const stepped = await cli(['replay', disputeId, '--step', '--token', token('regulator')], '\n\n\n');
    expect(stepped.status).toBe(0);
    expect(stepped.stderr.match(/\(Enter for the next event\)/g)).toHaveLength(3);
    await ledger.signIn('partner', 'nottingham-city-council');
    const refused = await cli(['replay', disputeId, '--token', ledger.bearer('partner', 'nottingham-city-council').slice('Bearer '.length)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/403/);
  });

  it('--help on every command', async () => {
    for (const command of ['keys', 'checkpoint', 'proof', 'export', 'verify-pack', 'verify-consistency', 'replay']) {
      const help = await cli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: compact-ledger ${command} `));
    }
  });
});
