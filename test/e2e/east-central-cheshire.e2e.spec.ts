import { seedFacts } from '@compact-ledger/seed-papers';
import { httpLedgerClient, loadSeedCompact, seedCompactOf } from '../fixtures/seeds';
import { LedgerTestApp } from '../support/ledger-test-app';

/*
 * The Compact for Integrated Care in East and Central Cheshire (seed 002), loaded from its paper:
 * six organisations, "for the next 24 months", a signature table left blank, and no date at
 * all (the ledger can only bound it, on outside facts, and says so).
 */
describe('East and Central Cheshire: six partners, no signatures, no date, over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  const facts = seedFacts('002');
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    const client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    compactId = (await loadSeedCompact(client, seedCompactOf('002'))).id;
  });
  afterAll(() => ledger.stop());

  it('lists the six partners, and the register has a not-signed row for each', async () => {
    const position = await ledger.headPosition();
    const listed = (await ledger.as('regulator').get(`/compacts/${compactId}/partners?minPosition=${position}`).expect(200)).body;
    expect(listed.map((p: { name: string }) => p.name)).toEqual(facts.partners.map((p) => p.name));
    const register = (await ledger.as('regulator').get(`/compacts/${compactId}/signatures`).expect(200)).body;
    expect(register).toHaveLength(6);
    expect(
      register.every(
        (row: { status: string; signatory: unknown; signedOn: unknown }) => row.status === 'not-signed' && row.signatory === null && row.signedOn === null,
      ),
    ).toBe(true);
  });

  it('is open for signature by 2014 (its version is bounded to March 2013 at the latest), not in force, with its 24-month term; its partners joined on no date the paper gives', async () => {
    const compact = (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2014-01-01`).expect(200)).body;
    expect(compact).toMatchObject({ status: 'open-for-signature', inForce: [], term: { inForceRule: 'all-partners-signed', durationMonths: 24 } });
    expect(compact.currentVersion.dated).toMatchObject({ precision: 'not-given', value: null, assumed: { between: { earliest: '2009-04-01', latest: '2013-03-31' } } });
    expect(compact.partners.map((p: { onDate: string }) => p.onDate)).toEqual(Array(6).fill('undetermined'));
    // In 2010 the version may or may not have existed: a draft unless placed at its earliest.
    expect((await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2010-01-01`).expect(200)).body.status).toBe('draft');
    expect((await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2010-01-01&assume=earliest`).expect(200)).body.status).toBe('open-for-signature');
  });
});
