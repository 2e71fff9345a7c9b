import { LedgerTestApp } from '../support/ledger-test-app';

/*
 * Haringey and Islington Wellbeing Partnership Agreement (seed 004): effective
 * 1 June 2017, expires 31 March 2020, refresh expected by 31 March 2018. The
 * partners and signatory roles below are the test's; the dates are the paper's.
 */
describe('Term, status on a date and as-of on both clocks, over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  let signatureFactId: string;
  let beforeCorrection: string;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    const lead = ledger.as('secretariat');
    compactId = (
      await lead.post('/compacts').send({ title: 'Haringey and Islington Wellbeing Partnership Agreement', covers: 'Haringey and Islington' }).expect(201)
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
      .send({ factId: signatureFactId, reason: 'The paper is dated 25 May 2017', fact: 'signature', signedOn: '2017-05-25' })
      .expect(201);
    const admissionFactId = (await lead.get(`/compacts/${compactId}/partners`).expect(200)).body[0].memberships[0].admissionFactId;
    const corrected = await lead
      .post(`/compacts/${compactId}/corrections`)
      .send({ factId: admissionFactId, reason: 'Admitted at the April board', fact: 'admission', effectiveOn: '2017-04-20' })
      .expect(201);
    await lead.get(`/compacts/${compactId}?minPosition=${corrected.body.position}`).expect(200);
  });
  afterAll(() => ledger.stop());

  const statusOn = async (date: string) => (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=${date}`).expect(200)).body.status;

  it('shows the term, and the status before, during and after it', async () => {
    const compact = (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=2017-07-01`).expect(200)).body;
    expect(compact.term).toMatchObject({ inForceRule: 'explicit-decision', effectiveFrom: '2017-06-01', expiresOn: '2020-03-31', refreshDueBy: '2018-03-31' });
    expect(await statusOn('2017-04-01')).toBe('draft');
    expect(await statusOn('2017-05-15')).toBe('open-for-signature');
    expect(await statusOn('2017-06-01')).toBe('in-force');
    expect(await statusOn('2018-03-31')).toBe('in-force');
    expect(await statusOn('2018-04-01')).toBe('refresh-overdue');
    expect(await statusOn('2020-04-01')).toBe('expired');
  });

  it('a correction: the effective axis shows the corrected date, the recorded axis what the ledger showed before it', async () => {
    const now = (await ledger.as('regulator').get(`/compacts/${compactId}/signatures`).expect(200)).body[0];
    expect(now).toMatchObject({ signedOn: '2017-05-25', corrected: true });

    const history = (await ledger.as('regulator').get(`/compacts/${compactId}/history`).expect(200)).body;
    expect(history.map((e: { type: string }) => e.type)).toContain('PartnerSigned');
    expect(history.find((e: { type: string }) => e.type === 'PartnerSigned').data.signedOn).toBe('2017-05-21');
    expect(history[history.length - 2]).toMatchObject({ type: 'EventCorrected', data: { factId: signatureFactId, previous: { signedOn: '2017-05-21' } } });

    const recordedThen = (await ledger.as('regulator').get(`/compacts/${compactId}?asOf=${beforeCorrection}&axis=recorded`).expect(200)).body;
    expect(recordedThen.asOf.axis).toBe('recorded');
    expect(recordedThen.partners[0].memberships[0].from).toBe('2017-05-01');
    const recordedNow = (await ledger.as('regulator').get(`/compacts/${compactId}?axis=recorded`).expect(200)).body;
    expect(recordedNow.partners[0].memberships[0].from).toBe('2017-04-20');
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
    expect(await rowOn('asOf=2017-05-26')).toMatchObject({ status: 'signed', signedOn: '2017-05-25' });
    expect(await rowOn(`asOf=${beforeCorrection}&axis=recorded`)).toMatchObject({ status: 'signed', signedOn: '2017-05-21', corrected: false });
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
    ['corrections', { factId: 'not-a-uuid', reason: 'r', fact: 'signature' }, 'factId'],
    ['corrections', { factId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', reason: 'r', fact: 'decision' }, 'fact'],
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
      .send({ factId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f', reason: 'r', fact: 'signature', signedOn: '2017-05-26' })
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

describe('Corrections of every field the domain says is correctable, over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    const lead = ledger.as('secretariat');
    compactId = (await lead.post('/compacts').send({ title: 'Delivering Together', covers: 'South Kent Coast' }).expect(201)).body.id;
    await lead
      .post(`/compacts/${compactId}/versions`)
      .send({ label: '1', note: 'Draft Compact Agreement', dated: '2015-06-01', sections: [{ number: '1', text: 'Working as one system.' }] })
      .expect(201);
    await lead
      .post(`/compacts/${compactId}/partners`)
      .send({
        organisationId: 'kent-county-council',
        name: 'Kent County Council',
        organisationType: 'nhs-trust',
        lead: { name: 'A Lead', role: 'Leader' },
        effectiveOn: '2015-06-01',
      })
      .expect(201);
    await lead
      .post(`/compacts/${compactId}/endorsements`)
      .send({ organisationId: 'kent-county-council', versionLabel: '1', boardName: 'Cabinet', meetingDate: '2015-07-01', outcome: 'endorsed' })
      .expect(201);
    const hash = (await lead.get(`/compacts/${compactId}/versions/1?minPosition=${await ledger.headPosition()}`).expect(200)).body.contentHash;
    await lead
      .post(`/compacts/${compactId}/signatures`)
      .send({
        organisationId: 'kent-county-council',
        versionLabel: '1',
        contentHash: hash,
        signatory: { name: 'A Lead', role: 'Leader' },
        signedOn: '2015-08-01',
        signifies: [],
      })
      .expect(201);
  });
  afterAll(() => ledger.stop());

  const read = async (path: string) =>
    (
      await ledger
        .as('regulator')
        .get(`/compacts/${compactId}${path}?minPosition=${await ledger.headPosition()}`)
        .expect(200)
    ).body;

  it("an endorsement's outcome, concerns and the board's reason", async () => {
    const [endorsement] = await read('/endorsements');
    await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/corrections`)
      .send({
        factId: endorsement.factId,
        reason: 'The minutes record concerns',
        fact: 'endorsement',
        outcome: 'endorsed-with-concerns',
        concerns: [{ concern: 'No reference to parity of esteem', response: 'A standing agenda item' }],
        endorsementReason: 'Endorsed subject to the response',
      })
      .expect(201);
    expect((await read('/endorsements'))[0]).toMatchObject({
      outcome: 'endorsed-with-concerns',
      concerns: [{ concern: 'No reference to parity of esteem', response: 'A standing agenda item' }],
      reason: 'Endorsed subject to the response',
    });
  });

  it("a signature's significance and an admission's organisation type", async () => {
    const [signature] = await read('/signatures');
    await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/corrections`)
      .send({ factId: signature.factId, reason: 'Section 9 of the paper', fact: 'signature', signifies: ['agrees-principles'] })
      .expect(201);
    expect((await read('/signatures'))[0]).toMatchObject({ signifies: ['agrees-principles'], corrected: true });

    const [partner] = await read('/partners');
    await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/corrections`)
      .send({ factId: partner.memberships[0].admissionFactId, reason: 'A council, not a trust', fact: 'admission', organisationType: 'local-authority' })
      .expect(201);
    expect((await read('/partners'))[0]).toMatchObject({ organisationType: 'local-authority' });
  });

  it('a correctable field of another kind of fact is refused by rule, nothing appended', async () => {
    const [signature] = await read('/signatures');
    const before = await ledger.headPosition();
    const refused = await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/corrections`)
      .send({ factId: signature.factId, reason: 'r', fact: 'signature', outcome: 'declined' })
      .expect(422);
    expect(refused.body.rule).toBeDefined();
    expect(await ledger.headPosition()).toBe(before);
  });
});
