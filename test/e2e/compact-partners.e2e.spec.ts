import { LedgerTestApp } from '../support/ledger-test-app';

/*
 * A hand-made example after 003's signature page (signatures dated 25 Aug and 10 Sept 2015,
 * one slot left blank): the version's date, the admissions and the roles are the example's.
 * The seeds themselves are loaded from their papers in seeds.e2e.
 */
const ROLE_NOT_ON_PAPER = 'signatory (role not given on the paper)';
const exact = (value: string) => ({ asWritten: null, precision: 'exact', value, assumed: null });
const kentPartners = [
  {
    organisationId: 'south-kent-coast-ccg',
    name: 'South Kent Coast Clinical Commissioning Group',
    organisationType: 'clinical-commissioning-group',
    signatory: 'Hazel Carpenter',
    signedOn: '2015-08-25',
  },
  {
    organisationId: 'east-kent-hospitals',
    name: 'East Kent Hospitals University Foundation Trust',
    organisationType: 'foundation-trust',
    signatory: 'Chris Bown',
    signedOn: '2015-08-25',
  },
  {
    organisationId: 'secamb',
    name: 'South East Coast Ambulance Service',
    organisationType: 'ambulance-service',
    signatory: 'Paul Sutton',
    signedOn: '2015-09-10',
  },
  { organisationId: 'kent-county-council', name: 'Kent County Council', organisationType: 'local-authority', signatory: null, signedOn: null },
];

