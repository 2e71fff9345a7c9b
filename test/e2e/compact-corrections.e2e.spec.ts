import { seedFacts } from '@compact-ledger/seed-papers';
import { httpLedgerClient, loadSeedCompact, organisationIdOf, seedCompactOf } from '../fixtures/seeds';
import { LedgerTestApp } from '../support/ledger-test-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const exact = (value: string) => ({ asWritten: null, precision: 'exact', value, assumed: null });

/**
 * Corrections over HTTP: every kind of fact corrected by a new event naming it, the original
 * kept in the history; several corrections appended together or not at all; a version's date
 * and an endorsement's corrected in either order or together; and the compact read models
 * rebuilt from the events answering exactly as they did live.
 */
describe('Corrections of every kind of fact, over HTTP', () => {
  let ledger: LedgerTestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    const client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    for (const paper of ['000', '001', '002', '003', '004'] as const) ids[paper] = (await loadSeedCompact(client, seedCompactOf(paper))).id;
  });
  afterAll(() => ledger.stop());

  const lead = () => ledger.as('secretariat');
  const read = async (path: string) => (await ledger.as('regulator').get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${await ledger.headPosition()}`).expect(200)).body;
  const correct = (compactId: string, ...corrections: Array<{ factId: string; reason: string; correction: object }>) =>
    lead().post(`/compacts/${compactId}/corrections`).send({ corrections });
  const lastEvent = async (compactId: string) => (await read(`/compacts/${compactId}/history`)).at(-1);

  it("a version's date and note (000 V1.1: the year the ledger assumed given another basis; the note as written)", async () => {
    const [, v11] = await read(`/compacts/${ids['000']}/versions`);
    const dated = { asWritten: '28.1', value: '2013-01-28', assumed: { parts: ['year'], between: null, basis: 'The Chief Officers Group minutes of January 2013 (example of a basis)' } };
    await correct(ids['000'], { factId: v11.factId, reason: 'A second source for the year', correction: { fact: 'version', dated, note: 'Minor amendment to V1.' } }).expect(201);
    const after = (await read(`/compacts/${ids['000']}/versions`))[1];
    expect(after).toMatchObject({ note: 'Minor amendment to V1.', dated: { precision: 'exact', assumed: { basis: dated.assumed.basis } }, corrected: true });
    expect(await lastEvent(ids['000'])).toMatchObject({ type: 'EventCorrected', data: { factId: v11.factId, correctedEventType: 'CompactVersionPublished', previous: { note: 'Minor amendment to V1' } } });
    // The original event stays as it was.
    const history = await read(`/compacts/${ids['000']}/history`);
    expect(history.find((e: Json) => e.data.factId === v11.factId).data.note).toBe('Minor amendment to V1');
  });

  it("an admission's date, name and type (001 Nottingham City Council: joined by September 2014, to the month)", async () => {
    const council = (await read(`/compacts/${ids['001']}/partners`)).find((p: Json) => p.name === 'Nottingham City Council');
    const factId = council.memberships[0].admissionFactId;
    await correct(ids['001'], { factId, reason: 'The terms of reference list it in September 2014', correction: { fact: 'admission', effectiveOn: '2014-09' } }).expect(201);
    const after = (await read(`/compacts/${ids['001']}/partners`)).find((p: Json) => p.organisationId === council.organisationId);
    expect(after.memberships[0]).toMatchObject({ from: { precision: 'month', value: '2014-09' }, corrected: true });
    // Moved after the CEG's endorsement of 2 December 2014, the endorsement would fall outside its membership.
    const refused = await correct(ids['001'], { factId, reason: 'r', correction: { fact: 'admission', effectiveOn: '2015-01-01' } }).expect(422);
    expect(refused.body.rule).toBe('partner-not-member');
  });

  it("a withdrawal's dates and reason, and an asked-to-leave's date, reason and basis (004)", async () => {
    const nmuh = organisationIdOf('North Middlesex Hospital NHS Trust');
    await lead().post(`/compacts/${ids['004']}/partners/${nmuh}/withdrawal`).send({ noticeGivenOn: '2018-01-15', effectiveOn: '2018-04-01', reason: 'Realigning' }).expect(201);
    const withdrawal = (await read(`/compacts/${ids['004']}/partners`)).find((p: Json) => p.organisationId === nmuh).memberships[0].ending;
    await correct(ids['004'], { factId: withdrawal.factId, reason: 'The letter', correction: { fact: 'withdrawal', noticeGivenOn: '2018-01-31', effectiveOn: '2018-05-01', reason: 'Realigning with Enfield' } }).expect(201);
    const withdrawn = (await read(`/compacts/${ids['004']}/partners`)).find((p: Json) => p.organisationId === nmuh).memberships[0];
    expect(withdrawn).toMatchObject({ until: exact('2018-05-01'), ending: { noticeGivenOn: exact('2018-01-31'), reason: 'Realigning with Enfield', corrected: true } });
    const beforeNotice = await correct(ids['004'], { factId: withdrawal.factId, reason: 'r', correction: { fact: 'withdrawal', effectiveOn: '2018-01-01' } }).expect(422);
    expect(beforeNotice.body.rule).toBe('withdrawal-before-notice');

    const igpf = organisationIdOf('Islington GP Federation');
    const islington = organisationIdOf('London Borough of Islington');
    const raise = (raisedOn: string) =>
      lead()
        .post('/disputes')
        .send({ compactId: ids['004'], raisedBy: islington, against: [igpf], about: [{ kind: 'commitment', ref: 'Commitment 2' }], summary: 'Not acting for the collective good', raisedOn })
        .expect(201);
    const first = (await raise('2018-06-01')).body.id;
    const second = (await raise('2018-07-01')).body.id;
    await lead().post(`/compacts/${ids['004']}/partners/${igpf}/expulsion`).send({ reason: 'In extremis', basis: { kind: 'dispute', reference: first }, effectiveOn: '2018-09-30' }).expect(201);
    const asked = (await read(`/compacts/${ids['004']}/partners`)).find((p: Json) => p.organisationId === igpf).memberships[0].ending;
    await correct(ids['004'], { factId: asked.factId, reason: 'The later dispute', correction: { fact: 'asked-to-leave', basis: { kind: 'dispute', reference: second }, effectiveOn: '2018-10-31' } }).expect(201);
    const ended = (await read(`/compacts/${ids['004']}/partners`)).find((p: Json) => p.organisationId === igpf).memberships[0];
    expect(ended).toMatchObject({ until: exact('2018-10-31'), ending: { basis: { kind: 'dispute', reference: second }, corrected: true } });
    // The corrected basis is checked as the original was: a dispute that does not exist is refused.
    const missing = await correct(ids['004'], { factId: asked.factId, reason: 'r', correction: { fact: 'asked-to-leave', basis: { kind: 'dispute', reference: 'no-such-dispute' } } }).expect(422);
    expect(missing.body.rule).toBe('referenced-dispute-not-found');
    // Its date moved before the dispute it rests on was raised: refused.
    const early = await correct(ids['004'], { factId: asked.factId, reason: 'r', correction: { fact: 'asked-to-leave', effectiveOn: '2018-06-15' } }).expect(422);
    expect(early.body.rule).toBe('referenced-dispute-later');
  });

  it("an endorsement's board, date, outcome and concerns, and a request's board (001)", async () => {
    const [endorsement] = await read(`/compacts/${ids['001']}/endorsements`);
    const concerns = endorsement.concerns.map((c: Json, i: number) => (i === 0 ? { ...c, response: `${c.response} (as minuted)` } : c));
    await correct(ids['001'], { factId: endorsement.factId, reason: 'The minutes', correction: { fact: 'endorsement', concerns, boardName: 'Commissioning Executive Group' } }).expect(201);
    expect((await read(`/compacts/${ids['001']}/endorsements`))[0]).toMatchObject({ concerns, boardName: 'Commissioning Executive Group', corrected: true });
    const declined = await correct(ids['001'], { factId: endorsement.factId, reason: 'r', correction: { fact: 'endorsement', outcome: 'endorsed' } }).expect(422);
    expect(declined.body.rule).toBe('concerns-without-concerned-outcome');
    const [request] = await read(`/compacts/${ids['001']}/endorsement-requests`);
    await correct(ids['001'], { factId: request.factId, reason: 'Its full name', correction: { fact: 'endorsement-request', boardName: 'Nottingham City Health and Wellbeing Board' } }).expect(201);
    expect((await read(`/compacts/${ids['001']}/endorsement-requests`))[0]).toMatchObject({ boardName: 'Nottingham City Health and Wellbeing Board', corrected: true });
  });

  it("a signature's signatory and date (003 SECAMB), a term's dates (003 2015-2018) and the current escalation path's note", async () => {
    const secamb = (await read(`/compacts/${ids['003']}/signatures`)).find((r: Json) => r.organisation === 'South East Coast Ambulance Service (SECAMB)');
    await correct(ids['003'], { factId: secamb.factId, reason: 'Role from the trust board papers', correction: { fact: 'signature', signatory: { name: 'Paul Sutton', role: 'Chief Executive' } } }).expect(201);
    expect((await read(`/compacts/${ids['003']}/signatures`)).find((r: Json) => r.factId === secamb.factId)).toMatchObject({ signatory: { role: 'Chief Executive' }, corrected: true });
    const tooEarly = await correct(ids['003'], { factId: secamb.factId, reason: 'r', correction: { fact: 'signature', signedOn: '2014-08' } }).expect(422);
    expect(tooEarly.body.rule).toBe('signature-before-version');

    const { term } = await read(`/compacts/${ids['003']}`);
    await correct(ids['003'], { factId: term.factId, reason: 'The term as agreed', correction: { fact: 'term', expiresOn: '2018-03-31' } }).expect(201);
    expect((await read(`/compacts/${ids['003']}`)).term).toMatchObject({ expiresOn: exact('2018-03-31'), effectiveFrom: { precision: 'year' }, corrected: true });
    const outOfOrder = await correct(ids['003'], { factId: term.factId, reason: 'r', correction: { fact: 'term', expiresOn: '2014' } }).expect(422);
    expect(outOfOrder.body.rule).toBe('term-dates-out-of-order');

    const path = await read(`/compacts/${ids['003']}/escalation-path`);
    await correct(ids['003'], { factId: path.factId, reason: 'Cite the heading exactly', correction: { fact: 'escalation-path', note: 'Ensuring the Compact is sustainable (heading)' } }).expect(201);
    expect(await read(`/compacts/${ids['003']}/escalation-path`)).toMatchObject({ note: 'Ensuring the Compact is sustainable (heading)', corrected: true });
  });

  it("a coming into force by decision (004), a termination (002) and a supersession's successor", async () => {
    const [inForce] = (await read(`/compacts/${ids['004']}?asOf=2017-06-01`)).inForce;
    await correct(ids['004'], { factId: inForce.factId, reason: 'The paper\'s words in full', correction: { fact: 'in-force', decisionReference: 'Date effective: 1 June 2017 (Partnership Agreement)' } }).expect(201);
    expect((await read(`/compacts/${ids['004']}?asOf=2017-06-01`)).inForce[0]).toMatchObject({ decisionReference: 'Date effective: 1 June 2017 (Partnership Agreement)', corrected: true });

    await lead().post(`/compacts/${ids['002']}/termination`).send({ effectiveOn: '2014-03-31', reason: 'Example: replaced', decisionReference: null }).expect(201);
    const terminated = await lastEvent(ids['002']);
    await correct(ids['002'], { factId: terminated.data.factId, reason: 'The reason given', correction: { fact: 'termination', reason: 'Example: replaced by the Caring Together programme' } }).expect(201);
    const beforeItsFacts = await correct(ids['002'], { factId: terminated.data.factId, reason: 'r', correction: { fact: 'termination', effectiveOn: '2009-01-01' } }).expect(422);
    expect(beforeItsFacts.body.rule).toBe('closure-before-recorded-facts');

    const example = (await lead().post('/compacts').send({ title: 'An example compact', covers: 'Example' }).expect(201)).body.id;
    await lead().post(`/compacts/${example}/supersession`).send({ successorCompactId: ids['002'], effectiveOn: '2016-01-01', reason: 'Example', decisionReference: null }).expect(201);
    const superseded = await lastEvent(example);
    await correct(example, { factId: superseded.data.factId, reason: 'The other one', correction: { fact: 'supersession', successorCompactId: ids['003'] } }).expect(201);
    const nowhere = await correct(example, { factId: superseded.data.factId, reason: 'r', correction: { fact: 'supersession', successorCompactId: '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f' } }).expect(422);
    expect(nowhere.body.rule).toBe('referenced-compact-not-found');
  });

  it('refusals change nothing: an unknown fact, the wrong kind, a field the kind does not have, one bad correction of several', async () => {
    const before = await ledger.headPosition();
    const [endorsement] = await read(`/compacts/${ids['001']}/endorsements`);
    expect((await correct(ids['001'], { factId: 'no-such-fact', reason: 'r', correction: { fact: 'signature', signedOn: '2015-01-01' } }).expect(422)).body.rule).toBe('correction-target-unknown');
    expect((await correct(ids['001'], { factId: endorsement.factId, reason: 'r', correction: { fact: 'signature', signedOn: '2015-01-01' } }).expect(422)).body.rule).toBe('correction-target-mismatch');
    expect((await correct(ids['001'], { factId: endorsement.factId, reason: 'r', correction: { fact: 'endorsement', signedOn: '2015-01-01' } }).expect(422)).body.rule).toBe('field-not-correctable');
    const mixed = await correct(
      ids['001'],
      { factId: endorsement.factId, reason: 'fine', correction: { fact: 'endorsement', reason: 'As minuted' } },
      { factId: endorsement.factId, reason: 'twice', correction: { fact: 'endorsement', boardName: 'CEG' } },
    ).expect(422);
    expect(mixed.body.rule).toBe('fact-corrected-twice');
    expect(await ledger.headPosition()).toBe(before);
  });

  it('rebuilt from the events, the compact read models answer every read exactly as they did live, after corrections of each kind', async () => {
    const compacts = (await read('/compacts?limit=500')).map((c: Json) => c.compactId);
    const paths = [
      '/compacts?limit=500',
      '/compacts?status=in-force&on=2018-01-01',
      ...compacts.flatMap((id: string) => [
        `/compacts/${id}`,
        `/compacts/${id}?asOf=2015-09-01`,
        `/compacts/${id}?asOf=2015-09-01&assume=earliest`,
        `/compacts/${id}?asOf=2018-06-01&assume=latest`,
        `/compacts/${id}/versions`,
        `/compacts/${id}/partners`,
        `/compacts/${id}/partners?asOf=2018-06-01`,
        `/compacts/${id}/endorsements`,
        `/compacts/${id}/endorsement-requests`,
        `/compacts/${id}/signatures`,
        `/compacts/${id}/signatures?asOf=2015-09-01`,
      ]),
      `/compacts/${ids['000']}/diff?from=1&to=6.0`,
    ];
    const answers = async () => {
      const shown: Record<string, unknown> = {};
      for (const path of paths) {
        const response = await ledger.as('regulator').get(path);
        // "today" moves on, and with it nothing these reads show.
        shown[path] = { status: response.status, body: response.body };
      }
      for (const id of compacts) {
        // A compact without a path answers 404: its problem details carry the request's own correlation id.
        const { correlationId: _c, ...path } = (await ledger.as('regulator').get(`/compacts/${id}/escalation-path`)).body;
        shown[`${id}/escalation-path`] = path;
      }
      return shown;
    };
    await read('/compacts');
    const live = await answers();
    const head = await ledger.headPosition();
    for (const name of ['compact_documents_v1', 'compact_versions_v2']) {
      expect((await ledger.as('admin').post(`/admin/projections/${name}/rebuild`).expect(200)).body).toMatchObject({ name, position: head });
    }
    expect(await ledger.headPosition()).toBe(head);
    expect(await answers()).toEqual(live);
    expect(Object.keys(live).length).toBeGreaterThan(60);
  });
});

describe("A version's date and an endorsement's date, corrected in either order or together, over HTTP", () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
  });
  afterAll(() => ledger.stop());

  const lead = () => ledger.as('secretariat');
  const paper = seedFacts('001');
  const sections = [{ number: '1', heading: 'INTRODUCTION', text: 'Example text' }];

  /**
   * A compact recorded with wrong dates: the version and the endorsement typed a few days late
   * (in the first case), or as the ledger first recorded 001 (version, admission and endorsement
   * all 28 January 2015, the board the Health and Wellbeing Board).
   */
  async function recorded(version: string, admission: string, board: string, meeting: string) {
    const id = (await lead().post('/compacts').send({ title: `Example ${version} ${meeting}`, covers: 'Example' }).expect(201)).body.id;
    await lead().post(`/compacts/${id}/versions`).send({ label: '1', note: null, dated: version, sections }).expect(201);
    await lead()
      .post(`/compacts/${id}/partners`)
      .send({ organisationId: 'nottingham-city-council', name: 'Nottingham City Council', organisationType: 'local-authority', lead: null, effectiveOn: admission })
      .expect(201);
    const endorsed = await lead()
      .post(`/compacts/${id}/endorsements`)
      .send({ organisationId: 'nottingham-city-council', versionLabel: '1', boardName: board, meetingDate: meeting, outcome: 'endorsed', concerns: [] })
      .expect(201);
    const history = (await ledger.as('regulator').get(`/compacts/${id}/history?minPosition=${endorsed.body.position}`).expect(200)).body;
    const factOf = (type: string) => history.find((e: Json) => e.type === type).data.factId;
    return { id, version: factOf('CompactVersionPublished'), admission: factOf('PartnerAdmitted'), endorsement: factOf('BoardEndorsementRecorded') };
  }
  const post = (id: string, ...corrections: object[]) => lead().post(`/compacts/${id}/corrections`).send({ corrections });
  const datesOf = async (id: string) => {
    const head = await ledger.headPosition();
    const [version] = (await ledger.as('regulator').get(`/compacts/${id}/versions?minPosition=${head}`).expect(200)).body;
    const [endorsement] = (await ledger.as('regulator').get(`/compacts/${id}/endorsements`).expect(200)).body;
    return [version.dated.value, endorsement.meetingDate.value];
  };

  // Typed late: the version 20 Nov 2014 (the paper: September 2014), the meeting 12 Dec 2014 (the paper: 2 Dec 2014).
  const versionTo = (factId: string) => ({ factId, reason: 'September 2014', correction: { fact: 'version', dated: '2014-09' } });
  const meetingTo = (factId: string, date = '2014-12-02') => ({ factId, reason: 'The minutes', correction: { fact: 'endorsement', meetingDate: date } });

  it('version first, then endorsement', async () => {
    const c = await recorded('2014-11-20', '2014-01-01', 'Board', '2014-12-12');
    await post(c.id, versionTo(c.version)).expect(201);
    await post(c.id, meetingTo(c.endorsement)).expect(201);
    expect(await datesOf(c.id)).toEqual(['2014-09', '2014-12-02']);
  });

  it('endorsement first, then version', async () => {
    const c = await recorded('2014-11-20', '2014-01-01', 'Board', '2014-12-12');
    await post(c.id, meetingTo(c.endorsement)).expect(201);
    await post(c.id, versionTo(c.version)).expect(201);
    expect(await datesOf(c.id)).toEqual(['2014-09', '2014-12-02']);
  });

  it('together in one request, in either order in it', async () => {
    const a = await recorded('2014-11-20', '2014-01-01', 'Board', '2014-12-12');
    await post(a.id, meetingTo(a.endorsement), versionTo(a.version)).expect(201);
    expect(await datesOf(a.id)).toEqual(['2014-09', '2014-12-02']);
    const b = await recorded('2014-11-20', '2014-01-01', 'Board', '2014-12-12');
    await post(b.id, versionTo(b.version), meetingTo(b.endorsement)).expect(201);
    expect(await datesOf(b.id)).toEqual(['2014-09', '2014-12-02']);
  });

  it("001 as the ledger first recorded it, corrected to its paper: the endorsement alone is refused by the rule the record breaks; with the version's date and the admission, together, it is accepted and appended as one", async () => {
    const c = await recorded('2015-01-28', '2015-01-28', 'Health and Wellbeing Board', '2015-01-28');
    const ceg = paper.endorsements[0];
    const endorsement = { factId: c.endorsement, reason: 'The CEG endorsed on 2 December 2014', correction: { fact: 'endorsement', boardName: ceg.body, meetingDate: ceg.meetingDate } };
    const before = await ledger.headPosition();
    const alone = await post(c.id, endorsement).expect(422);
    expect(['partner-not-member', 'endorsement-before-version']).toContain(alone.body.rule);
    expect(await ledger.headPosition()).toBe(before);
    const together = await post(
      c.id,
      endorsement,
      { factId: c.version, reason: 'The paper is undated', correction: { fact: 'version', dated: paper.versions[0].dated } },
      { factId: c.admission, reason: 'The paper gives no date of joining', correction: { fact: 'admission', effectiveOn: { value: null } } },
    ).expect(201);
    expect(together.body.position - before).toBe(3);
    const [version] = (await ledger.as('regulator').get(`/compacts/${c.id}/versions?minPosition=${together.body.position}`).expect(200)).body;
    expect(version.dated).toEqual(JSON.parse(JSON.stringify(paper.versions[0].dated)));
    const [recordedEndorsement] = (await ledger.as('regulator').get(`/compacts/${c.id}/endorsements`).expect(200)).body;
    expect(recordedEndorsement).toMatchObject({ boardName: ceg.body, meetingDate: { value: '2014-12-02' }, corrected: true });
  });
});

describe('A ledger written before dates carried their precision and every fact had an id, read and corrected over HTTP', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
  });
  afterAll(() => ledger.stop());

  it('its string dates read as exact dates, its facts without ids are named as the codec derives them, and a version stored so is corrected', async () => {
    const compactId = '01a242b7-0000-7000-8000-000000000001';
    const actor = { subject: 'secretariat-ledger', name: 'Test secretariat', role: 'secretariat', organisation: null };
    const event = (type: string, data: object, effectiveAt: string | null = null) => ({
      type,
      data: data as never,
      metadata: { eventId: `${compactId}-${type}-${Math.random()}`, actor, effectiveAt, correlationId: null, causationId: null },
    });
    // As the ledger stored them before: YYYY-MM-DD strings, no factId on a version, a withdrawal or a term.
    const { position } = await ledger.store.append(
      `compact-${compactId}`,
      [
        event('CompactDrafted', { compactId, title: 'A compact recorded before', covers: 'Example', description: null }),
        event('CompactVersionPublished', { label: '1', note: 'First', dated: '2016-01-25', sections: [{ number: '1', heading: null, text: 'x' }], contentHash: 'a'.repeat(64), amendment: null }, '2016-01-25'),
        event('PartnerAdmitted', { factId: 'a1', organisationId: 'alpha', name: 'Alpha', organisationType: 'nhs-trust', lead: { name: 'L', role: 'R' }, deputy: null, effectiveOn: '2016-01-25' }, '2016-01-25'),
        event('CompactTermSet', { inForceRule: 'all-partners-signed', effectiveFrom: null, expiresOn: '2018-01-24', refreshDueBy: null, durationMonths: null, decisionReference: null }),
        event('PartnerWithdrawn', { organisationId: 'alpha', noticeGivenOn: '2016-06-01', effectiveOn: '2016-09-01', reason: 'r' }, '2016-09-01'),
      ],
      'no_stream',
    );
    const read = (path: string) => ledger.as('regulator').get(`/compacts/${compactId}${path}`).expect(200);
    const [version] = (await read(`/versions?minPosition=${position}`)).body;
    expect(version).toMatchObject({ factId: 'version-1', dated: exact('2016-01-25'), describedChanges: null });
    const compact = (await read('?asOf=2017-01-01')).body;
    expect(compact.term).toMatchObject({ factId: 'term-1', expiresOn: exact('2018-01-24') });
    const [partner] = (await read('/partners')).body;
    expect(partner.memberships[0]).toMatchObject({ from: exact('2016-01-25'), until: exact('2016-09-01'), ending: { factId: 'withdrawal-alpha-2016-09-01' } });

    await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/corrections`)
      .send({ corrections: [{ factId: 'version-1', reason: 'The paper gives only the month', correction: { fact: 'version', dated: { asWritten: 'January 2016', value: '2016-01' } } }] })
      .expect(201);
    await ledger
      .as('secretariat')
      .post(`/compacts/${compactId}/corrections`)
      .send({ corrections: [{ factId: 'withdrawal-alpha-2016-09-01', reason: 'The letter', correction: { fact: 'withdrawal', effectiveOn: '2016-10-01' } }] })
      .expect(201);
    const corrected = await ledger.as('regulator').get(`/compacts/${compactId}/versions?minPosition=${await ledger.headPosition()}`).expect(200);
    expect(corrected.body[0].dated).toEqual({ asWritten: 'January 2016', precision: 'month', value: '2016-01', assumed: null });
    expect((await read('/partners')).body[0].memberships[0].until).toEqual(exact('2016-10-01'));
    // The events as stored are untouched: the history shows the old shapes.
    const history = (await read('/history')).body;
    expect(history[1].data.dated).toBe('2016-01-25');
  });
});
