import { httpLedgerClient, loadSeedCompact, southNottinghamshire } from '../fixtures/seeds';
import { LedgerTestApp } from '../support/ledger-test-app';

const CITY_CCG = 'nhs-nottingham-city-ccg';
const NUH = 'nottingham-university-hospitals-trust';
const CITY_COUNCIL = 'nottingham-city-council';

/** The disputes read model: filtered and paged in SQL, each reader seeing only what is theirs, and rebuilt to the same answers. */
describe('Reading disputes over HTTP', () => {
  let ledger: LedgerTestApp;
  let compactId: string;
  const ids: string[] = [];
  let last = 0;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    const client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    compactId = (await loadSeedCompact(client, southNottinghamshire)).id;
    for (const org of [CITY_CCG, NUH, CITY_COUNCIL]) await ledger.signIn('partner', org);
    // Five disputes: the city CCG against the trust (0, 1, 2), the council against the CCG (3), the trust against the council (4).
    const raisings: Array<[string, string[]]> = [
      [CITY_CCG, [NUH]],
      [CITY_CCG, [NUH]],
      [CITY_CCG, [NUH]],
      [CITY_COUNCIL, [CITY_CCG]],
      [NUH, [CITY_COUNCIL]],
    ];
    for (const [i, [raisedBy, against]] of raisings.entries()) {
      const body = { compactId, raisedBy, against, about: [{ kind: 'section', ref: '1' }], summary: `Dispute ${i}`, raisedOn: `2015-06-0${i + 1}` };
      ids.push((await ledger.as('secretariat').post('/disputes').send(body).expect(201)).body.id);
    }
    await ledger
      .as('secretariat')
      .post(`/disputes/${ids[1]}/withdrawal`)
      .send({ withdrawnBy: CITY_CCG, reason: 'Settled', withdrawnOn: '2015-06-10' })
      .expect(201);
    await ledger.as('secretariat').post(`/disputes/${ids[2]}/escalations`).send({ toLevel: 2, reason: 'No agreement', escalatedOn: '2015-06-10' }).expect(201);
    last = (
      await ledger
        .as('secretariat')
        .post(`/disputes/${ids[2]}/mediators`)
        .send({ level: 2, mediator: { subject: 'mediator-ledger', name: 'Test mediator', role: 'Critical Friend' }, appointedOn: '2015-06-11' })
        .expect(201)
    ).body.position;
  });
  afterAll(() => ledger.stop());

  const listed = async (as: ReturnType<LedgerTestApp['as']>, query = '') =>
    (await as.get(`/disputes?minPosition=${last}${query}`).expect(200)).body.map((d: { disputeId: string }) => d.disputeId);

  it('each reader lists only what it may read, in the order raised', async () => {
    expect(await listed(ledger.as('regulator'))).toEqual(ids);
    expect(await listed(ledger.as('partner', CITY_CCG))).toEqual([ids[0], ids[1], ids[2], ids[3]]);
    expect(await listed(ledger.as('partner', CITY_COUNCIL))).toEqual([ids[3], ids[4]]);
    expect(await listed(ledger.as('mediator'))).toEqual([ids[2]]);
    await ledger.as('admin').get('/disputes').expect(403);
  });

  it('filters by party, mediator, status and compact, within what the reader may see', async () => {
    expect(await listed(ledger.as('regulator'), `&party=${NUH}`)).toEqual([ids[0], ids[1], ids[2], ids[4]]);
    expect(await listed(ledger.as('regulator'), '&mediator=mediator-ledger')).toEqual([ids[2]]);
    expect(await listed(ledger.as('regulator'), '&status=withdrawn')).toEqual([ids[1]]);
    expect(await listed(ledger.as('regulator'), `&status=open&party=${CITY_COUNCIL}`)).toEqual([ids[3], ids[4]]);
    expect(await listed(ledger.as('regulator'), `&compactId=${compactId}`)).toEqual(ids);
    expect(await listed(ledger.as('regulator'), '&compactId=00000000-0000-4000-8000-000000000000')).toEqual([]);
    // A filter never widens what a partner sees: the trust's disputes, as the council may see them.
    expect(await listed(ledger.as('partner', CITY_COUNCIL), `&party=${NUH}`)).toEqual([ids[4]]);
  });

  it('pages with limit and after, linking the next page (RFC 8288) while there is one', async () => {
    const first = await ledger.as('regulator').get(`/disputes?limit=2&party=${CITY_CCG}`).expect(200);
    expect(first.body.map((d: { disputeId: string }) => d.disputeId)).toEqual([ids[0], ids[1]]);
    const next = /^<([^>]+)>; rel="next"$/.exec(first.headers.link)![1];
    expect(next).toBe(`/disputes?party=${CITY_CCG}&after=${ids[1]}&limit=2`);
    const second = await ledger.as('regulator').get(next).expect(200);
    expect(second.body.map((d: { disputeId: string }) => d.disputeId)).toEqual([ids[2], ids[3]]);
    // The CCG is a party to four: the second page is the last, so it links nowhere.
    expect(second.headers.link).toBeUndefined();
  });

  it('refuses a bad filter with 400 naming it', async () => {
    for (const [query, field] of [
      ['status=closed', 'status'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['party=Not An Org', 'party'],
      ['after=17', 'after'],
    ]) {
      const refused = await ledger.as('regulator').get(`/disputes?${query}`).expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('rebuilt from the events, the disputes and their audits answer exactly as before', async () => {
    const read = async () => ({
      list: (await ledger.as('regulator').get('/disputes').expect(200)).body,
      disputes: await Promise.all(ids.map(async (id) => (await ledger.as('regulator').get(`/disputes/${id}`).expect(200)).body)),
      audits: await Promise.all(ids.map(async (id) => (await ledger.as('regulator').get(`/disputes/${id}/escalation-audit`).expect(200)).body)),
    });
    const before = await read();
    for (const name of ['disputes_v2', 'escalation_audit_v2']) await ledger.as('admin').post(`/admin/projections/${name}/rebuild`).expect(200);
    expect(await read()).toEqual(before);
    expect(before.audits[2].levels.map((l: { reached: boolean; mediators: unknown[] }) => [l.reached, l.mediators.length])).toEqual([
      [true, 0],
      [true, 1],
      [false, 0],
    ]);
  });
});
