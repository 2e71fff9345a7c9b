import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERIFY_MJS_PATH } from '@compact-ledger/transparency';
import { compactWithDisputes, CITY_CCG } from '../support/evidence-scenario';
import { LedgerTestApp } from '../support/ledger-test-app';
import { unzipTo } from '../support/zip-files';

/** Evidence packs exported by the running ledger, checked offline by the verify.mjs they carry. */
describe('Evidence packs over HTTP', () => {
  let ledger: LedgerTestApp;
  let scenario: Awaited<ReturnType<typeof compactWithDisputes>>;
  let key: string;
  const dir = mkdtempSync(join(tmpdir(), 'evidence-packs-'));

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    scenario = await compactWithDisputes(ledger);
    key = (await ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey;
    await ledger.signIn('partner', CITY_CCG);
    await ledger.signIn('partner', 'nottingham-city-council');
  });
  afterAll(async () => {
    await ledger.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The answer's body as bytes, and the answer asserted 200 (its problem details shown when it is not). */
  const download = async (url: string, as = ledger.as('regulator')) => {
    const response = await as
      .get(url)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${(response.body as Buffer).toString()}`);
    return response;
  };
  const verify = (path: string, verifierKey = key) => spawnSync(process.execPath, [VERIFY_MJS_PATH, '--key', verifierKey, path], { encoding: 'utf8' });

  it("a compact's pack holds the compact, its disputes, the record of exports and the evidence file, and verify.mjs finds it valid", async () => {
    const response = await download(`/compacts/${scenario.compactId}/evidence`);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="evidence-compact-${scenario.compactId}-\\d+\\.zip"`));
    const zip = join(dir, 'compact.zip');
    writeFileSync(zip, response.body);
    const result = verify(zip);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^VALID/);
    expect(result.status).toBe(0);

    const folder = await unzipTo(zip, join(dir, 'compact'));
    const manifest = readFileSync(join(folder, 'manifest'), 'utf8');
    expect(manifest).toMatch(new RegExp(`^stream compact-${scenario.compactId} `, 'm'));
    for (const disputeId of scenario.disputes) expect(manifest).toMatch(new RegExp(`^stream dispute-${disputeId} `, 'm'));
    expect(manifest).toMatch(new RegExp(`^evidence [0-9a-f]{64} ${scenario.evidenceBytes.length}$`, 'm'));
    expect(readFileSync(join(folder, 'checkpoint'), 'utf8')).toBe(readFileSync(join(folder, 'proofs', readdirSync(join(folder, 'proofs'))[0]), 'utf8').split('\n\n').slice(1).join('\n\n'));
    const report = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(report).toMatch(/South Nottinghamshire/);
    expect(report).toMatch(/Signature register/);
    expect(report).toMatch(/Escalation timeline/);
    // Each dispute as its events up to the checkpoint fold it, in the order raised.
    const escalated = report.indexOf('<h3>Assumed for the test: the shared care records timetable</h3>');
    const withdrawn = report.indexOf('<h3>Assumed for the test: a second matter</h3>');
    expect(escalated).toBeGreaterThan(0);
    expect(withdrawn).toBeGreaterThan(escalated);
    expect(report.slice(escalated, withdrawn)).toMatch(/Test mediator \(Critical Friend\), from 2015-06-11/);
    expect(report.slice(escalated, withdrawn)).toMatch(/minutes\.txt/);
    expect(report.slice(withdrawn)).toMatch(/withdrawn by [^<]* on 2015-07-10 \(Settled\)/);
    expect(report).not.toMatch(/<script|src="http|href="http/);
  });

  it('exporting is recorded on evidence-exports-<compactId>: who, when, which checkpoint and streams; the next pack holds the record', async () => {
    const first = await download(`/compacts/${scenario.compactId}/evidence`);
    const size = Number(first.headers['ledger-checkpoint-size']);
    const records = await ledger.store.readStream(`evidence-exports-${scenario.compactId}`);
    const record = records.find((e) => (e.data as { exportId: string }).exportId === first.headers['ledger-export-id'])!;
    expect(record.type).toBe('EvidencePackExported');
    expect(record.metadata.actor).toMatchObject({ role: 'regulator' });
    expect(record.data).toMatchObject({ compactId: scenario.compactId, disputeId: null, checkpoint: { size } });
    // Recorded after the checkpoint the pack is anchored to: the pack's own streams are as it states them.
    expect(record.position).toBeGreaterThan(size);
    const second = await download(`/compacts/${scenario.compactId}/evidence`);
    writeFileSync(join(dir, 'second.zip'), second.body);
    const folder = await unzipTo(join(dir, 'second.zip'), join(dir, 'second'));
    expect(readFileSync(join(folder, 'manifest'), 'utf8')).toMatch(new RegExp(`^stream evidence-exports-${scenario.compactId} `, 'm'));
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toMatch(/Earlier exports of this evidence/);
  });

  it("a dispute's pack is exported by whoever may read the dispute, and by no one else", async () => {
    const [disputeId] = scenario.disputes;
    const response = await download(`/disputes/${disputeId}/evidence-pack`, ledger.as('partner', CITY_CCG));
    writeFileSync(join(dir, 'dispute.zip'), response.body);
    expect(verify(join(dir, 'dispute.zip')).status).toBe(0);
    await ledger.as('partner', 'nottingham-city-council').get(`/disputes/${disputeId}/evidence-pack`).expect(403);
    await ledger.as('partner', CITY_CCG).get(`/compacts/${scenario.compactId}/evidence`).expect(403);
    await ledger.as('regulator').get('/compacts/0190d6a4-0000-7000-8000-000000000000/evidence').expect(404);
    await ledger.as('regulator').get('/disputes/not-a-uuid/evidence-pack').expect(400);
  });
});
