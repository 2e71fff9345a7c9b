/**
 * npm run screenshots: the web interface's main pages as PNGs in docs/screenshots/,
 * taken in Debian's Chromium against a temporary ledger holding the five seed
 * compacts and the browser tests' illustrative disputes (test/web/web-ledger.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, MEDIATOR_A, newContext, signIn, startWebLedger, workspaceRoot } from '../test/web/web-ledger';

/** In the workspace, wherever this runs from (it runs compiled, from dist/tools). */
const OUT = join(workspaceRoot(), 'docs', 'screenshots');

/** The page from its top to the bottom of `selector`, at the viewport's width. */
async function downTo(page: Page, selector: string, file: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: join(OUT, file), fullPage: true, clip: { x: 0, y: 0, width, height: Math.ceil(box.y + box.height + 16) } });
  process.stdout.write(`  ${file}\n`);
}

async function element(page: Page, selector: string, file: string): Promise<void> {
  await page.locator(selector).screenshot({ path: join(OUT, file) });
  process.stdout.write(`  ${file}\n`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const world = await startWebLedger();
  const browser = await launchChromium();
  try {
    const regulator = await world.token({ sub: 'regulator-1', name: 'Rita Regulator', role: 'regulator' });
    const secretariat = await world.token({ sub: 'secretariat-1', name: 'Sam Secretariat', role: 'secretariat' });
    const mediator = await world.token({ sub: MEDIATOR_A, name: 'Lay Chair (assumed name)', role: 'mediator' });
    const at = (path: string) => `${world.baseUrl}/app${path}`;
    process.stdout.write(`writing ${OUT}\n`);

    let context = await newContext(browser);
    let page = await context.newPage();
    await page.goto(`${world.baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.screenshot({ path: join(OUT, 'sign-in.png') });
    process.stdout.write('  sign-in.png\n');

    await signIn(page, world.baseUrl, regulator);
    await page
      .getByRole('row', { name: /South Kent Coast/ })
      .getByText('12 of 13 partners')
      .waitFor();
    await downTo(page, 'table.compacts', 'compacts.png');

    await page.goto(at(`/compacts/${world.compacts.southKentCoast}`));
    await page.locator('table.register').waitFor();
    await page.locator('table.timeline').waitFor();
    await downTo(page, '#register', 'compact-register.png');

    await page.goto(at(`/compacts/${world.compacts.southKentCoast}?asOf=2015-09-01&axis=effective`));
    await page.locator('table.register td[data-organisation="secamb"]', { hasText: 'Not signed' }).waitFor();
    await downTo(page, '#register', 'compact-as-of-effective.png');

    await page.goto(at(`/compacts/${world.compacts.southNottinghamshire}`));
    await page.locator('table.timeline').waitFor();
    await element(page, '#partners', 'compact-partners.png');

    await page.goto(at(`/compacts/${world.compacts.shropshire}`));
    await page.getByLabel('Compare version').selectOption('5.0');
    await page.getByLabel('with version').selectOption('6.0');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('table.diff').waitFor();
    await element(page, '#versions', 'compact-diff.png');

    await page.goto(at(`/disputes/${world.disputes.a}`));
    await page.locator('ol.escalation-timeline').waitFor();
    await downTo(page, 'ol.escalation-timeline', 'dispute.png');
    await page.locator('.replay-step h3', { hasText: 'Step 8 of 8' }).waitFor();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '← Previous' }).click();
    await page.locator('.replay-step h3', { hasText: 'Step 4 of 8' }).waitFor();
    await element(page, '.replay', 'dispute-replay.png');
    await context.close();

    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, world.baseUrl, secretariat);
    await page.goto(at(`/compacts/${world.compacts.southKentCoast}#act`));
    const form = page.getByRole('region', { name: 'Record a signature' });
    await form.locator('summary').click();
    await form.getByLabel('Partner').selectOption('kent-county-council');
    await form.getByLabel('Signatory (required)').fill('Paul Carter');
    await form.getByLabel('Signatory’s role (required)').fill('not given on the paper');
    await form.getByLabel('Signed on (the date on the paper)').fill('2015-08-01');
    await form.getByRole('button', { name: 'Record the signature' }).click();
    await form.locator('.field-error').first().waitFor();
    await form.screenshot({ path: join(OUT, 'form-refused.png') });
    process.stdout.write('  form-refused.png\n');
    await context.close();

    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, world.baseUrl, mediator);
    await page.locator('table.disputes').waitFor();
    await downTo(page, 'table.disputes', 'disputes-mediator.png');
    await context.close();

    context = await newContext(browser, { width: 820, height: 1180 });
    page = await context.newPage();
    await signIn(page, world.baseUrl, regulator);
    await page.goto(at(`/compacts/${world.compacts.southKentCoast}`));
    await page.locator('table.register').waitFor();
    await page.screenshot({ path: join(OUT, 'tablet-compact.png') });
    process.stdout.write('  tablet-compact.png\n');
    await context.close();
  } finally {
    await browser.close();
    await world.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
