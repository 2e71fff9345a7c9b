import { LedgerTestApp } from '../support/ledger-test-app';

/*
 * The Compact for Integrated Care in East and Central Cheshire (seed 002): six
 * organisations, "for the next 24 months", and a signature table left blank.
 * The paper names no leads and carries no dates: the admission and version dates
 * below are the test's. A PCT has no type of its own in the ledger's list; it is
 * recorded as an NHS trust.
 */
const NOT_ON_PAPER = 'Not named on the paper';
const partners = [
  ['cheshire-and-wirral-partnership-ft', 'Cheshire & Wirral Partnership NHS Foundation Trust', 'foundation-trust'],
  ['central-and-eastern-cheshire-pct', 'Central & Eastern Cheshire PCT', 'nhs-trust'],
  ['cheshire-east-council', 'Cheshire East Council', 'local-authority'],
  ['east-cheshire-hospitals-trust', 'East Cheshire Hospitals Trust', 'nhs-trust'],
  ['cheshire-east-community-healthcare', 'Cheshire East Community Healthcare', 'nhs-trust'],
  ['mid-cheshire-hospital-ft', 'Mid Cheshire Hospital NHS Foundation Trust', 'foundation-trust'],
];

describe('East and Central Cheshire: six partners, no signatures, over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    const lead = ledger.as('secretariat');
    compactId = (
      await lead
        .post('/compacts')
        .send({ title: 'The Compact for Integrated Care in East and Central Cheshire', covers: 'East and Central Cheshire' })
        .expect(201)
    ).body.id;
    await lead
      .post(`/compacts/${compactId}/versions`)
      .send({
        label: '1',
        note: 'As circulated for signature',
        dated: '2013-01-01',
        sections: [{ number: '1', text: 'Develop and implement integrated cost effective services for the patient/service users of the area.' }],
      })
      .expect(201);
    for (const [organisationId, name, organisationType] of partners) {
      await lead
        .post(`/compacts/${compactId}/partners`)
        .send({ organisationId, name, organisationType, lead: { name: NOT_ON_PAPER, role: NOT_ON_PAPER }, effectiveOn: '2013-01-01' })
        .expect(201);
    }
    await lead.post(`/compacts/${compactId}/term`).send({ inForceRule: 'all-partners-signed', durationMonths: 24 }).expect(201);
  });
  afterAll(() => ledger.stop());

  it('lists the six partners, and the register has a not-signed row for each', async () => {
    const position = await ledger.headPosition();
    const listed = (await ledger.as('regulator').get(`/compacts/${compactId}/partners?minPosition=${position}`).expect(200)).body;
    expect(listed.map((p: { name: string }) => p.name)).toEqual(partners.map(([, name]) => name));
    const register = (await ledger.as('regulator').get(`/compacts/${compactId}/signatures`).expect(200)).body;
    expect(register).toHaveLength(6);
    expect(
      register.every(
        (row: { status: string; signatory: unknown; signedOn: unknown }) => row.status === 'not-signed' && row.signatory === null && row.signedOn === null,
      ),
    ).toBe(true);
  });

  it('is open for signature and not in force, with its 24-month term', async () => {
    const compact = (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2014-01-01`).expect(200)).body;
    expect(compact).toMatchObject({ status: 'open-for-signature', inForce: [], term: { inForceRule: 'all-partners-signed', durationMonths: 24 } });
    expect(compact.partners).toHaveLength(6);
  });
});
