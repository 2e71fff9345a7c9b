import { LedgerTestApp } from '../support/ledger-test-app';

/** Each command route refuses by a domain rule with 422, naming the rule, and appends nothing. */
describe('Rule refusals on every compact command route, over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    const lead = ledger.as('secretariat');
    compactId = (await lead.post('/compacts').send({ title: 'Rules', covers: 'Somewhere' }).expect(201)).body.id;
    await lead
      .post(`/compacts/${compactId}/versions`)
      .send({ label: '1', note: 'First', dated: '2017-01-01', sections: [{ number: '1', text: 'Text' }] })
      .expect(201);
    await lead
      .post(`/compacts/${compactId}/partners`)
      .send({
        organisationId: 'haringey-council',
        name: 'Haringey Council',
        organisationType: 'local-authority',
        lead: { name: 'A', role: 'B' },
        effectiveOn: '2017-01-01',
      })
      .expect(201);
  });
  afterAll(() => ledger.stop());

  it.each([
    [
      'partners',
      {
        organisationId: 'haringey-council',
        name: 'Haringey Council',
        organisationType: 'local-authority',
        lead: { name: 'A', role: 'B' },
        effectiveOn: '2017-02-01',
      },
      'partner-already-member',
    ],
    ['partners/islington-council/withdrawal', { noticeGivenOn: '2017-02-01', effectiveOn: '2017-03-01', reason: 'r' }, 'partner-not-member'],
    ['partners/islington-council/expulsion', { reason: 'r', basis: { kind: 'decision', reference: 'x' }, effectiveOn: '2017-03-01' }, 'partner-not-member'],
    [
      'endorsements',
      { organisationId: 'haringey-council', versionLabel: '9', boardName: 'Cabinet', meetingDate: '2017-02-01', outcome: 'endorsed' },
      'version-not-found',
    ],
    ['term', { inForceRule: 'all-partners-signed', expiresOn: '2019-01-01', durationMonths: 24 }, 'term-expiry-ambiguous'],
    ['in-force', { versionLabel: '1', effectiveOn: '2017-02-01', decisionReference: 'Board' }, 'in-force-rule-not-explicit'],
    ['supersession', { effectiveOn: '2029-01-01', reason: 'Replaced', successorCompactId: 'SELF' }, 'successor-is-this-compact'],
    // Last, as it closes the compact: terminated once, then again.
    ['termination', { effectiveOn: '2031-01-01', reason: 'Again' }, 'compact-already-terminated'],
  ])('POST %s', async (route, body, rule) => {
    if (route === 'termination')
      await ledger.as('secretariat').post(`/compacts/${compactId}/termination`).send({ effectiveOn: '2030-01-01', reason: 'Planned end' }).expect(201);
    const before = await ledger.headPosition();
    const payload = JSON.parse(JSON.stringify(body).replace('"SELF"', JSON.stringify(compactId)));
    const refused = await ledger.as('secretariat').post(`/compacts/${compactId}/${route}`).send(payload).expect(422);
    expect(refused.body).toMatchObject({ status: 422, rule, type: `urn:compact-ledger:problem:rule/${rule}` });
    expect(await ledger.headPosition()).toBe(before);
  });
});
