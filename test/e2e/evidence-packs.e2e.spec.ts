import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get, type IncomingMessage } from 'node:http';
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
    expect(readFileSync(join(folder, 'checkpoint'), 'utf8')).toBe(
      readFileSync(join(folder, 'proofs', readdirSync(join(folder, 'proofs'))[0]), 'utf8')
        .split('\n\n')
        .slice(1)
        .join('\n\n'),
    );
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
    const report = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(report).toMatch(/Earlier exports of this evidence/);
    // The first export's row: when, by whom, of what, at which checkpoint.
    expect(report).toContain(`<td>${record.metadata.actor.name}</td><td>the compact</td><td>${size}</td></tr>`);
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

  it('cuts a pack off, and verify.mjs calls it unusable, when an evidence file it must hold is altered on disk; the next pack is whole again once it is restored', async () => {
    const sha256 = createHash('sha256').update(scenario.evidenceBytes).digest('hex');
    const held = join(ledger.dataDir, 'evidence', 'sha256', sha256);
    chmodSync(held, 0o644);
    writeFileSync(held, 'not the minutes');
    try {
      // The zip is written as it is sent: its answer has begun (200) by the time the file is read, so it can only end short.
      const { port } = ledger.app.getHttpServer().address() as { port: number };
      const cut = await fetch(`http://127.0.0.1:${port}/compacts/${scenario.compactId}/evidence`, { headers: { authorization: ledger.bearer('regulator') } });
      expect(cut.status).toBe(200);
      // Either the connection ends in error, or the bytes that came are not a whole pack.
      const body = await cut.arrayBuffer().then(
        (bytes) => Buffer.from(bytes),
        () => null,
      );
      if (body !== null) writeFileSync(join(dir, 'cut.zip'), body);
      const outcome = body === null ? 'connection cut' : `verify.mjs exit ${verify(join(dir, 'cut.zip')).status}`;
      expect(['connection cut', 'verify.mjs exit 2']).toContain(outcome);
    } finally {
      writeFileSync(held, scenario.evidenceBytes);
    }
    const whole = await download(`/compacts/${scenario.compactId}/evidence`);
    writeFileSync(join(dir, 'whole.zip'), whole.body);
    expect(verify(join(dir, 'whole.zip')).status).toBe(0);
  });

  let largeDispute: Promise<void> | null = null;
  const withLargeDispute = () => (largeDispute ??= appendLargeDispute(ledger, scenario.disputes[1]));
  const pausedDownload = () => pausedPackDownload(ledger, scenario.compactId);
  const health = () => packHealth(ledger);
  const untilNoneWriting = () => untilNoPackWriting(ledger);

  it('writes a pack only as fast as it is read, and stops writing it when the client goes away', async () => {
    await withLargeDispute();
    const request = await pausedDownload();
    // Not read further: the pack's thread waits for its pieces to be taken, and is still writing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await health()).writing).toBe(1);
    request.destroy();
    await untilNoneWriting();
  });

  it('writes at most LEDGER_EVIDENCE_PACKS_AT_ONCE packs at once: one more is 503 with Retry-After, and nothing of it is recorded', async () => {
    await withLargeDispute();
    expect(await health()).toEqual({ writing: 0, atOnce: 2 });
    // An export refused after its thread was reserved (the dispute not the caller's to read) gives the thread back.
    await ledger.as('partner', 'nottingham-city-council').get(`/disputes/${scenario.disputes[0]}/evidence-pack`).expect(403);
    expect((await health()).writing).toBe(0);
    const held = [await pausedDownload(), await pausedDownload()];
    expect((await health()).writing).toBe(2);
    const before = await ledger.headPosition();
    for (const url of [`/compacts/${scenario.compactId}/evidence`, `/disputes/${scenario.disputes[0]}/evidence-pack`]) {
      const refused = await ledger.as('regulator').get(url).expect(503);
      expect(refused.headers['retry-after']).toBe('10');
      expect(refused.body).toMatchObject({ type: 'urn:compact-ledger:problem:evidence-packs-busy', status: 503, atOnce: 2 });
      expect(refused.body.detail).toContain('LEDGER_EVIDENCE_PACKS_AT_ONCE');
    }
    // No export recorded, no checkpoint's worth of events appended: the refusal came first.
    expect(await ledger.headPosition()).toBe(before);
    for (const request of held) request.destroy();
    await untilNoneWriting();
    await download(`/disputes/${scenario.disputes[0]}/evidence-pack`);
  });
});

/**
 * Enough incompressible events that a pack cannot all wait in buffers: 20,000 of a kind a newer instance might
 * write (kept, skipped by readers), on a withdrawn dispute's stream, so they belong to the compact's pack.
 */
async function appendLargeDispute(ledger: LedgerTestApp, disputeId: string): Promise<void> {
  const streamId = `dispute-${disputeId}`;
  let revision = (await ledger.store.readStream(streamId)).length - 1;
  for (let batch = 0; batch < 20; batch++) {
    const events = Array.from({ length: 1000 }, () => ({
      type: 'DisputeNoteOfANewerKind',
      data: { note: randomBytes(600).toString('base64') },
      metadata: {
        eventId: randomUUID(),
        actor: { subject: 'newer', name: 'A newer instance (assumed for the test)', role: 'secretariat' as const, organisation: null },
      },
    }));
    revision = (await ledger.store.append(streamId, events, revision)).streamRevision;
  }
}

/** A download of a compact's pack begun and then not read: its thread waits for its pieces to be taken. */
async function pausedPackDownload(ledger: LedgerTestApp, compactId: string) {
  const { port } = ledger.app.getHttpServer().address() as { port: number };
  // node:http, whose request closes its connection when destroyed (an aborted fetch may keep its socket for reuse).
  const request = get(`http://127.0.0.1:${port}/compacts/${compactId}/evidence`, { headers: { authorization: ledger.bearer('regulator') } });
  const response = await new Promise<IncomingMessage>((resolve, reject) => request.once('response', resolve).once('error', reject));
  expect(response.statusCode).toBe(200);
  await new Promise((resolve) => response.once('data', resolve));
  response.pause();
  return Object.assign(request, { response });
}

const packHealth = async (ledger: LedgerTestApp) => (await ledger.http.get('/health')).body.evidencePacks as { writing: number; atOnce: number };

async function untilNoPackWriting(ledger: LedgerTestApp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await packHealth(ledger)).writing !== 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  expect((await packHealth(ledger)).writing).toBe(0);
}

describe('An evidence pack download that stops reading (LEDGER_EVIDENCE_PACK_STALL_MS)', () => {
  let ledger: LedgerTestApp;
  let scenario: Awaited<ReturnType<typeof compactWithDisputes>>;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000, LEDGER_EVIDENCE_PACK_STALL_MS: 1000 });
    scenario = await compactWithDisputes(ledger);
    await appendLargeDispute(ledger, scenario.disputes[1]);
  });
  afterAll(() => ledger.stop());

  it('is cut off once it has taken nothing for that long, and its thread is freed for the next export', async () => {
    const request = await pausedPackDownload(ledger, scenario.compactId);
    const cutOff = new Promise<boolean>((resolve) => request.response.once('close', () => resolve(request.response.complete)));
    expect((await packHealth(ledger)).writing).toBe(1);
    await untilNoPackWriting(ledger);
    // The client still reads nothing: the server ended the answer before the zip was whole.
    request.response.resume();
    expect(await cutOff).toBe(false);
    await ledger.as('regulator').get(`/disputes/${scenario.disputes[0]}/evidence-pack`).buffer(true).expect(200);
  });
});