describe('Partners, endorsements and signatures over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  let contentHash: string;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    await ledger.signIn('partner', 'secamb');
    await ledger.signIn('partner', 'kent-county-council');
    const lead = ledger.as('secretariat');
    compactId = (await lead.post('/compacts').send({ title: 'An example compact', covers: 'Example' }).expect(201))
      .body.id;
    await lead
      .post(`/compacts/${compactId}/versions`)
      .send({
        label: '1',
        note: 'Draft Compact Agreement 2015-2018',
        dated: '2015-08-01',
        sections: [{ number: '1', heading: 'Forward', text: "This Compact captures each organisation's commitment to partnership working." }],
      })
      .expect(201);
    for (const p of kentPartners) {
      await lead
        .post(`/compacts/${compactId}/partners`)
        .send({
          organisationId: p.organisationId,
          name: p.name,
          organisationType: p.organisationType,
          lead: { name: p.signatory ?? 'Not named on the paper', role: ROLE_NOT_ON_PAPER },
          effectiveOn: '2015-08-01',
        })
        .expect(201);
    }
    contentHash = (await lead.get(`/compacts/${compactId}/versions/1?minPosition=${await ledger.headPosition()}`).expect(200)).body.contentHash;
    for (const p of kentPartners.filter((k) => k.signatory && k.organisationId !== 'secamb')) {
      await lead
        .post(`/compacts/${compactId}/signatures`)
        .send({
          organisationId: p.organisationId,
          versionLabel: '1',
          contentHash,
          signatory: { name: p.signatory, role: ROLE_NOT_ON_PAPER },
          signedOn: p.signedOn,
          signifies: [],
        })
        .expect(201);
    }
  });
  afterAll(() => ledger.stop());

  it('a partner signs for its own organisation, with the hash of the text it read', async () => {
    const signed = await ledger
      .as('partner', 'secamb')
      .post(`/compacts/${compactId}/signatures`)
      .send({
        organisationId: 'secamb',
        versionLabel: '1',
        contentHash,
        signatory: { name: 'Paul Sutton', role: ROLE_NOT_ON_PAPER },
        signedOn: '2015-09-10',
        signifies: [],
      })
      .expect(201);
    const [event] = await ledger.store.readStream(`compact-${compactId}`, { fromRevision: signed.body.streamRevision });
    expect(event).toMatchObject({ type: 'PartnerSigned', metadata: { actor: { role: 'partner', organisation: 'secamb' }, effectiveAt: '2015-09-10' } });
  });

  it("the register: who signed version 1 and on which date, and Kent County Council's unsigned slot as a row", async () => {
    const register = (
      await ledger
        .as('regulator')
        .get(`/compacts/${compactId}/signatures?minPosition=${await ledger.headPosition()}`)
        .expect(200)
    ).body;
    expect(
      register.map((r: { organisationId: string; status: string; signatory: { name: string } | null; signedOn: string | null }) => [
        r.organisationId,
        r.status,
        r.signatory?.name ?? null,
        r.signedOn,
      ]),
    ).toEqual(kentPartners.map((p) => [p.organisationId, p.signatory ? 'signed' : 'not-signed', p.signatory, p.signedOn && exact(p.signedOn)]));
    for (const row of register) {
      expect(row.contentHash).toBe(contentHash);
      if (row.status === 'signed') expect(new Date(row.recordedAt).getFullYear()).toBeGreaterThanOrEqual(2026);
    }
  });

  it('a partner may not sign for another organisation: 403, nothing appended', async () => {
    const before = await ledger.headPosition();
    const refused = await ledger
      .as('partner', 'secamb')
      .post(`/compacts/${compactId}/signatures`)
      .send({
        organisationId: 'kent-county-council',
        versionLabel: '1',
        contentHash,
        signatory: { name: 'Someone', role: 'Leader' },
        signedOn: '2015-09-11',
        signifies: [],
      })
      .expect(403);
    expect(refused.body.detail).toContain('not for kent-county-council');
    expect(await ledger.headPosition()).toBe(before);
  });

  it("a signature on text that is not the version's hash is refused by rule, nothing appended", async () => {
    const before = await ledger.headPosition();
    const refused = await ledger
      .as('partner', 'kent-county-council')
      .post(`/compacts/${compactId}/signatures`)
      .send({
        organisationId: 'kent-county-council',
        versionLabel: '1',
        contentHash: 'f'.repeat(64),
        signatory: { name: 'Someone', role: 'Leader' },
        signedOn: '2015-09-11',
        signifies: [],
      })
      .expect(422);
    expect(refused.body.rule).toBe('signature-hash-mismatch');
    expect(await ledger.headPosition()).toBe(before);
  });

  it('records a board endorsement with concerns and their responses', async () => {
    const lead = ledger.as('secretariat');
    const notts = (
      await lead.post('/compacts').send({ title: 'Another example compact', covers: 'Example' }).expect(201)
    ).body.id;
    await lead
      .post(`/compacts/${notts}/versions`)
      .send({ label: '1', note: 'For endorsement', dated: '2016-03-01', sections: [{ number: '1', text: 'Introduction' }] })
      .expect(201);
    await lead
      .post(`/compacts/${notts}/partners`)
      .send({
        organisationId: 'nottingham-city-council',
        name: 'Nottingham City Council',
        organisationType: 'local-authority',
        lead: { name: 'Not named here', role: ROLE_NOT_ON_PAPER },
        effectiveOn: '2016-03-01',
      })
      .expect(201);
    const concerns = [
      {
        concern: 'There is no reference to parity of esteem in the Compact',
        response:
          'Although this is not referenced specifically in the Compact, parity of esteem is a standing agenda item on all South Nottinghamshire Transformation Board meetings.',
      },
      {
        concern: 'There is no democratic representation on the South Nottinghamshire Transformation Board',
        response: 'This is being progressed via discussions with Councillor Norris.',
      },
    ];
    const recorded = await lead
      .post(`/compacts/${notts}/endorsements`)
      .send({
        organisationId: 'nottingham-city-council',
        versionLabel: '1',
        boardName: 'Health and Wellbeing Board',
        meetingDate: '2016-03-30',
        outcome: 'endorsed-with-concerns',
        concerns,
      })
      .expect(201);
    const endorsements = (
      await ledger.as('partner', 'kent-county-council').get(`/compacts/${notts}/endorsements?minPosition=${recorded.body.position}`).expect(200)
    ).body;
    expect(endorsements).toEqual([
      expect.objectContaining({
        organisationId: 'nottingham-city-council',
        outcome: 'endorsed-with-concerns',
        boardName: 'Health and Wellbeing Board',
        meetingDate: exact('2016-03-30'),
        concerns,
        assumption: null,
        corrected: false,
      }),
    ]);
  });

  it('partners show their membership periods; one asked to leave keeps its earlier membership in the record', async () => {
    const lead = ledger.as('secretariat');
    // The basis must name something that exists on this compact: a dispute raised under it, with the council a party.
    await lead
      .post(`/compacts/${compactId}/escalation-path`)
      .send({ levels: [{ level: 1, name: 'Level 1', whoActs: 'The parties', mediation: false, independentChair: false }], note: 'Example', effectiveOn: '2015-08-01' })
      .expect(201);
    const dispute = await lead
      .post('/disputes')
      .send({ compactId, raisedBy: 'secamb', against: ['kent-county-council'], about: [{ kind: 'section', ref: '1' }], summary: 'Not acting for the collective good', raisedOn: '2016-03-01' })
      .expect(201);
    const left = await lead
      .post(`/compacts/${compactId}/partners/kent-county-council/expulsion`)
      .send({
        reason: 'No change after concerns were reflected with evidence',
        basis: { kind: 'dispute', reference: dispute.body.id },
        effectiveOn: '2016-06-01',
      })
      .expect(201);
    const partners = (await ledger.as('regulator').get(`/compacts/${compactId}/partners?minPosition=${left.body.position}`).expect(200)).body;
    const kcc = partners.find((p: { organisationId: string }) => p.organisationId === 'kent-county-council');
    expect(kcc.memberships).toEqual([
      expect.objectContaining({
        from: exact('2015-08-01'),
        until: exact('2016-06-01'),
        ending: expect.objectContaining({ kind: 'asked-to-leave', basis: { kind: 'dispute', reference: dispute.body.id } }),
      }),
    ]);
  });

  it.each([
    [
      'an unknown organisation type',
      'partners',
      { organisationId: 'x-org', name: 'X', organisationType: 'bank', lead: { name: 'a', role: 'b' }, effectiveOn: '2015-08-01' },
      'organisationType',
    ],
    [
      'an organisation id that is not a slug',
      'partners',
      { organisationId: 'Kent CC', name: 'X', organisationType: 'local-authority', lead: { name: 'a', role: 'b' }, effectiveOn: '2015-08-01' },
      'organisationId',
    ],
    [
      'a hash that is not SHA-256 hex',
      'signatures',
      { organisationId: 'secamb', versionLabel: '1', contentHash: 'abc', signatory: { name: 'a', role: 'b' }, signedOn: '2015-09-10', signifies: [] },
      'contentHash',
    ],
    [
      'an unknown significance',
      'signatures',
      {
        organisationId: 'secamb',
        versionLabel: '1',
        contentHash: 'a'.repeat(64),
        signatory: { name: 'a', role: 'b' },
        signedOn: '2015-09-10',
        signifies: ['everything'],
      },
      'signifies',
    ],
    ['a withdrawal without a reason', 'partners/secamb/withdrawal', { noticeGivenOn: '2016-01-01', effectiveOn: '2016-03-31' }, 'reason'],
    [
      'a withdrawal with a date in words',
      'partners/secamb/withdrawal',
      { noticeGivenOn: 'January 2016', effectiveOn: '2016-03-31', reason: 'r' },
      'noticeGivenOn',
    ],
    [
      'an expulsion on an unknown basis',
      'partners/secamb/expulsion',
      { reason: 'r', basis: { kind: 'rumour', reference: 'x' }, effectiveOn: '2016-06-01' },
      'basis.kind',
    ],
    [
      'a lead given as a list',
      'partners',
      { organisationId: 'x-org', name: 'X', organisationType: 'local-authority', lead: [{ name: 'a', role: 'b' }], effectiveOn: '2015-08-01' },
      'lead',
    ],
    [
      'a field in the signatory named after an inherited member (valueOf)',
      'signatures',
      {
        organisationId: 'secamb',
        versionLabel: '1',
        contentHash: 'a'.repeat(64),
        signatory: { name: 'a', role: 'b', valueOf: 'x' },
        signedOn: '2015-09-10',
        signifies: [],
      },
      'signatory.valueOf',
    ],
    [
      'a signatory given as a list',
      'signatures',
      {
        organisationId: 'secamb',
        versionLabel: '1',
        contentHash: 'a'.repeat(64),
        signatory: [{ name: 'a', role: 'b' }],
        signedOn: '2015-09-10',
        signifies: [],
      },
      'signatory',
    ],
    [
      'an expulsion basis given as a list',
      'partners/secamb/expulsion',
      { reason: 'r', basis: [{ kind: 'dispute', reference: 'x' }], effectiveOn: '2016-06-01' },
      'basis',
    ],
    [
      'an endorsement outcome that is not one of three',
      'endorsements',
      { organisationId: 'secamb', versionLabel: '1', boardName: 'B', meetingDate: '2015-09-01', outcome: 'maybe' },
      'outcome',
    ],
  ])('bad input is 400 naming the field, nothing appended: %s', async (_name, route, body, field) => {
    const before = await ledger.headPosition();
    const response = await ledger.as('secretariat').post(`/compacts/${compactId}/${route}`).send(body).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await ledger.headPosition()).toBe(before);
  });

  it('the register on a date has no slot for a partner admitted after it; today it has one, unsigned', async () => {
    const admitted = await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/partners`)
      .send({
        organisationId: 'healthwatch-kent',
        name: 'Healthwatch Kent',
        organisationType: 'healthwatch',
        lead: { name: 'H Chair', role: 'Chair' },
        effectiveOn: '2016-01-01',
      })
      .expect(201);
    const register = async (query: string) =>
      (await ledger.as('regulator').get(`/compacts/${compactId}/signatures?minPosition=${admitted.body.position}${query}`).expect(200)).body.map(
        (r: { organisationId: string; status: string }) => [r.organisationId, r.status],
      );
    const partnersOn = async (date: string) =>
      (await ledger.as('regulator').get(`/compacts/${compactId}/partners?asOf=${date}`).expect(200)).body.map(
        (p: { organisationId: string }) => p.organisationId,
      );
    expect(await register('&asOf=2015-09-15')).not.toContainEqual(['healthwatch-kent', 'not-signed']);
    expect(await partnersOn('2015-09-15')).not.toContain('healthwatch-kent');
    expect(await register('')).toContainEqual(['healthwatch-kent', 'not-signed']);
    expect(await register('&asOf=2016-01-01')).toContainEqual(['healthwatch-kent', 'not-signed']);
  });

  it.each([
    [
      'a signature',
      'signatures',
      { organisationId: 'kent-county-council', versionLabel: '1', signatory: { name: 'Paul Carter', role: 'Leader' }, signifies: [] },
      'signedOn',
    ],
    ['an endorsement', 'endorsements', { organisationId: 'kent-county-council', versionLabel: '1', boardName: 'Cabinet', outcome: 'endorsed' }, 'meetingDate'],
    ['notice of withdrawal', 'partners/kent-county-council/withdrawal', { reason: 'r', effectiveOn: '2030-01-01' }, 'noticeGivenOn'],
  ])('%s dated after today is 400 naming the date, nothing appended', async (_name, route, body, field) => {
    const before = await ledger.headPosition();
    const dated = { ...body, ...(route === 'signatures' ? { contentHash } : {}), [field]: '2999-01-01' };
    const response = await ledger.as('secretariat').post(`/compacts/${compactId}/${route}`).send(dated).expect(400);
    expect(response.body.errors).toEqual([{ field, message: expect.stringContaining('2999-01-01 has not come yet') }]);
    expect(await ledger.headPosition()).toBe(before);
  });

  it('a signature dated today (UTC) is recorded: the date a partner signs on is never refused for its time zone', async () => {
    const lead = ledger.as('secretariat');
    await lead
      .post(`/compacts/${compactId}/partners`)
      .send({
        organisationId: 'medway-council',
        name: 'Medway Council',
        organisationType: 'local-authority',
        lead: { name: 'M Leader', role: 'Leader' },
        effectiveOn: '2016-01-01',
      })
      .expect(201);
    const today = new Date().toISOString().slice(0, 10);
    const signed = await lead
      .post(`/compacts/${compactId}/signatures`)
      .send({
        organisationId: 'medway-council',
        versionLabel: '1',
        contentHash,
        signatory: { name: 'M Leader', role: 'Leader' },
        signedOn: today,
        signifies: [],
      })
      .expect(201);
    const [event] = await ledger.store.readStream(`compact-${compactId}`, { fromRevision: signed.body.streamRevision });
    expect(event).toMatchObject({ type: 'PartnerSigned', metadata: { effectiveAt: today } });
  });
});
