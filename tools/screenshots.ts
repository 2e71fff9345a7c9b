/**
 * npm run screenshots: the web interface's main pages as PNGs in docs/screenshots/,
 * taken in Debian's Chromium against a temporary ledger holding the five seed compacts,
 * the browser tests' illustrative disputes and the governance `npm run demo` loads
 * (test/web/web-ledger.ts). What a picture shows that no paper gives is marked in the
 * data itself: "(illustrative)", "(assumed)", "(test)", or a date's "assumed" with why.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, MEDIATOR_A, newContext, openForm, signIn, startWebLedger, workspaceRoot } from '../test/web/web-ledger';

/** In the workspace, wherever this runs from (it runs compiled, from dist/tools). */
const OUT = join(workspaceRoot(), 'docs', 'screenshots');

function written(file: string) {
  process.stdout.write(`  ${file}\n`);
}

/** The page from its top to the bottom of `selector`, at the viewport's width. */
async function downTo(page: Page, selector: string, file: string): Promise<void> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  const width = page.viewportSize()!.width;
  await page.screenshot({ path: join(OUT, file), fullPage: true, clip: { x: 0, y: 0, width, height: Math.ceil(box.y + box.height + 16) } });
  written(file);
}

async function element(page: Page, selector: string, file: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .screenshot({ path: join(OUT, file) });
  written(file);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  // Pictures of pages that are no longer taken go too.
  for (const old of readdirSync(OUT).filter((f) => f.endsWith('.png'))) rmSync(join(OUT, old));
  const world = await startWebLedger({ governance: true });
  if (!world.governance) throw new Error('the world was started without its governance');
  const governance = world.governance;
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
    written('sign-in.png');

    await signIn(page, world.baseUrl, regulator);
    await page
      .getByRole('row', { name: /South Kent Coast/ })
      .getByText('12 of 13 partners')
      .waitFor();
    await downTo(page, 'nav.pages', 'compacts.png');

    await page.goto(at(`/compacts/${world.compacts.southKentCoast}`));
    await page.locator('table.register').waitFor();
    await page.locator('table.timeline').waitFor();
    await downTo(page, '#register', 'compact-register.png');

    await page.goto(at(`/compacts/${world.compacts.southKentCoast}?asOf=2015-09-01&axis=effective`));
    await page.locator('table.register td[data-organisation="south-east-coast-ambulance-service-secamb"]', { hasText: 'Not signed' }).waitFor();
    await downTo(page, '#register', 'compact-as-of-effective.png');

    await page.goto(at(`/compacts/${world.compacts.eastCentralCheshire}?asOf=2012-01-01&axis=effective`));
    await page.locator('section.undetermined').waitFor();
    await downTo(page, '#term', 'compact-undetermined.png');

    await page.goto(at(`/compacts/${world.compacts.southNottinghamshire}`));
    await page.locator('.endorsement-requests').waitFor();
    await element(page, '#endorsements', 'compact-endorsements.png');

    await page.goto(at(`/compacts/${world.compacts.haringeyIslington}`));
    await page.locator('table.timeline .bar').first().waitFor();
    await element(page, '#partners', 'compact-partners.png');

    await page.goto(at(`/compacts/${world.compacts.shropshire}`));
    await page.locator('table.versions').waitFor();
    await page.getByLabel('Compare version').selectOption('5.0');
    await page.getByLabel('with version').selectOption('6.0');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('.text-not-compared').waitFor();
    await element(page, '#versions', 'compact-versions.png');
    // Then an amendment of Shropshire's V6.0 for the word-by-word comparison: its note says it is not on the paper.
    await world.ledger
      .as('secretariat')
      .post(`/compacts/${world.compacts.shropshire}/versions`)
      .send({
        label: '6.1',
        dated: '2016-03-01',
        note: 'Illustrative amendment, not on the paper (for the comparison screenshot only)',
        replacePhrases: [{ find: 'citizen', replaceWith: 'resident' }],
      })
      .expect(201);

    await page.reload();
    await page.locator('table.versions tr[data-version="6.1"]').waitFor();
    await page.getByLabel('Compare version').selectOption('6.0');
    await page.getByLabel('with version').selectOption('6.1');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('table.diff').waitFor();
    // The whole section, so the picture shows 6.1's note saying it is not on the paper.
    await element(page, '#versions', 'compact-diff.png');

    await page.goto(at(`/disputes/${world.disputes.a}`));
    await page.locator('ol.escalation-timeline').waitFor();
    await downTo(page, 'ol.escalation-timeline', 'dispute.png');
    await page.locator('.replay-step h3', { hasText: 'Step 8 of 8' }).waitFor();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '← Previous' }).click();
    await page.locator('.replay-step h3', { hasText: 'Step 4 of 8' }).waitFor();
    await element(page, '.replay', 'dispute-replay.png');

    await page.goto(at(`/disputes/${governance.limits.disputeId}`));
    await page.locator('.time-at-level.overdue').waitFor();
    await downTo(page, 'ol.escalation-timeline', 'dispute-overdue.png');

    // Governance: the Transformation Board from 001's appendix, its illustrative year, 004's programme.
    const board = governance.board.boardId;
    await page.goto(at(`/boards/${board}`));
    await page.locator('table.seats').waitFor();
    await downTo(page, 'table.seats', 'board.png');
    await page.goto(at(`/boards/${board}/decisions?from=2015-03-01&to=2015-05-31`));
    await page.locator('table.decisions tr.inquorate').waitFor();
    await downTo(page, 'table.decisions', 'decision-log.png');
    await page.goto(at(`/boards/${board}/interests`));
    await page.locator('table.interests').waitFor();
    await downTo(page, 'table.interests', 'interests.png');
    await page.goto(at(`/boards/${board}/attendance?from=2015-01-01&to=2015-12-31`));
    await page.locator('table.attendance').waitFor();
    await downTo(page, 'table.attendance', 'attendance.png');
    await page.goto(at(`/meetings/${governance.board.meetings['2015-05']}`));
    await page.locator('table.meeting-decisions').waitFor();
    await downTo(page, '#minutes-h + dl', 'meeting.png');
    await page.goto(at(`/compacts/${governance.programmeCompactId}/programme?asOf=2017-07-03&overdue=1`));
    await page.locator('table.targets').first().waitFor();
    await downTo(page, 'section.commitment:nth-of-type(2)', 'programme.png');
    await page.goto(at(`/compacts/${world.compacts.southNottinghamshire}/measures?quarter=2016-17-Q1`));
    await page.locator('table.quarterly-report').waitFor();
    await downTo(page, 'table.quarterly-report', 'measures.png');
    await page.goto(at('/deadlines?asOf=2017-07-03'));
    await page.locator('table.deadlines').waitFor();
    await downTo(page, 'table.deadlines', 'deadlines.png');
    await context.close();

    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, world.baseUrl, secretariat);
    await page.goto(at(`/compacts/${world.compacts.southKentCoast}#act`));
    const form = await openForm(page, 'Record a signature');
    await form.getByLabel('Partner').selectOption('kent-county-council');
    await form.getByLabel('Signatory (required)').fill('Paul Carter');
    await form.getByLabel('Signatory’s role (required)').fill('not given on the paper');
    await form.getByLabel('Signed on (the date on the paper)').fill('2014-08-01');
    await form.getByRole('button', { name: 'Record the signature' }).click();
    await form.locator('.field-error').first().waitFor();
    await form.screenshot({ path: join(OUT, 'form-refused.png') });
    written('form-refused.png');

    await page.goto(at(`/compacts/${world.compacts.southNottinghamshire}#act`));
    const corrections = await openForm(page, 'Correct recorded facts');
    const [ceg] = (await world.ledger.as('regulator').get(`/compacts/${world.compacts.southNottinghamshire}/endorsements`).expect(200)).body as Array<{
      factId: string;
    }>;
    const first = corrections.locator('fieldset[data-correction="1"]');
    await first.getByLabel('Correction 1: the fact').selectOption(ceg.factId);
    await first.getByLabel('Correction 1: why').fill('Illustrative: a correction the paper does not call for, to show a refusal');
    await first.getByLabel('Meeting date').fill('2014-08');
    await corrections.getByRole('button', { name: 'Record the correction' }).click();
    await corrections.locator('.error-summary').waitFor();
    await corrections.screenshot({ path: join(OUT, 'corrections-refused.png') });
    written('corrections-refused.png');
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
    written('tablet-compact.png');
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
