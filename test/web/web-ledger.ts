import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { dirname, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadJointProgramme, loadTransformationBoard, type LoadedBoard } from '../fixtures/governance';
import { httpLedgerClient, type LedgerClient, loadSeedCompact, seedCompacts } from '../fixtures/seeds';
import { governanceWorld, type Post } from '../support/governance-world';
import { LedgerTestApp } from '../support/ledger-test-app';

/*
 * The browser tests' world, also used by the screenshots script: the web app's build
 * (dist/apps/web, which jest's globalSetup and the script's pre-step bring up to date
 * with tools/ensure-build.js), the real API serving it on a temporary data directory, the five seed
 * compacts loaded through the API, two disputes under the South Nottinghamshire
 * compact, and Debian's Chromium driven by playwright-core.
 *
 * The disputes are illustrative: the seed papers record no dispute. Their summaries,
 * dates, responses, mediators' names and terms are assumed for the tests, not taken
 * from a paper; the parties, the sections and the escalation path are the compact's.
 *
 * With `governance`, also what `npm run demo` loads (test/fixtures/governance): the South
 * Nottinghamshire Transformation Board from 001's appendix with its illustrative year of
 * meetings, and Haringey and Islington's commitments from 004; two illustrative measures of
 * success on South Nottinghamshire (its section 7 names none), with illustrative quarterly
 * values; and the governance tests' own partnership (test/support/governance-world.ts: its
 * title says it is a test), whose escalation path has limits in working days, with a dispute
 * raised under it, so the escalation audit has a limit to be overdue against.
 */

/** The workspace: the folder holding nx.json, from the sources (jest) or from dist/ (the screenshots script). */
export function workspaceRoot(from = __dirname): string {
  return existsSync(join(from, 'nx.json')) ? from : from === dirname(from) ? process.cwd() : workspaceRoot(dirname(from));
}

export const WEB_BUILD = join(workspaceRoot(), 'dist', 'apps', 'web');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CITY_CCG = 'nhs-nottingham-city';
export const NUH = 'nottingham-university-hospitals-nhs-trust';
export const CITY_COUNCIL = 'nottingham-city-council';
/** The token subjects of the two mediators: each is appointed to one dispute. */
export const MEDIATOR_A = 'mediator-lay-chair';
export const MEDIATOR_B = 'mediator-critical-friend';

export interface WebLedger {
  ledger: LedgerTestApp;
  baseUrl: string;
  compacts: Record<'shropshire' | 'southNottinghamshire' | 'southKentCoast' | 'eastCentralCheshire' | 'haringeyIslington', string>;
  /** A: resolved at the board-to-board level, mediated by MEDIATOR_A, with evidence. B: at mediation, mediated by MEDIATOR_B. C: just raised. */
  disputes: { a: string; b: string; c: string };
  /** With `governance`: the board, the joint programme's compact, and the test partnership's dispute under a path with limits. */
  governance: Governance | null;
  token(claims: { sub: string; name: string; role: 'secretariat' | 'partner' | 'mediator' | 'regulator' | 'admin'; org?: string | null }): Promise<string>;
  stop(): Promise<void>;
}

export interface Governance {
  board: LoadedBoard;
  programmeCompactId: string;
  /** The governance tests' partnership (its title says so), whose escalation path limits each level in working days. */
  limits: { compactId: string; disputeId: string };
}

const SEED_KEYS = ['shropshire', 'southNottinghamshire', 'eastCentralCheshire', 'southKentCoast', 'haringeyIslington'] as const;

