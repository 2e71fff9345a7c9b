import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { heldMeeting, type Post, WHITTINGTON } from '../support/governance-world';
import {
  axeViolations,
  holdSession,
  launchChromium,
  MEDIATOR_A,
  newContext,
  NUH,
  openForm,
  signIn,
  startWebLedger,
  type Governance,
  type WebLedger,
} from './web-ledger';

/**
 * The governance pages in a real browser (Debian's Chromium, headless), against the real API
 * serving the web build, with the seeds and what `npm run demo` loads of governance: the South
 * Nottinghamshire Transformation Board from 001's appendix with its illustrative year of meetings,
 * Haringey and Islington's commitments from 004, illustrative measures, and the governance tests'
 * own partnership with limits on its escalation path. One API and one browser for the file; each
 * test has its own browser context (its own session).
 */
describe('The governance pages, in Chromium', () => {
  let world: WebLedger;
  let governance: Governance;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const offOrigin: string[] = [];
  let tokens: Record<'regulator' | 'secretariat' | 'nuh' | 'mediator', string>;

  beforeAll(async () => {
    world = await startWebLedger({ governance: true });
    if (!world.governance) throw new Error('the world was started without its governance');
    governance = world.governance;
    browser = await launchChromium();
    tokens = {
      regulator: await world.token({ sub: 'regulator-1', name: 'Rita Regulator', role: 'regulator' }),
      secretariat: await world.token({ sub: 'secretariat-1', name: 'Sam Secretariat', role: 'secretariat' }),
      nuh: await world.token({ sub: 'nuh-1', name: 'NUH governance lead (assumed)', role: 'partner', org: NUH }),
      mediator: await world.token({ sub: MEDIATOR_A, name: 'Lay Chair (assumed name)', role: 'mediator' }),
    };
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  beforeEach(async () => {
    context = await newContext(browser);
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(world.baseUrl) && !request.url().startsWith('blob:')) offOrigin.push(request.url());
    });
  });
  afterEach(async () => {
    await context.close();
    expect(offOrigin).toEqual([]);
  });

  const accessible = async (where: string) => expect(await axeViolations(page, where)).toEqual([]);
  const board = () => governance.board.boardId;
  const meeting = (key: string) => governance.board.meetings[key];
  const read = async (path: string) => (await world.ledger.as('regulator').get(path).expect(200)).body;

  it("shows a board's terms of reference as the appendix gives them: seats with leads and deputies, the quorum rule, notice rules, reserved matters", async () => {
    await signIn(page, world.baseUrl, tokens.regulator);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Boards' }).click();
    await page.getByRole('link', { name: 'South Nottinghamshire Transformation Board' }).click();
    const seats = page.locator('table.seats');
    await seats.waitFor();
    expect(await seats.locator('caption').textContent()).toBe('Members: 16 voting seats, and 4 in attendance without a vote');
    expect(await seats.locator('tr[data-seat="nhs-nottingham-city"]').innerText()).toBe(
      'NHS Nottingham City CCG\tPartner\tDawn Smith\tHugh Porter\tVoting member',
    );
    expect(await seats.locator('tr[data-seat="primary-care"]').innerText()).toBe('Primary Care\tOther\tNot named (Tbc)\tNone named\tVoting member');
    expect(await seats.locator('tr[data-seat="healthwatch"] td').last().textContent()).toBe('In attendance');
    const fact = (name: string) => page.locator('.terms-of-reference dl.facts > div', { hasText: name }).locator('dd');
    expect(await fact('Quorum').textContent()).toBe('70% of the 16 voting seats, counting those present and not excluded from the item for an interest');
    expect(await fact('Notice').textContent()).toBe(
      'Agenda items 10 working days before the meeting; papers 5 working days before; draft minutes within 10 working days after, approved at the following meeting',
    );
    expect(await fact('Meetings').textContent()).toBe('Monthly');
    expect(await fact('Reserved matters').textContent()).toBe('None reserved to this board');
    // What the paper does not give is said as assumed, in the record's own words.
    expect(await fact('Source').textContent()).toContain('Assumed: the paper dates neither the board nor the day the terms took effect');
    const meetings = page.locator('table.meetings tbody tr');
    expect(await meetings.count()).toBe(12);
    expect(await meetings.filter({ hasText: 'August 2015' }).textContent()).toContain('cancelled');
    await accessible('board page');
    await page.goto(`${world.baseUrl}/app/boards`);
    await page.locator('table.boards').waitFor();
    await accessible('boards list');
  });

  it("keeps a board's decision log: quorum counts, exclusions, values, a vote, and the item left inquorate by an exclusion", async () => {
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/boards/${board()}/decisions`);
    const log = page.locator('table.decisions');
    await log.locator('caption', { hasText: '12 decisions, at 11 meetings held' }).waitFor();

    // May: item 4 could not be decided, Nottingham University Hospitals being excluded for its interest; the count is the one the ledger refused the decision with.
    const may = log.locator(`tbody[data-meeting="${meeting('2015-05')}"]`);
    const inquorate = may.locator('tr[data-item="4"]');
    await inquorate.waitFor();
    expect(await inquorate.getAttribute('class')).toBe('undecided inquorate');
    const [refusal] = governance.board.refusals;
    expect(refusal).toMatchObject({ meeting: '2015-05', item: '4', rule: 'quorum-not-met' });
    expect(refusal.detail).toContain('11 of 16 voting seats present and not excluded, 12 needed (70%)');
    expect(await inquorate.textContent()).toContain('11 of 16 voting seats present and not excluded, 12 needed (70%): not quorate');
    expect(await inquorate.textContent()).toContain('Excluded for an interest: Nottingham University Hospitals NHS Trust');
    expect(await may.locator('tr[data-item="5"]').textContent()).toContain(
      'By a vote: for 10 (Chair, Citizen Representation, South Notts Transformation Programme, NHS Nottingham City CCG',
    );
    expect(await may.locator('tr[data-item="5"]').textContent()).toContain(
      'against 1 (Nottinghamshire Healthcare NHS Trust); abstained 1 (Nottingham University Hospitals NHS Trust): carried',
    );

    // March: £250,000 of annual revenue, decided quorate with Circle Partners excluded for its interest.
    const march = log.locator(`tbody[data-meeting="${meeting('2015-03')}"] tr[data-item="4"]`);
    expect(await march.textContent()).toContain('14 of 16 voting seats present and not excluded, 12 needed (70%): quorate');
    expect(await march.textContent()).toContain('Excluded: Circle Partners (Nicola Parry)');
    expect(await march.locator('td').nth(2).textContent()).toBe('investment of £250,000 annual revenue');
    await accessible('decision log');

    // Between two dates: May only.
    await page.getByLabel('Meetings from').fill('2015-05-01');
    await page.getByLabel('to', { exact: true }).fill('2015-05-31');
    await log.locator('caption', { hasText: 'One decision, at one meeting held' }).waitFor();
    expect(await log.locator('tbody tr.group').allTextContents()).toEqual([expect.stringContaining('May 2015')]);
  });

  it('keeps the register of interests as at a date, by person and organisation, each entry linked to its meeting and items; a partner sees its own', async () => {
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/boards/${board()}/interests`);
    const register = page.locator('table.interests');
    await register.locator('caption', { hasText: '2 declarations' }).waitFor();
    const circle = register.locator('tbody tr', { hasText: 'Nicola Parry' });
    expect(await circle.textContent()).toContain('Excluded from the items');
    expect(await circle.textContent()).toContain('Item 4: Urgent care strategy: first-year investment in community step-up beds (illustrative)');
    expect(await circle.textContent()).toContain('(excluded from it)');
    expect(await circle.getByRole('link').getAttribute('href')).toBe(`/app/meetings/${meeting('2015-03')}`);
    await accessible('register of interests');

    // As at 1 April 2015 only March's declaration had been made.
    await page.getByLabel('As at', { exact: true }).fill('2015-04-01');
    await register.locator('caption', { hasText: 'One declaration as at 1 Apr 2015' }).waitFor();
    // By organisation, as at today.
    await page.getByLabel('As at', { exact: true }).fill('');
    await page.getByLabel('Organisation', { exact: true }).selectOption(NUH);
    await register.locator('caption', { hasText: 'One declaration' }).waitFor();
    expect(await register.locator('tbody th').textContent()).toContain('Peter Homa');
    // The decision on that item was refused for want of a quorum: none is linked.
    expect(await register.locator('tbody tr').textContent()).toContain('None recorded on these items');

    await context.close();
    context = await newContext(browser);
    page = await context.newPage();
    await holdSession(page, tokens.nuh);
    await page.goto(`${world.baseUrl}/app/boards/${board()}/interests`);
    await page.getByText('As a partner you see the interests declared for your own organisation’s seat.').waitFor();
    await page.locator('table.interests caption', { hasText: 'One declaration' }).waitFor();
    expect(await page.locator('table.interests tbody th').textContent()).toContain('Peter Homa');
  });

  it('reports cumulative attendance per seat over a period, a deputy counted as the seat attending, and exports it', async () => {
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/boards/${board()}/attendance?from=2015-01-01&to=2015-12-31`);
    const table = page.locator('table.attendance');
    await table.locator('caption', { hasText: 'at the 10 meetings held from 1 Jan 2015 to 31 Dec 2015' }).waitFor();
    // NHS Nottingham West CCG: its deputy attended in February.
    expect(await table.locator('tr[data-seat="nhs-nottingham-west"]').innerText()).toBe('NHS Nottingham West CCG\t10\t9\t1\t10 (100%)\t0\t0');
    expect(await table.locator('tr[data-seat="nottinghamshire-county-council"]').innerText()).toBe('Nottinghamshire County Council\t10\t7\t0\t7 (70%)\t3\t0');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the attendance (CSV)' }).click()]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe('seat_id,seat,voting,meetings,lead_present,deputy_present,attended,apologies,absent,from,to');
    expect(lines).toContain('nhs-nottingham-west,NHS Nottingham West CCG,true,10,9,1,10,0,0,2015-01-01,2015-12-31');
    await accessible('attendance');
  });

  it('shows a meeting: agenda with late items and papers marked, attendance, declarations and their handling, decisions, minutes; a decision on an inquorate item refused beside it', async () => {
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/meetings/${meeting('2015-04')}`);
    const late = page.locator('table.agenda tr[data-item="4"]');
    await late.waitFor();
    expect(await late.getAttribute('class')).toBe('late-item');
    expect(await late.textContent()).toContain('21 Apr 2015, 5 working days before (due by 14 Apr 2015) late: taken by exception');
    expect(await late.textContent()).toContain('circulated 23 Apr 2015, 3 working days before (due by 21 Apr 2015) late: after the notice period');

    await page.goto(`${world.baseUrl}/app/meetings/${meeting('2015-05')}`);
    await page.locator('table.meeting-attendance').waitFor();
    expect(await page.locator('p.quorate').textContent()).toBe(
      'Quorum of the meeting: 12 of 16 voting seats present and not excluded, 12 needed (70%): quorate.',
    );
    expect(await page.locator('table.meeting-attendance tr[data-seat="east-midlands-ambulance-nhs-trust"]').innerText()).toBe(
      'East Midlands Ambulance NHS Trust\tnobody\tApologies',
    );
    expect(await page.locator('.declarations li').textContent()).toContain('Peter Homa (Nottingham University Hospitals NHS Trust)');
    expect(await page.locator('.declarations li').textContent()).toContain('Handled: excluded from the items');
    expect(await page.locator('table.meeting-decisions tr[data-item="4"]').textContent()).toContain('No decision: inquorate for this item');
    const minutes = page.locator('#minutes-h + dl');
    expect(await minutes.textContent()).toContain('Circulated 5 Jun 2015, 8 working days after the meeting (due by 9 Jun 2015)');
    // The approving meeting's name is fetched after the page: awaited, not read at once.
    await minutes.getByRole('link', { name: 'South Nottinghamshire Transformation Board, June 2015 (illustrative)', exact: true }).waitFor();
    await accessible('meeting page');

    // The secretariat records the minuted decision on item 4: the ledger refuses it, and the page says why beside the item.
    const before = await world.ledger.headPosition();
    const form = await openForm(page, 'Record a decision');
    await form.getByLabel('Item (required)').selectOption('4');
    await form.getByLabel('Resolution, as minuted').fill('Illustrative: the preferred pathway option was agreed');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    const field = form.locator('.field', { has: page.getByLabel('Item (required)') }).locator('.field-error');
    await field.waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: quorum-not-met');
    expect(await field.textContent()).toContain('11 of 16 voting seats present and not excluded, 12 needed (70%) for item 4');
    expect(await world.ledger.headPosition()).toBe(before);

    // December's draft minutes went out past the Christmas bank holidays: late.
    await page.goto(`${world.baseUrl}/app/meetings/${meeting('2015-12')}`);
    await page.locator('#minutes-h + dl', { hasText: 'late: past the rule' }).waitFor();
    expect(await page.locator('#minutes-h + dl').textContent()).toContain('Circulated 5 Jan 2016');
  });

  it('shows the joint programme with its overdue targets on a date, and a target met as at the day it was met', async () => {
    const programme = governance.programmeCompactId;
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${programme}/programme?asOf=2017-07-03&overdue=1`);
    const summary = page.locator('.programme-summary');
    await summary.getByText('On 3 Jul 2017: 5 commitments with an overdue target, 8 targets shown; 8 overdue').waitFor();
    const target = (id: string) => page.locator(`table.targets tr[data-target="${id}"]`);
    expect(await target('7.2').textContent()).toContain('overdue on 3 Jul 2017 by 64 days');
    expect(await target('7.2').locator('td').first().textContent()).toBe(
      'from April 2017 (the paper gives the month; due date taken as 2017-04-30)Counted as due by 30 Apr 2017',
    );
    expect(await target('3.1').textContent()).toContain('overdue on 3 Jul 2017 by 3 days');
    await accessible('joint programme, overdue');

    // Every target on that date; then 3.1 met a week later (illustrative), which the programme shows from that day and not before.
    await page.getByLabel('Only the overdue targets').click(); // The box follows the address; the page redraws once the address has changed.
    await summary.getByText('8 commitments, 25 targets shown').waitFor();
    const form = await openForm(page, 'A target met');
    await form.getByLabel('Target').selectOption('3.1');
    await form.getByLabel('Met on').fill('2017-07-10');
    await form.getByLabel('How it was met').fill('Illustrative, recorded by the browser test: the leadership group first met');
    await form.getByRole('button', { name: 'Record it met' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    expect(await target('3.1').textContent()).toContain('overdue on 3 Jul 2017');
    await page.getByLabel('On', { exact: true }).fill('2017-07-31');
    await target('3.1').getByText('met 10 Jul 2017').waitFor();
    expect(await target('3.1').textContent()).toContain('10 Jul 2017: met (Illustrative, recorded by the browser test');
  });

  it('shows measures with their quarterly values and the common quarterly report, the same as the API’s CSV', async () => {
    const southNottinghamshire = world.compacts.southNottinghamshire;
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/compacts/${southNottinghamshire}/measures?quarter=2016-17-Q1`);
    const report = page.locator('table.quarterly-report');
    await report.waitFor();
    const cells = report.locator('tr[data-measure="emergency-admissions"]').locator('th, td');
    expect(await cells.allTextContents()).toEqual([
      'Emergency admissions (illustrative)lower is better',
      '23 per 1,000Illustrative value, not from a paper',
      '24.2 per 1,000 (2015-16-Q4)',
      '-1.2improving',
      '24.1 per 1,000 (2015-16-Q1)',
    ]);
    expect(await report.locator('tr[data-measure="supported-at-home"] td').nth(1).textContent()).toBe('— (2015-16-Q4)');
    await accessible('measures');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the report for 2016-17-Q1 (CSV)' }).click(),
    ]);
    const api = await world.ledger.as('regulator').get(`/compacts/${southNottinghamshire}/measures/report?quarter=2016-17-Q1&format=csv`).expect(200);
    expect(readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '')).toBe(api.text);
  });

  it('lists what is due or overdue on a date across compacts, and shows an escalation level overdue against its limit in working days', async () => {
    await holdSession(page, tokens.regulator);
    await page.goto(`${world.baseUrl}/app/deadlines?asOf=2017-07-03&kind=commitment-target`);
    const table = page.locator('table.deadlines');
    await table.locator('caption', { hasText: 'On 3 Jul 2017: 8 deadlines overdue, 16 due' }).waitFor();
    expect(await table.locator('tbody tr').first().textContent()).toContain('target 7.2');
    expect(await table.locator('tbody tr').first().getByRole('link').getAttribute('href')).toBe(`/app/compacts/${governance.programmeCompactId}/programme`);
    await accessible('deadlines');

    // The test partnership's path allows 10 working days at level 1; the dispute has sat there since 3 July 2017.
    const { disputeId } = governance.limits;
    const audit = await read(`/disputes/${disputeId}/escalation-audit`);
    const [level] = audit.levels as Array<{ calendarDays: number; workingDays: number; countedTo: string; dueBy: string; workingDaysOverdue: number }>;
    expect(level.dueBy).toBe('2017-07-17');
    await page.goto(`${world.baseUrl}/app/disputes/${disputeId}`);
    const first = page.locator('ol.escalation-timeline > li').first();
    await first.locator('.time-at-level.overdue').waitFor();
    const day = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    expect(await first.locator('.time-at-level').textContent()).toBe(
      `${level.calendarDays} calendar days (${level.workingDays} working days) so far, counted to ${day(level.countedTo)}; limit 10 working days, due by 17 Jul 2017: overdue by ${level.workingDaysOverdue} working days.`,
    );
    await accessible('dispute with a limit overdue');
  });

  it('adopts new terms of reference through the form, starting from the version in force, and refuses a version already adopted beside it', async () => {
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/boards/${board()}`);
    await page.locator('table.seats').waitFor();
    const form = await openForm(page, 'Adopt new terms of reference');
    const version = form.getByLabel('Version (required)', { exact: true });
    // The form starts from the appendix's terms: its seats, leads and quorum already filled in.
    expect(await form.getByLabel('Quorum: voting seats needed, as a fraction: numerator (required)').inputValue()).toBe('7');
    expect(await form.getByLabel(/\(NHS Nottingham City CCG\): named lead$/).inputValue()).toBe('Dawn Smith');
    await version.fill('1');
    await form.getByLabel('In effect from (required)').fill('2016-04-01');
    await form.getByLabel('Source: the paper that sets them out (required)').fill('Illustrative, recorded by the browser test: not from a seed paper');
    await form.getByLabel(/\(Primary Care\): named lead$/).fill('A named lead (illustrative)');
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Adopt the terms of reference' }).click();
    const error = form.locator('.field', { has: page.getByLabel('Version (required)', { exact: true }) }).locator('.field-error');
    await error.waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: terms-version-repeated');
    expect(await error.textContent()).toContain('1');
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('terms of reference form, refused');

    // A seat left out and a later seat's title blanked: the API's message about the seat as sent lands on that seat's row of the form.
    await version.fill('2');
    const leaveOut = form.getByRole('group', { name: /^Seat 2 \(.*\): leave out$/ }).getByLabel('Leave this seat out of the new version');
    await leaveOut.check();
    const title = form.getByLabel(/^Seat 5 \(.*\): title, as the paper names the row$/);
    const written = await title.inputValue();
    await title.fill('');
    await form.getByRole('button', { name: 'Adopt the terms of reference' }).click();
    const titleError = form.locator('.field', { has: page.getByLabel(/^Seat 5 \(.*\): title, as the paper names the row$/) }).locator('.field-error');
    await titleError.waitFor();
    expect(await titleError.textContent()).toContain('title');
    expect(await world.ledger.headPosition()).toBe(before);
    await title.fill(written);
    await leaveOut.uncheck();

    // Version 2 (illustrative), from 1 April 2016: in force today, with the seat's lead named.
    await form.getByRole('button', { name: 'Adopt the terms of reference' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    await page.locator('.terms-of-reference[data-version="2"]').waitFor();
    expect(await page.locator('table.seats tr[data-seat="primary-care"]').innerText()).toBe(
      'Primary Care\tOther\tA named lead (illustrative)\tNone named\tVoting member',
    );
    expect(await page.locator('table.seats caption').textContent()).toBe('Members: 16 voting seats, and 4 in attendance without a vote');
    expect(await page.getByRole('listitem').filter({ hasText: 'Version 2, from 1 Apr 2016' }).textContent()).toContain(
      'Illustrative, recorded by the browser test',
    );
    // Before 1 April 2016 the appendix's version stands.
    await page.getByLabel('In force on', { exact: true }).fill('2016-03-31');
    await page.locator('.terms-of-reference[data-version="1"]').waitFor();
  });

  it('defines a commitment with its dated targets through the form, and refuses a number the programme already has beside it', async () => {
    const programme = governance.programmeCompactId;
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${programme}/programme?asOf=2018-04-03`);
    await page.locator('.programme-summary').waitFor();
    const form = await openForm(page, 'Define a commitment');
    const number = form.getByLabel('Number (required)', { exact: true });
    await number.fill('3'); // 004's "Commitment 3: One Plan: Joint Strategic Planning"
    await form.getByLabel('Title (required)', { exact: true }).fill('A commitment recorded by the browser test (illustrative)');
    await form.getByLabel('The commitment’s text (required)').fill('Illustrative: not from a seed paper.');
    await form.getByLabel('Made on (required)').fill('2017-06-01');
    await form.getByLabel('Target 1: number', { exact: true }).fill('9.1');
    await form.getByLabel('Target 1: text, in the paper’s words').fill('An illustrative target, not from a seed paper');
    await form.getByLabel('Target 1: its date, in the paper’s words').fill('by March 2018 (illustrative)');
    await form.getByLabel('Target 1: counted overdue after').fill('2018-03-31');
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Define the commitment' }).click();
    const error = form.locator('.field', { has: page.getByLabel('Number (required)', { exact: true }) }).locator('.field-error');
    await error.waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: commitment-number-repeated');
    expect(await error.textContent()).toContain('commitment 3 is already defined (One Plan: Joint Strategic Planning)');
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('commitment form, refused');

    await number.fill('9');
    await form.getByRole('button', { name: 'Define the commitment' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    const added = page.locator('section.commitment[data-commitment="9"]');
    await added.waitFor();
    expect(await added.getByRole('heading').textContent()).toBe('Commitment 9: A commitment recorded by the browser test (illustrative)');
    expect(await added.locator('tr[data-target="9.1"]').textContent()).toContain('overdue on 3 Apr 2018 by 3 days');
    expect(await added.locator('tr[data-target="9.1"] td').first().textContent()).toBe('by March 2018 (illustrative)Counted as due by 31 Mar 2018');
  });

  it('records a decision that asks a partner to leave through the form, which then follows on the compact; refuses one whose concern was reflected only on the day of the decision, beside that date', async () => {
    // The governance tests' own partnership (its names and dates are the test's): a meeting of its Partnership Board held with everyone present, item 4 undecided.
    const { compactId } = governance.limits;
    const boards = (await read(`/boards?compactId=${compactId}`)) as Array<{ boardId: string; name: string }>;
    const partnershipBoard = boards.find((b) => b.name === 'Wellbeing Partnership Board');
    if (!partnershipBoard) throw new Error('the test partnership has no Partnership Board');
    const post: Post = async (path, body) => (await world.ledger.as('secretariat').post(path).send(body).expect(201)).body;
    const meetingId = await heldMeeting(post, partnershipBoard.boardId, '2017-09-14', '2017-08-01');
    await read(`/meetings/${meetingId}?minPosition=${await world.ledger.headPosition()}`);

    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/meetings/${meetingId}`);
    const form = await openForm(page, 'Record a decision');
    await form.getByLabel('Item (required)').selectOption('4');
    await form.getByLabel('Resolution, as minuted').fill('The Board asks Whittington Health NHS Trust to leave the partnership (test)');
    await form.getByLabel('What follows on the compact or a dispute').selectOption('ask-partner-to-leave');
    await form.getByLabel('Asking to leave: the partner').selectOption(WHITTINGTON);
    await form.getByLabel('Asking to leave: why').fill('Not acting for the collective good after the concern was reflected (test)');
    await form.getByLabel('Asking to leave: the date it leaves').fill('2017-12-31');
    const reflectedOn = form.getByLabel('Asking to leave: the concern was reflected to it on');
    await reflectedOn.fill('2017-09-14'); // the meeting's own day: no time for a change in approach
    await form.getByLabel('Asking to leave: the concern was reflected by').fill('Chairs / CEOs');
    await form.getByLabel('Asking to leave: the evidence given with the concern').fill('Minutes of the last two meetings (test)');
    await form.getByLabel('Asking to leave: the finding of no change since').fill('No change in approach since the concern was reflected (test)');
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Record the decision' }).click();
    const error = form.locator('.field', { has: page.getByLabel('Asking to leave: the concern was reflected to it on') }).locator('.field-error');
    await error.waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: concern-not-before-decision');
    expect(await error.textContent()).toBe(
      `the concern was reflected to ${WHITTINGTON} on 2017-09-14; a decision on 2017-09-14 leaves no time for a change in approach`,
    );
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('decision form, refused');

    await reflectedOn.fill('2017-07-20');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    await page.locator('table.meeting-decisions tr[data-item="4"]', { hasText: `What follows: ${WHITTINGTON} asked to leave the compact` }).waitFor();
    // The saga records the expulsion on the compact, caused by the decision; the decision log says so once it has.
    const recorded = async () =>
      (await read(`/boards/${partnershipBoard.boardId}/decisions`)) as
        { decisions?: Array<{ consequenceStatus: string }> } | Array<{ consequenceStatus: string }>;
    for (let tries = 0; !JSON.stringify(await recorded()).includes('"consequenceStatus":"recorded"'); tries++) {
      if (tries > 200) throw new Error('the decision-consequences saga recorded nothing');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.goto(`${world.baseUrl}/app/boards/${partnershipBoard.boardId}/decisions`);
    const row = page.locator(`tbody[data-meeting="${meetingId}"] tr[data-item="4"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(`${WHITTINGTON} asked to leave the compact, from 31 Dec 2017 (recorded)`);
    expect(await row.locator('ul.followed li').first().textContent()).toContain('caused by this decision');
  });

  it('records a decision that resolves a dispute referred to the board through the form, which the dispute then shows; refuses terms not agreed by every party beside them', async () => {
    // The governance tests' own partnership and its open dispute (Haringey against Whittington, test data); a later meeting of its Partnership Board.
    const { compactId, disputeId } = governance.limits;
    const boards = (await read(`/boards?compactId=${compactId}`)) as Array<{ boardId: string; name: string }>;
    const partnershipBoard = boards.find((b) => b.name === 'Wellbeing Partnership Board');
    if (!partnershipBoard) throw new Error('the test partnership has no Partnership Board');
    const post: Post = async (path, body) => (await world.ledger.as('secretariat').post(path).send(body).expect(201)).body;
    const meetingId = await heldMeeting(post, partnershipBoard.boardId, '2017-10-12', '2017-09-01');
    await read(`/meetings/${meetingId}?minPosition=${await world.ledger.headPosition()}`);

    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/meetings/${meetingId}`);
    const form = await openForm(page, 'Record a decision');
    await form.getByLabel('Item (required)').selectOption('4');
    await form.getByLabel('Resolution, as minuted').fill('The Board resolves the dispute over budget data (test)');
    await form.getByLabel('What follows on the compact or a dispute').selectOption('resolve-dispute');
    await form.getByLabel('Resolving a dispute: the dispute referred to the board').selectOption(disputeId);
    await form.getByLabel('Resolving a dispute: the terms the board decided').fill('Budget data shared monthly with every partner (test)');
    const agreedBy = form.getByRole('group', { name: 'Resolving a dispute: agreed by (every party)' });
    await agreedBy.getByLabel('London Borough of Haringey').check();
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await agreedBy.locator('.field-error').waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: not-agreed-by-every-party');
    expect(await agreedBy.locator('.field-error').textContent()).toBe(`the resolution must be agreed by every party; not by ${WHITTINGTON}`);
    expect(await world.ledger.headPosition()).toBe(before);

    await agreedBy.getByLabel('Whittington Health NHS Trust').check();
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    await page.locator('table.meeting-decisions tr[data-item="4"]', { hasText: 'What follows: the dispute resolved' }).waitFor();
    // The saga resolves the dispute on its own stream, on the meeting's day.
    for (let tries = 0; ((await read(`/disputes/${disputeId}`)) as { status: string }).status !== 'resolved'; tries++) {
      if (tries > 200) throw new Error('the decision-consequences saga did not resolve the dispute');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.goto(`${world.baseUrl}/app/disputes/${disputeId}`);
    await page.getByText('Budget data shared monthly with every partner (test)').first().waitFor();
    expect(await page.locator('.status').first().textContent()).toBe('resolved');
  });

  it('corrects a quarter’s value through the form, keeping the value first recorded, and refuses a quarter with no value beside it', async () => {
    const southNottinghamshire = world.compacts.southNottinghamshire;
    await holdSession(page, tokens.secretariat);
    await page.goto(`${world.baseUrl}/app/compacts/${southNottinghamshire}/measures`);
    const form = await openForm(page, 'Correct a quarter’s value');
    await form.getByLabel('Measure (required)').selectOption('emergency-admissions');
    const quarter = form.getByLabel('Quarter (required)');
    await quarter.fill('2014-15-Q4');
    await form.getByLabel('Corrected value (required)').fill('24.8');
    await form.getByLabel('Reason (required)').fill('Illustrative correction recorded by the browser test');
    await form.getByLabel('Corrected on (required)').fill('2016-09-01');
    const before = await world.ledger.headPosition();
    await form.getByRole('button', { name: 'Record the correction' }).click();
    const error = form.locator('.field', { has: page.getByLabel('Quarter (required)') }).locator('.field-error');
    await error.waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain('Rule: measure-value-not-recorded');
    expect(await error.textContent()).toBe('Emergency admissions (illustrative) has no value for 2014-15-Q4 to correct');
    expect(await world.ledger.headPosition()).toBe(before);
    await accessible('measure correction form, refused');

    // 2015-16-Q3's illustrative 25, corrected to 24.8.
    await quarter.fill('2015-16-Q3');
    await form.getByRole('button', { name: 'Record the correction' }).click();
    await form.getByRole('status').getByText('Recorded').waitFor();
    const row = page.locator('table.measure-values tr', {
      hasText: 'Corrected 1 Sept 2016 from 25 to 24.8: Illustrative correction recorded by the browser test',
    });
    await row.waitFor();
    expect(await row.locator('th').textContent()).toBe('2015-16-Q3');
  });

  it('offers the forms for terms of reference, commitments and corrections of measures to the secretariat only: a partner reads those pages without them', async () => {
    await holdSession(page, tokens.nuh);
    await page.goto(`${world.baseUrl}/app/boards/${board()}`);
    await page.locator('table.seats').waitFor();
    await page.locator('table.meetings').waitFor();
    await page.waitForLoadState('networkidle'); // every read the page makes answered, the forms it would offer drawn
    expect(await page.getByRole('region', { name: 'Adopt new terms of reference' }).count()).toBe(0);
    await page.goto(`${world.baseUrl}/app/compacts/${governance.programmeCompactId}/programme`);
    await page.locator('.programme-summary').waitFor();
    await page.waitForLoadState('networkidle'); // every read the page makes answered, the forms it would offer drawn
    expect(await page.getByRole('region', { name: 'Define a commitment' }).count()).toBe(0);
    await page.goto(`${world.baseUrl}/app/compacts/${world.compacts.southNottinghamshire}/measures`);
    await page.locator('table.quarterly-report').waitFor();
    await page.waitForLoadState('networkidle'); // every read the page makes answered, the forms it would offer drawn
    expect(await page.getByRole('region', { name: 'Correct a quarter’s value' }).count()).toBe(0);
  });

  it('shows a mediator only the decisions about the disputes they mediate, and no board pages', async () => {
    await signIn(page, world.baseUrl, tokens.mediator);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Boards' }).count()).toBe(0);
    await page.goto(`${world.baseUrl}/app/boards/${board()}/decisions`);
    await page.getByText('As a mediator you see the decisions about the disputes you mediate, and no others.').waitFor();
    await page.getByText('No decisions.').waitFor();
    expect(await page.getByRole('navigation', { name: 'This board' }).getByRole('link').allTextContents()).toEqual(['Decision log']);
  });
});
