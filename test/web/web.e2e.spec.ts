import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CITY_CCG, CITY_COUNCIL, EVIDENCE, launchChromium, MEDIATOR_A, newContext, NUH, signIn, startWebLedger, type WebLedger } from './web-ledger';

/**
 * The web interface in a real browser (Debian's Chromium, headless), against the real
 * API serving the web build, with the seed compacts loaded through the API: what a
 * governance lead, a partner, a mediator and a regulator see and may do. One API and
 * one browser for the file; each test has its own browser context (its own session).
 */
describe('The web interface, in Chromium', () => {
  let world: WebLedger;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const offOrigin: string[] = [];
  const policyViolations: string[] = [];
  let tokens: Record<'regulator' | 'secretariat' | 'mediatorA' | 'cityCouncil', string>;

  beforeAll(async () => {
    world = await startWebLedger();
    browser = await launchChromium();
    tokens = {
      regulator: await world.token({ sub: 'regulator-1', name: 'Rita Regulator', role: 'regulator' }),
      secretariat: await world.token({ sub: 'secretariat-1', name: 'Sam Secretariat', role: 'secretariat' }),
      mediatorA: await world.token({ sub: MEDIATOR_A, name: 'Lay Chair (assumed name)', role: 'mediator' }),
      cityCouncil: await world.token({ sub: 'ncc-1', name: 'Colin Monckton', role: 'partner', org: CITY_COUNCIL }),
    };
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  beforeEach(async () => {
    context = await newContext(browser);
    // Shorter than the test's own timeout, so a wait that fails names what it waited for.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(world.baseUrl) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) offOrigin.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  });
  afterEach(async () => {
    await context.close();
    // No page fetched anything from elsewhere, and the content security policy refused nothing it needs.
    expect(offOrigin).toEqual([]);
    expect(policyViolations).toEqual([]);
  });

  async function accessible(where: string) {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map((v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
  }

  const registerCell = (organisationId: string) => page.locator(`table.register td[data-organisation="${organisationId}"]`);

  /** A command's form, opened (forms are folded to their titles until a person opens one). */
  async function openForm(name: string) {
    const form = page.getByRole('region', { name });
    await form.locator('summary').click();
    return form;
  }

  it('/ leads to the sign-in page, which says how to make a token, and refuses a token the ledger did not sign', async () => {
    await page.goto(`${world.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(page.url()).toBe(`${world.baseUrl}/app/sign-in`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await page.locator('main').textContent()).toContain('npx compact-ledger token --sub you --name "Your Name" --role regulator');
    await accessible('sign-in');

    await page.getByLabel('Token').fill('not a token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.locator('#token-error').textContent()).toContain('This is not a token');

    // Signed by another key: the page asks the API, which refuses it; the page says so and keeps no session.
    const stranger = 'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZSI6InJlZ3VsYXRvciIsImV4cCI6NDEwMjQ0NDgwMH0.c2lnbmF0dXJl';
    await page.getByLabel('Token').fill(stranger);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#token-error', { hasText: 'The ledger refused this token' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });

  it('lists the compacts with their status on a chosen date, term and signatures of the current version, and filters them', async () => {
    await signIn(page, world.baseUrl, tokens.regulator);
    expect(page.url()).toBe(`${world.baseUrl}/app/compacts`);
    const kent = page.getByRole('row', { name: /South Kent Coast/ });
    await kent.getByText('12 of 13 partners').waitFor();
    expect(await kent.textContent()).toContain('open for signature');
    expect(await page.getByRole('row', { name: /Haringey and Islington/ }).textContent()).toContain('until 31 Mar 2020');
    await accessible('compacts list');

    // On 1 July 2017 Haringey and Islington's agreement was in force; it had expired by today.
    await page.getByLabel('Status on').fill('2017-07-01');
    await page
      .getByRole('row', { name: /Haringey and Islington/ })
      .getByText('in force', { exact: true })
      .waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('in-force');
    await page.locator('table.compacts caption', { hasText: '1 of 5 compacts' }).waitFor();

    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('Only those awaiting signatures').check();
    // Shropshire has no partners to sign; the other four await signatures on that date.
    await page.locator('table.compacts caption', { hasText: '4 of 5 compacts' }).waitFor();
    expect(await page.locator('table.compacts tbody tr').allTextContents()).not.toContainEqual(expect.stringContaining('Shropshire'));
  });

  it('shows the South Kent Coast register with Kent County Council unsigned, and exports it as CSV', async () => {
    await signIn(page, world.baseUrl, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southKentCoast}`);
    await page.locator('table.register').waitFor();
    expect(await registerCell('kent-county-council').textContent()).toContain('Not signed');
    expect(await registerCell('kent-county-council').getAttribute('class')).toContain('unsigned');
    expect(await registerCell('south-kent-coast-ccg').textContent()).toContain('Signed 25 Aug 2015');
    expect(await registerCell('south-kent-coast-ccg').textContent()).toContain('Hazel Carpenter');
    expect(await registerCell('secamb').textContent()).toContain('Signed 10 Sept 2015');
    expect(await page.locator('table.register td.unsigned').count()).toBe(1);
    await accessible('compact page');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the register (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('south-kent-coast-signature-register.csv');
    const csv = readFileSync((await download.path())!, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(csv[0]).toBe('organisation_id,organisation,version,content_hash,status,signed_on,signatory,signatory_role,signifies,recorded_at,corrected,fact_id');
    expect(csv.filter((line) => line.startsWith('kent-county-council,'))).toEqual([
      expect.stringMatching(/^kent-county-council,Kent County Council,1,[0-9a-f]{64},not-signed,,/),
    ]);
    expect(csv.filter((line) => /,signed,/.test(line))).toHaveLength(12);

    // The partner time line, in words beside the bars, and as CSV.
    expect(
      await page
        .getByRole('row', { name: /Dover District Council/ })
        .last()
        .textContent(),
    ).toContain('from 25 Aug 2015, a partner still');
    const [timeline] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the partner time line (CSV)' }).click()]);
    const periods = readFileSync((await timeline.path())!, 'utf8').split('\r\n');
    expect(periods).toHaveLength(14);
    expect(periods.find((line) => line.startsWith('secamb,'))).toContain(',2015-08-25,,');
  });

  it('compares two Shropshire versions side by side: sections added and removed, and words highlighted in a changed one', async () => {
    // An amendment of V6.0 recorded for this test only (illustrative, not on the paper), so that a section changes word by word.
    await world.ledger
      .as('secretariat')
      .post(`/compacts/${world.compacts.shropshire}/versions`)
      .send({
        label: '6.1',
        dated: '2016-03-01',
        note: 'Illustrative amendment recorded by the browser test (not on the paper)',
        replacePhrases: [{ find: 'citizen', replaceWith: 'resident' }],
      })
      .expect(201);
    await signIn(page, world.baseUrl, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.shropshire}#versions`);
    await page.getByLabel('Compare version').selectOption('5.0');
    await page.getByLabel('with version').selectOption('6.0');
    await page.getByRole('button', { name: 'Compare' }).click();
    const diff = page.locator('table.diff');
    await diff.locator('caption', { hasText: 'Version 5.0 against version 6.0' }).waitFor();
    expect(await diff.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-section'), r.className]))).toEqual([
      ['0', 'change-removed'],
      ['1.1', 'change-added'],
      ['1.2', 'change-added'],
      ['2.1', 'change-added'],
      ['2.3', 'change-added'],
    ]);
    const added = diff.locator('tr[data-section="1.1"]');
    expect(await added.locator('td.from').textContent()).toBe('Not in version 5.0');
    expect(await added.locator('td.to ins').textContent()).toContain('Chairs, Accountable Officers and leaders across NHS and social care');
    expect(await diff.locator('tr[data-section="0"] td.from del').textContent()).toContain('Only the version table records V5.0');

    await page.getByLabel('Compare version').selectOption('6.0');
    await page.getByLabel('with version').selectOption('6.1');
    await page.getByRole('button', { name: 'Compare' }).click();
    const changed = diff.locator('tr[data-section="2.3"]');
    await changed.waitFor();
    expect(await changed.getAttribute('class')).toBe('change-changed');
    expect(await changed.locator('td.from del').allTextContents()).toEqual([expect.stringContaining('citizen')]);
    expect(await changed.locator('td.to ins').allTextContents()).toEqual([expect.stringContaining('resident')]);
    expect(await changed.locator('td.to').textContent()).toContain('improve the quality of services and the');
    expect(await diff.locator('caption').textContent()).toContain('3 unchanged');
  });

  it('redraws South Kent Coast as of a date on either clock, and says which clock it is on', async () => {
    const register = (await world.ledger.as('regulator').get(`/compacts/${world.compacts.southKentCoast}/signatures`).expect(200)).body as Array<{
      organisationId: string;
      recordedAt: string;
    }>;
    const secambRecorded = register.find((r) => r.organisationId === 'secamb')!.recordedAt;
    await signIn(page, world.baseUrl, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southKentCoast}`);
    await registerCell('secamb').getByText('Signed 10 Sept 2015').waitFor();
    const said = page.locator('.as-of-said');
    expect(await said.textContent()).toContain('Showing the compact now');

    // Effective date: on 1 September 2015 SECAMB had not yet signed (it signed on 10 September).
    await page.getByLabel('Effective date', { exact: true }).fill('2015-09-01');
    await page.getByRole('button', { name: 'Show as of then' }).click();
    await said.getByText('Effective-date clock').waitFor();
    expect(await said.textContent()).toContain('as it stood on 1 Sept 2015');
    await registerCell('secamb').getByText('Not signed').waitFor();
    expect(await registerCell('kent-community-health-ft').textContent()).toContain('Signed 25 Aug 2015');
    expect(page.url()).toContain('asOf=2015-09-01&axis=effective');
    expect(await page.getByRole('heading', { name: 'Record', level: 2 }).locator('xpath=..').textContent()).toContain('go back to now to use them');

    // Recorded time: a millisecond before the ledger recorded SECAMB's signature, the ledger did not show it.
    await page.getByLabel('Recorded time').check();
    const before = new Date(Date.parse(secambRecorded) - 1);
    await page.getByLabel('Recorded time (your local time)').fill(localInput(before));
    await page.getByRole('button', { name: 'Show as of then' }).click();
    await said.getByText('Recorded-time clock').waitFor();
    await registerCell('secamb').getByText('Not signed').waitFor();
    expect(page.url()).toContain(`asOf=${encodeURIComponent(before.toISOString())}&axis=recorded`);
    // At the moment it was recorded, it shows.
    await page.getByLabel('Recorded time (your local time)').fill(localInput(new Date(secambRecorded)));
    await page.getByRole('button', { name: 'Show as of then' }).click();
    await registerCell('secamb').getByText('Signed 10 Sept 2015').waitFor();

    await page.getByRole('button', { name: 'Back to now' }).click();
    await said.getByText('Showing the compact now').waitFor();
    await accessible('compact page as of a date');
  });

  it('steps through a dispute’s replay, showing what each event changed, and gives its evidence and escalation audit', async () => {
    await signIn(page, world.baseUrl, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/disputes/${world.disputes.a}`);
    const step = page.locator('.replay-step');
    await step.getByRole('heading', { name: 'Step 8 of 8: Dispute resolved' }).waitFor();
    expect(await step.locator('table.changes').textContent()).toContain('resolution');
    await accessible('dispute page');

    // Back to the first escalation: the level goes from 1 to 2, and that is what the step shows, not the whole dispute.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '← Previous' }).click();
    await step.getByRole('heading', { name: 'Step 4 of 8: Dispute escalated' }).waitFor();
    const rows = await step
      .locator('table.changes tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children as ArrayLike<{ textContent: string | null }>, (c) => c.textContent)));
    expect(rows).toContainEqual(['currentLevel', 'changed', '1', '2']);
    expect(rows).toContainEqual(['currentLevelName', 'changed', 'Bilateral resolution', 'Mediation']);
    expect(rows.map((r) => r[0])).not.toContain('summary');
    expect(await step.textContent()).toContain(`by City CCG lead (assumed) (partner of ${CITY_CCG})`);

    // The slider, by keyboard: Home is the raising, which sets the dispute up.
    const slider = page.getByRole('slider', { name: 'Event' });
    await slider.focus();
    await page.keyboard.press('Home');
    await step.getByRole('heading', { name: 'Step 1 of 8: Dispute raised' }).waitFor();
    expect(await page.getByRole('button', { name: '← Previous' }).isDisabled()).toBe(true);
    expect(await step.locator('table.changes tbody th').allTextContents()).toEqual(expect.arrayContaining(['summary', 'raisedBy', 'currentLevel']));
    await page.keyboard.press('ArrowRight');
    await step.getByRole('heading', { name: 'Step 2 of 8: Dispute responded' }).waitFor();
    expect(await step.locator('table.changes tbody th').allTextContents()).toEqual(['responses[0]', 'lastStepOn']);

    // The escalation path: every level, who acted, and how long it stayed there.
    const levels = page.locator('ol.escalation-timeline > li');
    expect(await levels.count()).toBe(3);
    expect(await levels.nth(0).textContent()).toContain('30 days at this level, until 1 Jul 2015: escalated');
    expect(await levels.nth(2).textContent()).toContain('Independent chair: An independent chair (assumed)');
    const [audit] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the escalation audit (CSV)' }).click()]);
    expect(readFileSync((await audit.path())!, 'utf8').split('\r\n')).toHaveLength(4);

    const [evidence] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${EVIDENCE.filename}` }).click()]);
    expect(evidence.suggestedFilename()).toBe(EVIDENCE.filename);
    expect(readFileSync((await evidence.path())!, 'utf8')).toBe(EVIDENCE.text);
  });

  it('shows a refused command beside the field it concerns, and records nothing', async () => {
    await signIn(page, world.baseUrl, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southKentCoast}#act`);
    const form = await openForm('Record a signature');
    const fieldOf = (label: string) => form.locator('.field', { has: page.getByLabel(label) });
    const before = await world.ledger.headPosition();

    // Validation (400): a blank signatory, named by the API, said beside the Signatory field.
    await form.getByLabel('Partner').selectOption('kent-county-council');
    await form.getByLabel('Signed on (the date on the paper)').fill('2015-08-01');
    await form.getByRole('button', { name: 'Record the signature' }).click();
    await form.locator('.error-summary').waitFor();
    expect(await fieldOf('Signatory (required)').locator('.field-error').textContent()).toBe('signatory.name should not be empty');
    expect(await fieldOf('Signatory’s role (required)').locator('.field-error').textContent()).toBe('signatory.role should not be empty');

    // A rule (422): Kent County Council was admitted on 25 August 2015, so it was no partner to sign on 1 August.
    await form.getByLabel('Signatory (required)').fill('Paul Carter');
    await form.getByLabel('Signatory’s role (required)').fill('not given on the paper');
    await form.getByRole('button', { name: 'Record the signature' }).click();
    await form.locator('.error-summary', { hasText: 'partner-not-member' }).waitFor();
    expect(await fieldOf('Partner (required)').locator('.field-error').textContent()).toContain(
      'Kent County Council was not a partner of this compact on 2015-08-01',
    );
    expect(await fieldOf('Signatory (required)').locator('.field-error').count()).toBe(0);
    expect(await form.getByLabel('Partner (required)').getAttribute('aria-invalid')).toBe('true');
    expect(await registerCell('kent-county-council').textContent()).toContain('Not signed');
    await accessible('a refused form');

    // On a dispute: escalating from level 1 straight to 3 is refused by the rule, said beside "To level".
    await page.goto(`${world.baseUrl}/app/disputes/${world.disputes.c}`);
    const escalate = await openForm('Escalate');
    await escalate.getByLabel('To level (required)').selectOption('3');
    await escalate.getByLabel('Why (required)').fill('Straight to the boards (illustrative)');
    await escalate.getByRole('button', { name: 'Escalate the dispute' }).click();
    const toLevel = escalate.locator('.field', { has: page.getByLabel('To level (required)') }).locator('.field-error');
    await toLevel.waitFor();
    expect(await escalate.locator('.error-summary').textContent()).toContain('Rule: level-may-not-be-skipped');
    expect(await toLevel.textContent()).toMatch(/level 2/);
    expect(await world.ledger.headPosition()).toBe(before);
  });

  it('offers a partner only its own organisation, and the regulator no forms', async () => {
    await signIn(page, world.baseUrl, tokens.cityCouncil);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southNottinghamshire}#act`);
    const form = await openForm('Record a signature');
    expect(await form.getByLabel('Partner').locator('option').allTextContents()).toEqual(['Nottingham City Council']);
    expect(await page.getByRole('region', { name: 'Admit a partner' }).count()).toBe(0);
    // The partner records its own signature, and the register redraws with it. (Illustrative: the paper records no signature.)
    await form.getByLabel('Signatory (required)').fill('Colin Monckton');
    await form.getByLabel('Signatory’s role (required)').fill('Named lead, South Nottinghamshire Transformation Board');
    await form.getByLabel('Signed on (the date on the paper)').fill('2015-02-02');
    await form.getByRole('button', { name: 'Record the signature' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    await page.locator(`table.register td[data-organisation="${CITY_COUNCIL}"]`).getByText('Signed 2 Feb 2015').waitFor();
    expect(await page.locator('table.register td.signed').count()).toBe(1);

    await context.close();
    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, world.baseUrl, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southKentCoast}#act`);
    await page.getByText('Your role reads the record; it does not write to it.').waitFor();
    expect(await page.locator('section.command').count()).toBe(0);
  });

  it('lets a party submit evidence through the form, kept by its SHA-256, and gives the same bytes back', async () => {
    const text = 'Discharge summaries, November 2015 (illustrative evidence from the browser test)\n';
    await signIn(page, world.baseUrl, await world.token({ sub: 'nuh-1', name: 'NUH lead (assumed)', role: 'partner', org: NUH }));
    await page.goto(`${world.baseUrl}/app/disputes/${world.disputes.c}`);
    const form = await openForm('Submit evidence');
    expect(await form.getByLabel('Submitted by').locator('option').allTextContents()).toEqual([NUH]);
    await form.getByLabel('What it is (required)').fill('Discharge summaries sent (illustrative)');
    await form.getByLabel('Submitted on (required)').fill('2015-12-05');
    await form.getByLabel('File (required)').setInputFiles({ name: 'discharges.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await form.getByRole('button', { name: 'Submit the evidence' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    const row = page.locator('table.evidence').getByRole('row', { name: /discharges\.txt/ });
    await row.waitFor();
    expect(await row.locator('code.hash').textContent()).toBe(createHash('sha256').update(text).digest('hex'));
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download discharges.txt' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(text);
  });

  it('shows a mediator only the dispute it is appointed to, and the refusal of another plainly', async () => {
    await signIn(page, world.baseUrl, tokens.mediatorA);
    expect(page.url()).toBe(`${world.baseUrl}/app/disputes`);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compacts' }).count()).toBe(0);
    await page.locator('table.disputes caption', { hasText: 'One dispute' }).waitFor();
    expect(await page.locator('table.disputes tbody tr').allTextContents()).toEqual([expect.stringContaining('Quarterly system measures not shared')]);
    await accessible('disputes list');

    await page.goto(`${world.baseUrl}/app/disputes/${world.disputes.b}`);
    const refusal = page.getByRole('alert');
    await refusal.getByRole('heading', { name: 'Your role may not see this dispute' }).waitFor();
    expect(await refusal.textContent()).toContain('403');
    expect(await refusal.textContent()).toContain('Lay Chair (assumed name) may not read this dispute');
  });

  it('prints a compact as a clean record: no navigation, controls or forms, and the as-of said', async () => {
    await signIn(page, world.baseUrl, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southKentCoast}?asOf=2015-09-01&axis=effective`);
    await page.locator('table.register').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.as-of', '.on-this-page', '#act', 'button']) expect(await page.locator(hidden).first().isVisible()).toBe(false);
    expect(await page.locator('footer.print-only').isVisible()).toBe(true);
    expect(await page.locator('footer.print-only').textContent()).toContain('as it stood on 1 Sept 2015');
    expect(await page.locator('table.register').isVisible()).toBe(true);
  });
});

/** A moment as a datetime-local input takes it: the browser's local time (the context's, Europe/London), to the millisecond. */
function localInput(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${String(at.getUTCMilliseconds()).padStart(3, '0')}`;
}
