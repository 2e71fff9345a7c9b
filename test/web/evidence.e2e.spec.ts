import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { VERIFY_MJS_PATH } from '@compact-ledger/transparency';
import { cosignPack, packWitnesses, partnersPolicy } from '../support/cosigned-pack';
import { axeViolations, holdSession, launchChromium, newContext, startWebLedger, type WebLedger } from './web-ledger';

/**
 * Waits until the form field `id` holds `text`. A function, not a string: the page's
 * Content-Security-Policy forbids eval, which a string predicate needs once it polls.
 */
function fieldContains(page: Page, id: string, text: string) {
  type Field = { value: string } | null;
  type Window = { document: { getElementById(id: string): Field } };
  return page.waitForFunction(
    ([field, wanted]) => (globalThis as unknown as Window).document.getElementById(field)?.value.includes(wanted) ?? false,
    [id, text],
  );
}

/** Evidence packs in the web interface: downloaded with the session's token, and checked in the browser, the file sent nowhere. */
describe('Evidence packs in the web interface, in Chromium', () => {
  let world: WebLedger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'web-evidence-'));
  const requests: string[] = [];

  beforeAll(async () => {
    world = await startWebLedger();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    witnesses?.close();
    await browser?.close();
    await world?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    context = await newContext(browser);
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  });
  afterEach(() => context.close());

  it("a regulator downloads a compact's pack from its page, then checks it in the browser: valid; an altered copy: invalid, the failure named; nothing is uploaded", async () => {
    const token = await world.token({ sub: 'regulator-1', name: 'Rita Regulator', role: 'regulator' });
    await holdSession(page, token);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southNottinghamshire}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the evidence pack' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^evidence-compact-${world.compacts.southNottinghamshire}-\\d+\\.zip$`));
    const pack = join(dir, download.suggestedFilename());
    await download.saveAs(pack);
    await page.getByText(/Your export is recorded/).waitFor();
    const key = (await world.ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey;
    expect(spawnSync(process.execPath, [VERIFY_MJS_PATH, '--key', key, pack], { encoding: 'utf8' }).status).toBe(0);

    await page.getByRole('link', { name: 'Check a pack' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Check an evidence pack' }).waitFor();
    expect(await axeViolations(page, 'check a pack')).toEqual([]);

    requests.length = 0;
    await page.getByLabel('Evidence pack (.zip)').setInputFiles(pack);
    await page.getByRole('button', { name: 'Use the key this ledger publishes' }).click();
    await fieldContains(page, 'verifier-key', '+');
    await page.getByRole('button', { name: 'Check the pack' }).click();
    const verdict = page.getByRole('status', { name: 'Verdict' });
    await verdict.waitFor();
    expect(await verdict.getByRole('heading').textContent()).toBe('Valid');
    expect(await verdict.textContent()).toMatch(/events in \d+ streams .* every hash and chain intact; anchored to checkpoint \d+/);
    // The page fetched the key and the worker's script; nothing was sent anywhere with the pack.
    expect(requests.filter((r) => !/^GET .*\/(ledger\/keys|app\/assets\/.*\.js)$/.test(r))).toEqual([]);

    // A byte of the compressed events changed: the same checks find it.
    const bytes = readFileSync(pack);
    bytes[bytes.indexOf('events.jsonl') + 200] ^= 0xff;
    writeFileSync(join(dir, 'altered.zip'), bytes);
    await page.getByLabel('Evidence pack (.zip)').setInputFiles(join(dir, 'altered.zip'));
    await page.getByRole('button', { name: 'Check the pack' }).click();
    const refusal = page.getByRole('alert', { name: 'Verdict' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^(Invalid|Cannot be checked)/);
  });

  it('the check page opens without signing in, and refuses a mistyped key as unusable', async () => {
    await page.goto(`${world.baseUrl}/app/verify`);
    await page.getByRole('heading', { level: 1, name: 'Check an evidence pack' }).waitFor();
    writeFileSync(join(dir, 'empty.zip'), Buffer.from('not a zip at all'));
    await page.getByLabel('Evidence pack (.zip)').setInputFiles(join(dir, 'empty.zip'));
    await page.getByLabel('Verifier key').fill('ledger+00000000+nonsense');
    await page.getByRole('button', { name: 'Check the pack' }).click();
    const refusal = page.getByRole('alert', { name: 'Verdict' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^Cannot be checked.*the key is not an Ed25519 verifier key/);
  });

  /*
   * Witness policies. The ledger's pack is fetched as a regulator would, and the three
   * partners' witnesses of the compact (each its own key and state, by the witness
   * library) are asked to cosign its checkpoint: two of them for one copy, the third
   * for another (support/cosigned-pack.ts says why such a copy is the pack with its
   * checkpoint cosigned). The witnesses' names are made up for the test.
   */
  let witnesses: ReturnType<typeof packWitnesses> | undefined;
  let cosigned: Promise<{ policy: string; policyFile: string; twoOfThree: string; oneOfThree: string }> | undefined;
  const cosignedPacks = () =>
    (cosigned ??= (async () => {
      const key = (await world.ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey;
      const response = await world.ledger
        .as('regulator')
        .get(`/compacts/${world.compacts.southNottinghamshire}/evidence`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      writeFileSync(join(dir, 'ledger-pack.zip'), response.body as Buffer);
      witnesses = packWitnesses(key, [
        { label: 'nuh', name: 'witness.nottingham-university-hospitals.example', time: '2026-05-01T10:00:01Z' },
        { label: 'council', name: 'witness.nottingham-city-council.example', time: '2026-05-01T10:00:02Z' },
        { label: 'ccg', name: 'witness.nhs-nottingham-city-ccg.example', time: '2026-05-01T10:00:03Z' },
      ]);
      const [nuh, council, ccg] = witnesses.witnesses;
      const packs = { twoOfThree: join(dir, 'two-of-three.zip'), oneOfThree: join(dir, 'one-of-three.zip') };
      await cosignPack(join(dir, 'ledger-pack.zip'), [nuh, ccg], packs.twoOfThree);
      await cosignPack(join(dir, 'ledger-pack.zip'), [council], packs.oneOfThree);
      const policy = partnersPolicy(key, witnesses.witnesses, 2);
      writeFileSync(join(dir, 'partners.policy'), policy);
      return { policy, policyFile: join(dir, 'partners.policy'), ...packs };
    })());

  it("with a policy read from a file (its log line standing for the key), a pack cosigned by 1 of the 3 partners' witnesses is invalid, in verify.mjs's words", async () => {
    const { policyFile, oneOfThree } = await cosignedPacks();
    const mjs = spawnSync(process.execPath, [VERIFY_MJS_PATH, '--policy', policyFile, oneOfThree], { encoding: 'utf8' });
    expect(mjs.stdout).toMatch(/^INVALID: the checkpoint has 1 valid cosignature, short of the policy's quorum \(partners: 2 of nuh, council, ccg\): /);

    await page.goto(`${world.baseUrl}/app/verify`);
    await page.getByLabel('Evidence pack (.zip)').setInputFiles(oneOfThree);
    await page.getByLabel('Or read it from a file:').setInputFiles(policyFile);
    await fieldContains(page, 'witness-policy', 'quorum partners');
    await page.getByRole('button', { name: 'Check the pack' }).click();
    const refusal = page.getByRole('alert', { name: 'Verdict' });
    await refusal.waitFor();
    expect(await refusal.getByRole('heading').textContent()).toBe('Invalid');
    expect(await refusal.locator('p').textContent()).toBe(mjs.stdout.replace(/^INVALID: /, '').trim());
  });

  it('with a policy pasted beside the key, a pack cosigned by 2 of the 3 is valid, each cosignature shown with its witness and time', async () => {
    const { policy, twoOfThree } = await cosignedPacks();
    await page.goto(`${world.baseUrl}/app/verify`);
    await page.getByLabel('Evidence pack (.zip)').setInputFiles(twoOfThree);
    await page.getByRole('button', { name: 'Use the key this ledger publishes' }).click();
    await fieldContains(page, 'verifier-key', '+');
    await page.getByLabel('Witness policy (optional)').fill(policy);
    await page.getByRole('button', { name: 'Check the pack' }).click();
    const verdict = page.getByRole('status', { name: 'Verdict' });
    await verdict.waitFor();
    expect(await verdict.getByRole('heading').textContent()).toBe('Valid');
    expect(await verdict.textContent()).toContain('signed by the key given and cosigned as the policy requires');
    expect(await verdict.textContent()).toContain('Witnessed as the policy requires (quorum partners: 2 of nuh, council, ccg):');
    expect(await verdict.getByRole('list', { name: 'Cosignatures' }).getByRole('listitem').allTextContents()).toEqual([
      'nuh (witness.nottingham-university-hospitals.example) cosigned at 2026-05-01T10:00:01Z',
      'council (witness.nottingham-city-council.example): no cosignature',
      'ccg (witness.nhs-nottingham-city-ccg.example) cosigned at 2026-05-01T10:00:03Z',
    ]);
    expect(await verdict.locator('time').first().getAttribute('datetime')).toBe('2026-05-01T10:00:01Z');
    expect(await axeViolations(page, 'check a pack: the verdict')).toEqual([]);
  });
});
