import { LedgerTestApp } from '../support/ledger-test-app';

/*
 * A hand-made example with the term 004 gives (effective 1 June 2017, expires 31 March 2020,
 * refresh by 31 March 2018); its partner, signature and decision are the example's. The seed
 * itself is loaded from its paper in seeds.e2e; corrections of every kind are in compact-corrections.e2e.
 */
const exact = (value: string) => ({ asWritten: null, precision: 'exact', value, assumed: null });
const correction = (factId: string, reason: string, fields: object) => ({ corrections: [{ factId, reason, correction: fields }] });
describe('Term, status on a date and as-of on both clocks, over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  let signatureFactId: string;
  let beforeCorrection: string;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    const lead = ledger.as('secretariat');
    compactId = (
      await lead.post('/compacts').send({ title: 'An example agreement', covers: 'Example' }).expect(201)
    ).body.id;
    await lead
      .post(`/compacts/${compactId}/versions`)
      .send({ label: '1', note: 'Agreement', dated: '2017-05-01', sections: [{ number: '1', text: 'Eight commitments with dated targets.' }] })
      .expect(201);
    await lead
      .post(`/compacts/${compactId}/partners`)
      .send({
        organisationId: 'haringey-council',
        name: 'Haringey Council',
        organisationType: 'local-authority',
        lead: { name: 'A Lead', role: 'Chief Executive' },
        effectiveOn: '2017-05-01',
      })
      .expect(201);
    await lead
      .post(`/compacts/${compactId}/term`)
      .send({ inForceRule: 'explicit-decision', effectiveFrom: '2017-06-01', expiresOn: '2020-03-31', refreshDueBy: '2018-03-31' })
      .expect(201);
    const hash = (await lead.get(`/compacts/${compactId}/versions/1?minPosition=${await ledger.headPosition()}`).expect(200)).body.contentHash;
    await lead
      .post(`/compacts/${compactId}/signatures`)
      .send({
        organisationId: 'haringey-council',
        versionLabel: '1',
        contentHash: hash,
        signatory: { name: 'A Lead', role: 'Chief Executive' },
        signedOn: '2017-05-21',
        signifies: [],
      })
      .expect(201);
    const inForce = await lead
      .post(`/compacts/${compactId}/in-force`)
      .send({ versionLabel: '1', effectiveOn: '2017-06-01', decisionReference: 'Wellbeing Partnership Board, May 2017' })
      .expect(201);
    signatureFactId = (await lead.get(`/compacts/${compactId}/signatures?minPosition=${inForce.body.position}`).expect(200)).body[0].factId;
    beforeCorrection = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await lead
      .post(`/compacts/${compactId}/corrections`)
      .send(correction(signatureFactId, 'The paper is dated 25 May 2017', { fact: 'signature', signedOn: '2017-05-25' }))
      .expect(201);
    const admissionFactId = (await lead.get(`/compacts/${compactId}/partners`).expect(200)).body[0].memberships[0].admissionFactId;
    const corrected = await lead
      .post(`/compacts/${compactId}/corrections`)
      .send(correction(admissionFactId, 'Admitted at the April board', { fact: 'admission', effectiveOn: '2017-04-20' }))
      .expect(201);
    await lead.get(`/compacts/${compactId}?minPosition=${corrected.body.position}`).expect(200);
  });
  afterAll(() => ledger.stop());

  const statusOn = async (date: string) => (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=${date}`).expect(200)).body.status;

  it('shows the term, and the status before, during and after it', async () => {
    const compact = (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2017-07-01`).expect(200)).body;
    expect(compact.term).toMatchObject({ inForceRule: 'explicit-decision', effectiveFrom: exact('2017-06-01'), expiresOn: exact('2020-03-31'), refreshDueBy: exact('2018-03-31') });
    expect(await statusOn('2017-04-01')).toBe('draft');
    expect(await statusOn('2017-05-15')).toBe('open-for-signature');
    expect(await statusOn('2017-06-01')).toBe('in-force');
    expect(await statusOn('2018-03-31')).toBe('in-force');
    expect(await statusOn('2018-04-01')).toBe('refresh-overdue');
    expect(await statusOn('2020-04-01')).toBe('expired');
  });

  it('a correction: the effective axis shows the corrected date, the recorded axis what the ledger showed before it', async () => {
    const now = (await ledger.as('regulator').get(`/compacts/${compactId}/signatures`).expect(200)).body[0];
    expect(now).toMatchObject({ signedOn: exact('2017-05-25'), corrected: true });

    const history = (await ledger.as('regulator').get(`/compacts/${compactId}/history`).expect(200)).body;
    expect(history.map((e: { type: string }) => e.type)).toContain('PartnerSigned');
    expect(history.find((e: { type: string }) => e.type === 'PartnerSigned').data.signedOn).toEqual(exact('2017-05-21'));
    expect(history[history.length - 2]).toMatchObject({ type: 'EventCorrected', data: { factId: signatureFactId, previous: { signedOn: exact('2017-05-21') } } });

    const recordedThen = (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=${beforeCorrection}&axis=recorded`).expect(200)).body;
    expect(recordedThen.asOf.axis).toBe('recorded');
    expect(recordedThen.partners[0].memberships[0].from).toEqual(exact('2017-05-01'));
    const recordedNow = (await ledger.as('regulator').get(`/compacts/${compactId}?axis=recorded`).expect(200)).body;
    expect(recordedNow.partners[0].memberships[0].from).toEqual(exact('2017-04-20'));
    // The revision, position and last change are the stream's as it stood then, as /history on that axis shows it.
    const historyThen = (await ledger.as('regulator').get(`/compacts/${compactId}/history?asOf=${beforeCorrection}&axis=recorded`).expect(200)).body;
    const lastThen = historyThen[historyThen.length - 1];
    expect(recordedThen).toMatchObject({ revision: lastThen.revision, position: lastThen.position, updatedAt: lastThen.metadata.recordedAt });
    expect(recordedNow.revision).toBeGreaterThan(recordedThen.revision);

    // Effective: on 25 April 2017 Haringey was a partner, as the ledger knows it now.
    const effective = (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2017-04-25&axis=effective`).expect(200)).body;
    expect(effective.partners.map((p: { organisationId: string }) => p.organisationId)).toEqual(['haringey-council']);
    expect(effective.status).toBe('draft');
  });

  it('the register on a date: the corrected paper date on the effective axis, the original on the recorded axis', async () => {
    const rowOn = async (query: string) => (await ledger.as('regulator').get(`/compacts/${compactId}/signatures?${query}`).expect(200)).body[0];
    expect(await rowOn('asOf=2017-05-22')).toMatchObject({ status: 'not-signed', signedOn: null });
    expect(await rowOn('asOf=2017-05-26')).toMatchObject({ status: 'signed', signedOn: exact('2017-05-25') });
    expect(await rowOn(`asOf=${beforeCorrection}&axis=recorded`)).toMatchObject({ status: 'signed', signedOn: exact('2017-05-21'), corrected: false });
    const partnersBefore = (await ledger.as('regulator').get(`/compacts/${compactId}/partners?asOf=2017-04-01`).expect(200)).body;
    expect(partnersBefore).toEqual([]);
  });

  it.each([
    ['term', { inForceRule: 'when-we-feel-like-it' }, 'inForceRule'],
    ['term', { inForceRule: 'explicit-decision', durationMonths: 0 }, 'durationMonths'],
    ['in-force', { versionLabel: '1', effectiveOn: '1 June 2017', decisionReference: 'Board' }, 'effectiveOn'],
    ['termination', { effectiveOn: '2020-03-31' }, 'reason'],
    ['supersession', { effectiveOn: '2020-03-31', reason: 'r', successorCompactId: 'next-one' }, 'successorCompactId'],
    ['supersession', { effectiveOn: '2020-03-31', reason: 'r' }, 'successorCompactId'],
    ['termination', { effectiveOn: '2020-03-31', reason: 'r', successorCompactId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f' }, 'successorCompactId'],
    ['corrections', correction('not an id!', 'r', { fact: 'signature' }), 'corrections[0].factId'],
    ['corrections', correction('3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', 'r', { fact: 'decision' }), 'corrections[0].correction.fact'],
    ['corrections', correction('3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', 'r', { fact: 'signature', signedOn: '25.5' }), 'corrections[0].correction.signedOn'],
    ['corrections', { corrections: [] }, 'corrections'],
  ])('bad input on POST %s is 400 naming the field, nothing appended', async (route, body, field) => {
    const before = await ledger.headPosition();
    const response = await ledger.as('secretariat').post(`/compacts/${compactId}/${route}`).send(body).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await ledger.headPosition()).toBe(before);
  });

  it('a correction of a fact that does not exist is refused by rule, nothing appended', async () => {
    const before = await ledger.headPosition();
    const refused = await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/corrections`)
      .send(correction('3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', 'r', { fact: 'signature', signedOn: '2017-05-26' }))
      .expect(422);
    expect(refused.body.rule).toBe('correction-target-unknown');
    expect(await ledger.headPosition()).toBe(before);
  });

  it('before the compact was recorded, the recorded axis has nothing to show: 404', async () => {
    await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2020-01-01T00:00:00Z&axis=recorded`).expect(404);
  });

  it('bad as-of input is 400 naming the field', async () => {
    const bad = await ledger.as('regulator').get(`/compacts/${compactId}?asOf=yesterday&axis=sideways`).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['asOf', 'axis']);
  });

  it.each(['2018-13-01', '2018-02-30', '2018-01-01T25:00Z', '2018-01-01T10:60:00Z', '2018-01-01T10:00:00+24:00'])(
    'an as-of that is no real date or time (%s) is 400 naming asOf, on every as-of route and both axes',
    async (asOf) => {
      for (const route of ['', '/history', '/versions', '/partners', '/signatures', '/endorsements']) {
        for (const axis of ['effective', 'recorded']) {
          const bad = await ledger
            .as('regulator')
            .get(`/compacts/${compactId}${route}?asOf=${encodeURIComponent(asOf)}&axis=${axis}`)
            .expect(400);
          expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['asOf']);
        }
      }
    },
  );
});
