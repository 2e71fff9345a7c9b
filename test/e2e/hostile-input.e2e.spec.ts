import { LedgerTestApp } from '../support/ledger-test-app';

const compact = { title: 'Delivering Together', covers: 'South Kent Coast' };

describe('Abuse limits over HTTP', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 3, LEDGER_CORS_ORIGINS: 'https://ics.nhs.test' });
    await ledger.signIn('secretariat', 'programme-office');
  });
  afterAll(() => ledger.stop());

  it('rate limits per subject: past the limit a 429 problem with Retry-After, nothing appended, and another subject unaffected', async () => {
    for (let i = 0; i < 3; i++) await ledger.as('secretariat').post('/compacts').send(compact).expect(201);
    const before = await ledger.headPosition();
    const limited = await ledger.as('secretariat').post('/compacts').send(compact).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ type: 'urn:compact-ledger:problem:rate-limited', status: 429 });
    expect(await ledger.headPosition()).toBe(before);
    await ledger.as('secretariat', 'programme-office').post('/compacts').send(compact).expect(201);
  });

  it('sends security headers', async () => {
    const response = await ledger.http.get('/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
  });

  it('answers CORS only for the configured origins', async () => {
    const allowed = await ledger.http.options('/compacts').set('Origin', 'https://ics.nhs.test').set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://ics.nhs.test');
    const other = await ledger.http.options('/compacts').set('Origin', 'https://evil.test').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
