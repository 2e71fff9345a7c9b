import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  CITY_CCG,
  CITY_COUNCIL,
  EVIDENCE,
  launchChromium,
  MEDIATOR_A,
  newContext,
  NUH,
  openForm as openFormOn,
  holdSession,
  signIn,
  startWebLedger,
  type WebLedger,
} from './web-ledger';

const SKC_CCG = 'south-kent-coast-skc-clinical-commissioning-group';
const SECAMB = 'south-east-coast-ambulance-service-secamb';

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
    expect(await axeViolations(page, where)).toEqual([]);
  }

  const registerCell = (organisationId: string) => page.locator(`table.register td[data-organisation="${organisationId}"]`);

  const openForm = (name: string) => openFormOn(page, name);

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

  it('lists the compacts with their status on a chosen date, term and signatures of the current version, filters them, and pages through them', async () => {
    await signIn(page, world.baseUrl, tokens.regulator);
    expect(page.url()).toBe(`${world.baseUrl}/app/compacts`);
    const kent = page.getByRole('row', { name: /South Kent Coast/ });
    await kent.getByText('12 of 13 partners').waitFor();
    // Its term runs to 2018, a year the paper gives without a day: expired today, and its dates said at their precision.
    expect(await kent.textContent()).toContain('expired');
    expect(await kent.textContent()).toContain('from 2015, until 2018');
    expect(await page.getByRole('row', { name: /Haringey and Islington/ }).textContent()).toContain('until 31 Mar 2020');
    await accessible('compacts list');

    // On 1 July 2017 Haringey and Islington's agreement was in force; it had expired by today.
    await page.getByLabel('Status on').fill('2017-07-01');
    await page
      .getByRole('row', { name: /Haringey and Islington/ })
      .getByText('in force', { exact: true })
      .waitFor();
    // The API filters by status on that date.
    await page.getByLabel('Status', { exact: true }).selectOption('in-force');
    await page.locator('table.compacts caption', { hasText: '1 compact on this page, in force' }).waitFor();
    expect(await page.locator('table.compacts tbody tr').allTextContents()).toEqual([expect.stringContaining('Haringey and Islington')]);

    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('Only those awaiting signatures').click(); // The box follows the address; the page redraws once the address has changed.
    // Shropshire has no partners to sign; the other four await signatures on that date.
    await page.locator('table.compacts caption', { hasText: '4 of the 5 compacts on this page' }).waitFor();
    expect(await page.locator('table.compacts tbody tr').allTextContents()).not.toContainEqual(expect.stringContaining('Shropshire'));

    // Two a page: the API's pages, followed by its Link to the next, in the order drafted.
    await page.goto(`${world.baseUrl}/app/compacts?perPage=2`);
    const titles = () => page.locator('table.compacts tbody th a').allTextContents();
    await page.locator('table.compacts caption', { hasText: '2 compacts on this page' }).waitFor();
    const seen = [await titles()];
    for (const expected of [2, 1]) {
      await page.getByRole('link', { name: 'Next page' }).click();
      // The caption of the page before may read the same: wait for rows none of the earlier pages had.
      await page.waitForFunction((before: string[]) => {
        type Page = { document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> } };
        const links = (globalThis as unknown as Page).document.querySelectorAll('table.compacts tbody th a');
        const shown = Array.from(links, (link) => link.textContent ?? '');
        return shown.length > 0 && !shown.some((title) => before.includes(title));
      }, seen.flat());
      await page.locator('table.compacts caption', { hasText: `${expected} compact${expected === 1 ? '' : 's'} on this page` }).waitFor();
      seen.push(await titles());
    }
    expect(page.url()).toContain('after=');
    expect(await page.getByRole('link', { name: 'Next page' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Pages of compacts' }).textContent()).toContain('Last page');
    expect(seen.flat()).toHaveLength(5);
    expect(new Set(seen.flat()).size).toBe(5);
    expect(seen[0][0]).toContain('Shropshire');
    await page.getByRole('link', { name: 'First page' }).click();
    await page.locator('table.compacts caption', { hasText: '2 compacts on this page' }).waitFor();
    expect(await titles()).toEqual(seen[0]);
  });

  it('shows the South Kent Coast register with Kent County Council unsigned, and exports it as CSV', async () => {
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southKentCoast}`);
    await page.locator('table.register').waitFor();
    expect(await registerCell('kent-county-council').textContent()).toContain('Not signed');
    expect(await registerCell('kent-county-council').getAttribute('class')).toContain('unsigned');
    expect(await registerCell(SKC_CCG).textContent()).toContain('Signed 25 Aug 2015');
    expect(await registerCell(SKC_CCG).textContent()).toContain('Hazel Carpenter');
    expect(await registerCell(SECAMB).textContent()).toContain('Signed 10 Sept 2015');
    expect(await page.locator('table.register td.unsigned').count()).toBe(1);
    await accessible('compact page');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the register (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('south-kent-coast-signature-register.csv');
    const csv = readFileSync((await download.path())!, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(csv[0]).toBe(
      'organisation_id,organisation,version,content_hash,status,signed_on,signed_on_precision,signed_on_as_written,signed_on_assumed,signatory,signatory_role,signifies,assumption,recorded_at,corrected,fact_id',
    );
    expect(csv.filter((line) => line.startsWith('kent-county-council,'))).toEqual([
      expect.stringMatching(/^kent-county-council,Kent County Council,1,[0-9a-f]{64},not-signed,,/),
    ]);
    expect(csv.filter((line) => /,signed,/.test(line))).toHaveLength(12);

    // The partner time line, in words beside the bars, and as CSV: the paper dates no admission, and the page draws none.
    const dover = page.locator('table.timeline tr[data-organisation="dover-district-council"]');
    expect(await dover.textContent()).toContain('from a date not given, a partner still');
    expect(await dover.locator('.bar').count()).toBe(0);
    // The types as the paper gives them, or says it gives none.
    expect(await page.locator('table.timeline tr[data-organisation="invicta-health-cic"] th').textContent()).toContain('Community interest company');
    expect(await page.locator('table.timeline tr[data-organisation="local-medical-committee-lmc"] th').textContent()).toContain('Local medical committee');
    expect(await page.locator('table.timeline tr[data-organisation="integrated-care-24-ic24"] th').textContent()).toContain('Type not given on the paper');
    const [timeline] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the partner time line (CSV)' }).click()]);
    const periods = readFileSync((await timeline.path())!, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(periods).toHaveLength(14);
    expect(periods[0]).toContain('member_from,member_from_precision,member_from_as_written,member_from_assumed');
    expect(periods.find((line) => line.startsWith(`${SECAMB},`))).toContain(',ambulance-service,');
    expect(periods.find((line) => line.startsWith(`${SECAMB},`))).toContain(',,not-given,,,');
  });

  it('shows Shropshire’s versions with their dates as the version table gives them, those without text as such, and compares two side by side', async () => {
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
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.shropshire}#versions`);
    const versions = page.locator('table.versions');
    await versions.waitFor();
    // "25.1": the day and month are the paper's, the year the ledger's, and the page says so and why; no made-up day anywhere.
    const v1 = versions.locator('tr[data-version="1"]');
    expect(await v1.locator('td').first().innerText()).toMatch(/^25 Jan \(year assumed: 2013\s*why: note\s*1\)$/);
    expect(await v1.locator('td').first().locator('.paper-date').getAttribute('title')).toBe('On the paper: “25.1”');
    expect(await page.locator('#version-date-note-1').textContent()).toBe(
      'Assumed because the version table gives day and month only. Section 4.2 plans the joint work programme "For 2013/14" and 5.3 has the measures agreed "no later than May 2013", so the versions are taken to be of 2013.',
    );
    expect(await versions.locator('tr[data-version="6.1"] td').first().textContent()).toBe('1 Mar 2016');
    // V1 to V5.0: no text, and what each note says changed.
    expect(await versions.locator('tr.no-text th').allTextContents()).toEqual(['1', '1.1', '2.0', '3.0', '4.0', '5.0']);
    expect(await versions.locator('tr[data-version="4.0"]').textContent()).toContain('As the note says, of version 3.0: amended 2.4, 4.1; added 3.9.');
    expect(await versions.locator('tr[data-version="6.0"]').textContent()).toContain('“patient” changed to “citizen”');
    expect(await versions.locator('tr[data-version="6.0"] td').last().textContent()).toBe('37 sections');
    await accessible('compact page: versions');

    // A version without text against one with: the notes, and no text compared.
    const section = page.locator('#versions');
    await page.getByLabel('Compare version').selectOption('5.0');
    await page.getByLabel('with version').selectOption('6.0');
    await page.getByRole('button', { name: 'Compare' }).click();
    await section.locator('.text-not-compared').waitFor();
    expect(await section.locator('.text-not-compared').textContent()).toContain('the ledger holds no text of version 5.0');
    expect(await section.locator('.described-changes li').allTextContents()).toEqual([expect.stringContaining('“patient” changed to “citizen”')]);
    expect(await section.locator('table.diff').count()).toBe(0);

    // Two texts: the words that changed highlighted.
    await page.getByLabel('Compare version').selectOption('6.0');
    await page.getByLabel('with version').selectOption('6.1');
    await page.getByRole('button', { name: 'Compare' }).click();
    const diff = page.locator('table.diff');
    const changed = diff.locator('tr[data-section="2.3"]');
    await changed.waitFor();
    expect(await changed.getAttribute('class')).toBe('change-changed');
    expect(await changed.locator('td.from del').allTextContents()).toEqual([expect.stringContaining('citizen')]);
    expect(await changed.locator('td.to ins').allTextContents()).toEqual([expect.stringContaining('resident')]);
    expect(await changed.locator('td.to').textContent()).toContain('improve the quality of services and the');
  });

  it('says a date the paper does not give as not given, with the bounds the ledger assumed and why (East and Central Cheshire)', async () => {
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.eastCentralCheshire}`);
    const current = page.locator('#term dl.facts > div', { hasText: 'Current version' }).locator('dd');
    await current.waitFor();
    expect(await current.textContent()).toBe(
      '1, dated not given (assumed between 1 Apr 2009 and 31 Mar 2013, because the paper carries no date. It names Cheshire East Council (created on 1 April 2009) and Central & Eastern Cheshire PCT as partners and "regulators (e.g. SHA, Monitor, etc.)" (primary care trusts and strategic health authorities were abolished on 31 March 2013), so it dates from between those days. The bounds are general knowledge, not on the paper.)',
    );
    // Its partners joined on dates the paper does not give: none is drawn, and none is said.
    const pct = page.locator('table.timeline tr[data-organisation="central-and-eastern-cheshire-pct"]');
    expect(await pct.textContent()).toContain('Primary care trust');
    expect(await pct.textContent()).toContain('from a date not given, a partner still');
    expect(await page.locator('table.timeline .bar').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/1 Jan 2013|2013-01-01/);
    await accessible('compact page with dates not given');
  });

  it('places uncertain dates as the as-of control is told: only when certain, on their earliest day, or on their latest', async () => {
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.eastCentralCheshire}`);
    await page.getByLabel('Effective date', { exact: true }).fill('2012-01-01');
    await page.getByRole('button', { name: 'Show as of then' }).click();
    const said = page.locator('.as-of-said');
    await said.getByText('as it stood on 1 Jan 2012').waitFor();
    // Undecided: the version may have been written after 1 January 2012, and every partner's joining is undated.
    const undetermined = page.locator('section.undetermined');
    await undetermined.getByRole('heading', { name: 'Undetermined on 1 Jan 2012' }).waitFor();
    expect(await undetermined.locator('li').count()).toBe(7);
    expect(await undetermined.locator('li').first().textContent()).toContain(
      'version 1 dated (its date: not given (assumed between 1 Apr 2009 and 31 Mar 2013',
    );
    expect(await page.locator('#term .status').textContent()).toBe('draft');
    expect(await page.locator('#text').textContent()).toContain('No version certainly published by this date.');

    // On its earliest day (1 April 2009) the version was out, and open for signature.
    await page.getByLabel('Each uncertain date on its earliest day').check();
    await page.getByRole('button', { name: 'Show as of then' }).click();
    await page.locator('#term .status', { hasText: 'open for signature' }).waitFor();
    expect(page.url()).toContain('asOf=2012-01-01&axis=effective&assume=earliest');
    expect(await said.textContent()).toContain('placed on the earliest day it may be (as assumed, not as on the paper)');
    expect(await page.locator('#term').textContent()).toContain('Current version1, dated not given');
    await accessible('compact page, uncertain dates on their earliest day');

    // On its latest (31 March 2013) it was not yet.
    await page.getByLabel('Each uncertain date on its latest day').check();
    await page.getByRole('button', { name: 'Show as of then' }).click();
    await page.locator('#term .status', { hasText: 'draft' }).waitFor();
    expect(page.url()).toContain('assume=latest');
  });

  it('redraws South Kent Coast as of a date on either clock, and says which clock it is on', async () => {
    const register = (await world.ledger.as('regulator').get(`/compacts/${world.compacts.southKentCoast}/signatures`).expect(200)).body as Array<{
      organisationId: string;
      recordedAt: string;
    }>;
    const secambRecorded = register.find((r) => r.organisationId === SECAMB)!.recordedAt;
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southKentCoast}`);
    await registerCell(SECAMB).getByText('Signed 10 Sept 2015').waitFor();
    const said = page.locator('.as-of-said');
    expect(await said.textContent()).toContain('Showing the compact now');

    // Effective date: on 1 September 2015 SECAMB had not yet signed (it signed on 10 September).
    await page.getByLabel('Effective date', { exact: true }).fill('2015-09-01');
    await page.getByRole('button', { name: 'Show as of then' }).click();
    await said.getByText('Effective-date clock').waitFor();
    expect(await said.textContent()).toContain('as it stood on 1 Sept 2015');
    await registerCell(SECAMB).getByText('Not signed').waitFor();
    expect(await registerCell('kent-community-health-foundation-trust').textContent()).toContain('Signed 25 Aug 2015');
    expect(page.url()).toContain('asOf=2015-09-01&axis=effective');
    expect(await page.getByRole('heading', { name: 'Record', level: 2 }).locator('xpath=..').textContent()).toContain('go back to now to use them');

    // Recorded time: a millisecond before the ledger recorded SECAMB's signature, the ledger did not show it.
    await page.getByLabel('Recorded time').check();
    const before = new Date(Date.parse(secambRecorded) - 1);
    await page.getByLabel('Recorded time (your local time)').fill(localInput(before));
    await page.getByRole('button', { name: 'Show as of then' }).click();
    await said.getByText('Recorded-time clock').waitFor();
    await registerCell(SECAMB).getByText('Not signed').waitFor();
    expect(page.url()).toContain(`asOf=${encodeURIComponent(before.toISOString())}&axis=recorded`);
    // At the moment it was recorded, it shows.
    await page.getByLabel('Recorded time (your local time)').fill(localInput(new Date(secambRecorded)));
    await page.getByRole('button', { name: 'Show as of then' }).click();
    await registerCell(SECAMB).getByText('Signed 10 Sept 2015').waitFor();

    await page.getByRole('button', { name: 'Back to now' }).click();
    await said.getByText('Showing the compact now').waitFor();
    await accessible('compact page as of a date');
  });

  it('steps through a dispute’s replay, showing what each event changed, and gives its evidence and escalation audit', async () => {
    await holdSession(page, tokens.regulator);
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
    expect(rows).toContainEqual(['currentLevelName', 'changed', 'Level 1', 'Level 2']);
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

    // The escalation path: every level, who acted, and how long it stayed there, in calendar and working days (the path sets no limits).
    const counted = (await world.ledger.as('regulator').get(`/disputes/${world.disputes.a}/escalation-audit`).expect(200)).body as {
      levels: Array<{ workingDays: number }>;
    };
    const levels = page.locator('ol.escalation-timeline > li');
    expect(await levels.count()).toBe(3);
    expect(await levels.nth(0).locator('.time-at-level').textContent()).toBe(
      `30 calendar days (${counted.levels[0].workingDays} working days) at this level, until 1 Jul 2015; no time limit set.`,
    );
    expect(await levels.nth(0).textContent()).toContain('Left the level: escalated.');
    expect(await levels.nth(0).textContent()).toContain(`Responses at this level:${NUH}, 10 Jun 2015`);
    expect(await levels.nth(2).textContent()).toContain('Independent chair: An independent chair (assumed)');
    const [audit] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the escalation audit (CSV)' }).click()]);
    expect(readFileSync((await audit.path())!, 'utf8').split('\r\n')).toHaveLength(4);

    const [evidence] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${EVIDENCE.filename}` }).click()]);
    expect(evidence.suggestedFilename()).toBe(EVIDENCE.filename);
    expect(readFileSync((await evidence.path())!, 'utf8')).toBe(EVIDENCE.text);
  });

  it('shows a refused command beside the field it concerns, and records nothing', async () => {
    await holdSession(page, tokens.secretariat);
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

    // A rule (422): the draft existed from September 2014 at the earliest, so nobody signed it in August 2014 (illustrative signature).
    await form.getByLabel('Signatory (required)').fill('Paul Carter');
    await form.getByLabel('Signatory’s role (required)').fill('not given on the paper');
    await form.getByLabel('Signed on (the date on the paper)').fill('2014-08-01');
    await form.getByRole('button', { name: 'Record the signature' }).click();
    await form.locator('.error-summary', { hasText: 'signature-before-version' }).waitFor();
    expect(await fieldOf('Signed on (the date on the paper) (required)').locator('.field-error').textContent()).toBe(
      'Kent County Council cannot have signed version 1 on 2014-08-01: that version is dated not given (assumed between 2014-09-01 and 2015-08-25)',
    );
    expect(await fieldOf('Signatory (required)').locator('.field-error').count()).toBe(0);
    expect(await form.getByLabel('Signed on (the date on the paper) (required)').getAttribute('aria-invalid')).toBe('true');
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

  it('refuses a batch of corrections that leaves the record inconsistent, recording none, and records them together once they hold', async () => {
    const read = async (path: string) => (await world.ledger.as('regulator').get(`/compacts/${world.compacts.southNottinghamshire}${path}`).expect(200)).body;
    const [ceg] = (await read('/endorsements')) as Array<{ factId: string }>;
    const [version] = (await read('/versions')) as Array<{ factId: string }>;
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southNottinghamshire}#act`);
    const form = await openForm('Correct recorded facts');
    const first = form.locator('fieldset[data-correction="1"]');
    const before = await world.ledger.headPosition();

    // Illustrative (not what the paper says): the CEG's meeting moved to August 2014, before the text existed (September to November 2014).
    await first.getByLabel('Correction 1: the fact').selectOption(ceg.factId);
    await first.getByLabel('Correction 1: why').fill('Illustrative correction by the browser test, not from a paper');
    await first.getByLabel('Meeting date').fill('2014-08');
    await form.getByRole('button', { name: 'Record the correction' }).click();
    const refusal = form.locator('.error-summary');
    await refusal.getByText('endorsement-before-version').waitFor();
    expect(await refusal.textContent()).toContain(
      'meeting on 2014-08 (known to the month) came before version 1 (dated not given (assumed between 2014-09-01 and 2014-11-30))',
    );
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('a refused batch of corrections');

    // With the version's date moved before it in the same batch, the two hold together, and are recorded as one.
    await form.getByRole('button', { name: 'Add another correction' }).click();
    const second = form.locator('fieldset[data-correction="2"]');
    await second.getByLabel('Correction 2: the fact').selectOption(version.factId);
    await second.getByLabel('Correction 2: why').fill('Illustrative correction by the browser test, not from a paper');
    await second.getByLabel('Dated').fill('2014-07');
    await form.getByRole('button', { name: 'Record the 2 corrections together' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    expect(await world.ledger.headPosition()).toBeGreaterThan(before);
    const endorsement = page.locator(`.endorsements li[data-fact="${ceg.factId}"]`);
    await endorsement.getByText('(corrected)').waitFor();
    expect(await endorsement.textContent()).toContain('Aug 2014');
    expect(await page.locator('table.versions tr[data-version="1"] td').first().textContent()).toBe('Jul 2014corrected');
    // The originals stay in the history; the corrections are new events naming them.
    const history = (await read('/history')) as Array<{ type: string; data: { factId?: string; correctedFactId?: string } }>;
    expect(history.filter((e) => e.type === 'EventCorrected')).toHaveLength(2);
  });

  it('offers a partner only its own organisation, and the regulator no forms', async () => {
    await holdSession(page, tokens.cityCouncil);
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
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southKentCoast}#act`);
    await page.getByText('Your role reads the record; it does not write to it.').waitFor();
    expect(await page.locator('section.command').count()).toBe(0);
  });

  it('lets a party submit evidence through the form, kept by its SHA-256, and gives the same bytes back', async () => {
    const text = 'Discharge summaries, November 2015 (illustrative evidence from the browser test)\n';
    await holdSession(page, await world.token({ sub: 'nuh-1', name: 'NUH lead (assumed)', role: 'partner', org: NUH }));
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

  it('raises a dispute about one of the compact’s commitments through the form, and refuses one about nothing beside its subjects', async () => {
    const haringey = world.compacts.haringeyIslington;
    const compact = (await world.ledger.as('regulator').get(`/compacts/${haringey}`).expect(200)).body as {
      partners: Array<{ organisationId: string; name: string }>;
    };
    const [raiser, respondent] = compact.partners; // two of 004's partners
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${haringey}`);
    const form = await openForm('Raise a dispute');
    await form.getByLabel('Raised by (required)').selectOption(raiser.organisationId);
    await form
      .getByRole('group', { name: /^Against/ })
      .getByLabel(respondent.name, { exact: true })
      .check();
    await form.getByLabel('Summary (required)').fill('Illustrative, raised by the browser test: not from a seed paper');
    await form.getByLabel('Raised on (required)').fill('2018-01-15'); // assumed: a day within the compact's term
    const about = form.getByRole('group', { name: /^About sections or commitments of version 1/ });
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Raise the dispute' }).click();
    await about.locator('.field-error').waitFor();
    expect(await form.locator('.error-summary h4').textContent()).toBe('Not recorded: The request is not valid');
    expect(await about.locator('.field-error').textContent()).toBe('about must have at least one item');
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('raise a dispute, refused');

    // 004's "Commitment 3: One Plan: Joint Strategic Planning", a commitment rather than a section.
    await about.getByLabel('Commitment 3 One Plan: Joint Strategic Planning').check();
    await form.getByRole('button', { name: 'Raise the dispute' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    const raised = page.locator('table.disputes').getByRole('link', { name: 'Illustrative, raised by the browser test: not from a seed paper' });
    await raised.click();
    await page.getByText('commitment: Commitment 3').waitFor();
  });

  it('publishes an amendment of the current version through the form, dated at the paper’s precision, and refuses a label not after the current one beside it', async () => {
    const haringey = world.compacts.haringeyIslington;
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${haringey}`);
    const form = await openForm('Publish an amendment of version 1');
    const label = form.getByLabel('Label (required)', { exact: true });
    await label.fill('1');
    await form.getByLabel('Dated (required)', { exact: true }).fill('2018-03'); // assumed: the month of an illustrative amendment
    await form.getByLabel('Note: what changed and why').fill('Illustrative amendment recorded by the browser test: not from a seed paper');
    await form.getByLabel('Added section 1: number').fill('Illustrative 1');
    await form.getByLabel('Added section 1: heading').fill('Illustrative section (test)');
    await form.getByLabel('Added section 1: text').fill('Illustrative: recorded by the browser test, not from a seed paper.');
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Publish the amendment' }).click();
    const error = form.locator('.field', { has: page.getByLabel('Label (required)', { exact: true }) }).locator('.field-error');
    await error.waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: version-label-not-greater');
    expect(await error.textContent()).toBe('version 1 must come after the current version 1');
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('amendment form, refused');

    await label.fill('1.1');
    await form.getByRole('button', { name: 'Publish the amendment' }).click();
    // Once recorded, the page redraws on the new version and this form takes the next one's name:
    // what the page then shows is the answer, not the form's status.
    await page.locator('#text-h', { hasText: 'Text of version 1.1' }).waitFor();
    expect(await page.locator('#text li[data-section="Illustrative 1"]').textContent()).toBe(
      'Illustrative 1 Illustrative section (test)Illustrative: recorded by the browser test, not from a seed paper.',
    );
    expect(await page.locator('#text p.small').textContent()).toContain('Dated Mar 2018');
  });

  it('defines a new escalation path from a date at the paper’s precision through the form, and refuses one dated before the path in force beside its date', async () => {
    const haringey = world.compacts.haringeyIslington;
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${haringey}`);
    const form = await openForm('Define a new escalation path');
    // The form starts from 004's collective monitoring, level by level.
    expect(await form.getByLabel('Level 1: name').inputValue()).not.toBe('');
    const effectiveOn = form.getByLabel('Takes effect on (required)', { exact: true });
    await form.getByLabel('Note: where it comes from, or what changed (required)').fill('Illustrative: a time limit at level 1, recorded by the browser test');
    await form.getByLabel('Level 1: time limit in working days').fill('20');
    await effectiveOn.fill('2000');
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Define the escalation path' }).click();
    const error = form.locator('.field', { has: page.getByLabel('Takes effect on (required)', { exact: true }) }).locator('.field-error');
    await error.waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: escalation-path-dated-before-previous');
    expect(await error.textContent()).toBe('the escalation path cannot take effect on 2000 (known to the year), before the current one (2017-06-01)');
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('escalation path form, refused');

    await effectiveOn.fill('2018-04'); // assumed: the month of an illustrative change
    await form.getByRole('button', { name: 'Define the escalation path' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    const path = page.locator('#escalation');
    await path.getByText('Illustrative: a time limit at level 1, recorded by the browser test (from Apr 2018)').waitFor();
    expect(await path.locator('ol.levels > li').first().textContent()).toContain('Time limit: 20 working days.');
  });

  it('publishes a drafted compact’s first version, section by section, through the form, and refuses a section number given twice beside the sections', async () => {
    const drafted = (
      await world.ledger
        .as('secretariat')
        .post('/compacts')
        .send({ title: 'A compact drafted by the browser test (test)', covers: 'Nowhere (test)' })
        .expect(201)
    ).body as { id: string; position: number };
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${drafted.id}`);
    const form = await openForm('Publish the first version');
    await form.getByLabel('Label (required)', { exact: true }).fill('1');
    await form.getByLabel('Dated (required)', { exact: true }).fill('2018'); // assumed: a year, for a test's own paper
    await form.getByLabel('Section 1: number').fill('1');
    await form.getByLabel('Section 1: heading').fill('Purpose (test)');
    await form.getByLabel('Section 1: text').fill('Illustrative: the text of a test compact, not from a seed paper.');
    const second = form.getByLabel('Section 2: number');
    await second.fill('1');
    await form.getByLabel('Section 2: text').fill('Illustrative: a second section, not from a seed paper.');
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Publish the version' }).click();
    const error = form.locator('.field', { has: page.getByLabel('Section 1: number') }).locator('.field-error');
    await error.waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: duplicate-section-number');
    expect(await error.textContent()).toBe('section 1 appears more than once');
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('first version form, refused');

    await second.fill('2');
    await form.getByRole('button', { name: 'Publish the version' }).click();
    // Once recorded, the page redraws on the new version and this form takes the next one's name:
    // what the page then shows is the answer, not the form's status.
    await page.locator('#text-h', { hasText: 'Text of version 1' }).waitFor();
    expect(await page.locator('#text li[data-section="1"]').textContent()).toBe(
      '1 Purpose (test)Illustrative: the text of a test compact, not from a seed paper.',
    );
    expect(await page.locator('#text p.small').textContent()).toContain('Dated 2018');
  });

  it('prints a compact as a clean record: no navigation, controls or forms, and the as-of said', async () => {
    await holdSession(page, tokens.secretariat);
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