export async function startWebLedger(options: { governance?: boolean } = {}): Promise<WebLedger> {
  if (!existsSync(join(WEB_BUILD, 'index.html'))) throw new Error(`no web build in ${WEB_BUILD}: run npm run build`);
  const ledger = await LedgerTestApp.start({ LEDGER_WEB_DIR: WEB_BUILD, LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
  const { port } = ledger.app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const secretariat = httpLedgerClient(baseUrl, ledger.bearer('secretariat').slice('Bearer '.length));
  const compacts = {} as WebLedger['compacts'];
  for (const [i, seed] of seedCompacts.entries()) compacts[SEED_KEYS[i]] = (await loadSeedCompact(secretariat, seed)).id;
  const disputes = await illustrativeDisputes(ledger, baseUrl, compacts.southNottinghamshire);
  const governance = options.governance ? await loadGovernance(ledger, secretariat, compacts.southNottinghamshire) : null;
  return {
    ledger,
    baseUrl,
    compacts,
    disputes,
    governance,
    token: (claims) => ledger.tokenFor({ ...claims, org: claims.org ?? null }),
    stop: () => ledger.stop(),
  };
}

async function illustrativeDisputes(ledger: LedgerTestApp, baseUrl: string, compactId: string): Promise<WebLedger['disputes']> {
  const as = async (claims: { sub: string; name: string; role: 'secretariat' | 'partner' | 'mediator'; org?: string }) =>
    httpLedgerClient(baseUrl, await ledger.tokenFor({ ...claims, org: claims.org ?? null }));
  const ccg = await as({ sub: 'ccg-lead', name: 'City CCG lead (assumed)', role: 'partner', org: CITY_CCG });
  const nuh = await as({ sub: 'nuh-lead', name: 'NUH lead (assumed)', role: 'partner', org: NUH });
  const council = await as({ sub: 'council-lead', name: 'City Council lead (assumed)', role: 'partner', org: CITY_COUNCIL });
  const secretariat = await as({ sub: 'secretariat', name: 'Programme office (assumed)', role: 'secretariat' });
  const mediatorA = await as({ sub: MEDIATOR_A, name: 'Lay Chair (assumed name)', role: 'mediator' });

  const a = (
    await ccg.post('/disputes', {
      compactId,
      raisedBy: CITY_CCG,
      against: [NUH],
      about: [{ kind: 'section', ref: '1' }],
      summary: 'Quarterly system measures not shared with partner boards (illustrative)',
      raisedOn: '2015-06-01',
    })
  ).id;
  await nuh.post(`/disputes/${a}/responses`, { respondent: NUH, response: 'Measures go to our board monthly (illustrative)', respondedOn: '2015-06-10' });
  await submitEvidence(baseUrl, await ledger.tokenFor({ sub: 'ccg-lead', name: 'City CCG lead (assumed)', role: 'partner', org: CITY_CCG }), a);
  await ccg.post(`/disputes/${a}/escalations`, { toLevel: 2, reason: 'No agreement bilaterally (illustrative)', escalatedOn: '2015-07-01' });
  await secretariat.post(`/disputes/${a}/mediators`, {
    level: 2,
    mediator: { subject: MEDIATOR_A, name: 'Lay Chair (assumed name)', role: 'Lay Chair of the South Nottinghamshire Transformation Board' },
    appointedOn: '2015-07-02',
  });
  await mediatorA.post(`/disputes/${a}/escalations`, { toLevel: 3, reason: 'Mediation did not settle it (illustrative)', escalatedOn: '2015-08-03' });
  await mediatorA.post(`/disputes/${a}/independent-chair`, {
    chair: { name: 'An independent chair (assumed)', organisation: null },
    agreedBy: [CITY_CCG, NUH],
    agreedOn: '2015-08-10',
  });
  await mediatorA.post(`/disputes/${a}/resolution`, {
    terms: 'Measures shared monthly with every partner board (illustrative)',
    agreedBy: [CITY_CCG, NUH],
    resolvedOn: '2015-09-01',
  });

  const b = (
    await council.post('/disputes', {
      compactId,
      raisedBy: CITY_COUNCIL,
      against: [CITY_CCG],
      about: [{ kind: 'section', ref: '1' }],
      summary: 'Joint commissioning intentions not shared in time (illustrative)',
      raisedOn: '2015-10-01',
    })
  ).id;
  await council.post(`/disputes/${b}/escalations`, { toLevel: 2, reason: 'No reply within a month (illustrative)', escalatedOn: '2015-11-02' });
  await secretariat.post(`/disputes/${b}/mediators`, {
    level: 2,
    mediator: { subject: MEDIATOR_B, name: 'Critical Friend (assumed name)', role: 'South Nottinghamshire Transformation Programme Critical Friend' },
    appointedOn: '2015-11-03',
  });
  const raised = await nuh.post('/disputes', {
    compactId,
    raisedBy: NUH,
    against: [CITY_CCG],
    about: [{ kind: 'section', ref: '1' }],
    summary: 'Discharge data not shared as agreed (illustrative)',
    raisedOn: '2015-12-01',
  });
  const c = raised.id;
  // The pages read what is there: wait until the read models include the last event.
  await secretariat.get(`/disputes/${c}?minPosition=${raised.position}`);
  return { a, b, c };
}

/** The illustrative measures on South Nottinghamshire: its section 7 says measures will be agreed and reported quarterly, and names none. */
export const ILLUSTRATIVE_MEASURES = [
  {
    measureId: 'emergency-admissions',
    name: 'Emergency admissions (illustrative)',
    description: 'Illustrative: the papers name no measure. Emergency admissions of South Nottinghamshire residents, per 1,000 population.',
    unit: 'per 1,000',
    direction: 'lower-is-better',
    values: { '2015-16-Q1': 24.1, '2015-16-Q2': 23.6, '2015-16-Q3': 25, '2015-16-Q4': 24.2, '2016-17-Q1': 23 },
  },
  {
    measureId: 'supported-at-home',
    name: 'People supported to live at home (illustrative)',
    description: 'Illustrative: the papers name no measure. People supported to live at home by community services.',
    unit: 'people',
    direction: 'higher-is-better',
    values: { '2015-16-Q1': 1840, '2015-16-Q2': 1905, '2015-16-Q3': 1870, '2016-17-Q1': 1990 },
  },
] as const;

async function loadGovernance(ledger: LedgerTestApp, secretariat: LedgerClient, southNottinghamshire: string): Promise<Governance> {
  const board = await loadTransformationBoard(secretariat);
  const programme = await loadJointProgramme(secretariat);
  for (const { values, ...measure } of ILLUSTRATIVE_MEASURES) {
    await secretariat.post(`/compacts/${southNottinghamshire}/measures`, { ...measure, definedOn: '2015-04-01' });
    for (const [quarter, value] of Object.entries(values)) {
      await secretariat.post(`/compacts/${southNottinghamshire}/measures/${measure.measureId}/values`, {
        quarter,
        value,
        note: 'Illustrative value, not from a paper',
        recordedOn: '2016-08-01',
      });
    }
  }
  const post: Post = async (path, body) => (await ledger.as('secretariat').post(path).send(body).expect(201)).body;
  const world = await governanceWorld(post);
  const raised = await secretariat.post('/disputes', {
    compactId: world.compactId,
    raisedBy: 'london-borough-of-haringey',
    against: ['whittington-health-trust'],
    about: [{ kind: 'section', ref: '1' }],
    summary: 'Budget data not shared monthly (test)',
    raisedOn: '2017-07-03',
  });
  await secretariat.get(`/disputes/${raised.id}?minPosition=${raised.position}`);
  return { board, programmeCompactId: programme.compactId, limits: { compactId: world.compactId, disputeId: raised.id } };
}

export const EVIDENCE = { filename: 'board-minutes-extract.txt', text: 'Illustrative evidence for the browser tests: not from a seed paper.\n' };

async function submitEvidence(baseUrl: string, token: string, disputeId: string): Promise<void> {
  const form = new FormData();
  form.set('submittedBy', CITY_CCG);
  form.set('description', 'Extract of the board minutes (illustrative)');
  form.set('submittedOn', '2015-06-15');
  form.set('file', new Blob([EVIDENCE.text], { type: 'text/plain' }), EVIDENCE.filename);
  const response = await fetch(`${baseUrl}/disputes/${disputeId}/evidence`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (!response.ok) throw new Error(`evidence: ${response.status} ${await response.text()}`);
}

/** Debian's Chromium, headless, with nothing of its own reaching the network, on a fresh profile (Playwright makes a new user-data directory for each launch). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context (its own storage, so its own session) at a laptop's size, unless told otherwise. */
export function newContext(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
}

/** Signs in through the sign-in page, as a person would: paste the token, press the button. */
export async function signIn(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signed in once the page, having had the token accepted by the API, has moved on to the person's first page.
  await page.waitForURL((url) => url.pathname !== '/app/sign-in');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * Starts the page's tab signed in with `token`, as the sign-in page leaves it (the token in the tab's session
 * storage, apps/web/src/auth/session.tsx), for tests about what a signed-in person sees rather than about signing
 * in (signIn, and the tests of signing in, go through the page). Call before the first page.goto; only the tab's
 * first document is given the token, so a test that signs out stays signed out.
 */
export async function holdSession(page: Page, token: string): Promise<void> {
  await page.addInitScript(
    ({ key, token }) => {
      type Tab = { sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void } };
      const { sessionStorage } = globalThis as unknown as Tab;
      if (sessionStorage.getItem(`${key}.held`) === null) {
        sessionStorage.setItem(`${key}.held`, '1');
        sessionStorage.setItem(key, token);
      }
    },
    { key: 'compact-ledger.token', token },
  );
}

/**
 * What axe finds against WCAG 2.1 A and AA on the page as it stands, one line per rule broken (none: an empty list).
 * Every rule of those tags runs; only the violations are gathered with their nodes (resultTypes), and axe runs in
 * the page itself (legacy mode) rather than finishing in a second, blank page: the pages have no frames from
 * another origin for that to reach. Together they cut a run from about 2.8 s to 0.8 s on a compact's page.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  return results.violations.map((v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A command's form, opened (forms are folded to their titles until a person opens one). */
export async function openForm(page: Page, name: string) {
  const form = page.getByRole('region', { name });
  await form.locator('summary').click();
  return form;
}
