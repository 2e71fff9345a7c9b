import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactWithDisputes } from '../support/evidence-scenario';
import { LedgerTestApp } from '../support/ledger-test-app';

const ROOT = join(__dirname, '..', '..');

/** The README's verify-history.mjs, as a regulator downloads it (docs/verify-history.mjs). */
function readmeScript(): string {
  return readFileSync(join(ROOT, 'docs', 'verify-history.mjs'), 'utf8');
}

/** Reads of a stream carry the checkpoint they are consistent with; the README's independent script checks them, and catches a history cut short. */
describe('Stream reads proven in a checkpoint', () => {
  let ledger: LedgerTestApp;
  let scenario: Awaited<ReturnType<typeof compactWithDisputes>>;
  let key: string;
  // The script imports canonicalize: it runs from a folder inside the workspace, where node_modules resolves.
  const dir = mkdtempSync(join(ROOT, 'node_modules', '.verify-history-'));
  writeFileSync(join(dir, 'verify-history.mjs'), readmeScript());

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    scenario = await compactWithDisputes(ledger);
    key = (await ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey;
  });
  afterAll(async () => {
    await ledger.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (body: unknown, headers?: Record<string, string>) => {
    writeFileSync(join(dir, 'body.json'), JSON.stringify(body));
    const args = [join(dir, 'verify-history.mjs'), '--key', key, join(dir, 'body.json')];
    if (headers) {
      writeFileSync(join(dir, 'headers.txt'), Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n'));
      args.push(join(dir, 'headers.txt'));
    }
    return spawnSync(process.execPath, args, { encoding: 'utf8' });
  };

  it("a compact's history carries its signed head and the head's proof in a checkpoint; the README's script finds it complete", async () => {
    const response = await ledger.as('regulator').get(`/compacts/${scenario.compactId}/history`).expect(200);
    expect(response.headers['ledger-stream-head']).toBeDefined();
    expect(Buffer.from(response.headers['ledger-stream-head'], 'base64').toString()).toMatch(/^compact-ledger stream head v1\nlog \S+\ncheckpoint \d+ /);
    const result = run(response.body, response.headers);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/complete: the stream's head \(revision \d+\) is proven in checkpoint \d+/);
    expect(result.status).toBe(0);
  });

  it('the same history cut to its first 10 events is caught, even with the proof of its 10th event put in its place', async () => {
    const response = await ledger.as('regulator').get(`/compacts/${scenario.compactId}/history`).expect(200);
    expect(response.body.length).toBeGreaterThan(10);
    const cut = run(response.body.slice(0, 10), response.headers);
    expect(cut.stdout).toMatch(/BROKEN: the read holds 10 events up to revision 9; at checkpoint \d+ the stream has \d+ up to revision \d+: it was cut short/);
    expect(cut.status).toBe(2);

    // Whoever cut it fetches the public proof of the 10th event: the signed head still names the real head.
    const tenth = await ledger.http.get(`/ledger/events/${response.body[9].position}/proof`).expect(200);
    const forged = run(response.body.slice(0, 10), { ...response.headers, 'ledger-head-proof': Buffer.from(tenth.text).toString('base64') });
    expect(forged.stdout).toMatch(/BROKEN: the stream head is not in the checkpoint|BROKEN: the read holds 10 events/);
    expect(forged.status).toBe(2);

    // And the stream head statement cannot be rewritten to name the 10th event: its signature breaks.
    const statement = Buffer.from(response.headers['ledger-stream-head'], 'base64').toString();
    const rewritten = statement.replace(/^stream (\S+) \d+ \d+ \d+ [0-9a-f]{64}$/m, `stream $1 10 9 ${response.body[9].position} ${response.body[9].metadata.hash}`);
    const resigned = run(response.body.slice(0, 10), { 'ledger-stream-head': Buffer.from(rewritten).toString('base64'), 'ledger-head-proof': Buffer.from(tenth.text).toString('base64') });
    expect(resigned.stdout).toMatch(/BROKEN: the stream head is not signed by/);
    expect(resigned.status).toBe(2);
  });

  it('a history with no checkpoint is not called complete', async () => {
    const response = await ledger.as('regulator').get(`/compacts/${scenario.compactId}/history`).expect(200);
    const result = run(response.body);
    expect(result.stdout).toMatch(/BROKEN: no checkpoint came with the read/);
    expect(result.status).toBe(2);
  });

  it("a dispute's replay carries its checkpoint in its body, whatever ?upTo= shows; the script finds the whole replay complete and the cut one short", async () => {
    const [disputeId] = scenario.disputes;
    const whole = await ledger.as('regulator').get(`/disputes/${disputeId}/replay`).expect(200);
    expect(whole.body.checkpoint).toEqual({ checkpoint: expect.any(String), streamHead: expect.any(String), headProof: expect.any(String) });
    expect(run(whole.body).status).toBe(0);
    const upTo = await ledger.as('regulator').get(`/disputes/${disputeId}/replay?upTo=1`).expect(200);
    expect(upTo.body.checkpoint.streamHead).toMatch(new RegExp(`stream dispute-${disputeId} 4 3 `));
    const result = run(upTo.body);
    expect(result.stdout).toMatch(/BROKEN: the read holds 2 events up to revision 1; at checkpoint \d+ the stream has 4 up to revision 3/);
  });
});
