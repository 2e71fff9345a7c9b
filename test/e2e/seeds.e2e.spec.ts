import { httpLedgerClient, loadSeedCompact, seedCompacts, southKentCoastPartners, southNottinghamshireMembers } from '../fixtures/seeds';
import { discrepancies } from '../support/independent-verifier';
import { LedgerTestApp } from '../support/ledger-test-app';

/** The five seed compacts loaded through the public HTTP API, and facts from the papers read back. */
describe('The five seed compacts, loaded over HTTP', () => {
  let ledger: LedgerTestApp;
  const ids: Record<string, string> = {};
  let client: ReturnType<typeof httpLedgerClient>;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    for (const seed of seedCompacts) ids[seed.seed.slice(0, 3)] = (await loadSeedCompact(client, seed)).id;
  });
  afterAll(() => ledger.stop());

  const read = async (path: string) => (await ledger.as('regulator').get(path).expect(200)).body;

  it('the three compacts with a disputes procedure carry its escalation path; the others have none', async () => {
    const names = async (seed: string) => (await read(`/compacts/${ids[seed]}/escalation-path`)).levels.map((l: { name: string }) => l.name);
    expect(await names('001')).toEqual(['Bilateral resolution', 'Mediation', 'Board to Board meeting']);
    expect(await names('003')).toEqual(['Resolution between the parties', 'Organising and leadership arrangement', 'Complaints process and governing body']);
    expect(await names('004')).toEqual(['Concern reflected with evidence', 'Asked to leave the partnership']);
    for (const seed of ['000', '002']) await ledger.as('regulator').get(`/compacts/${ids[seed]}/escalation-path`).expect(404);
  });

  it("a regulator verifies each compact's history with nothing but RFC 8785 and SHA-256, and finds a changed byte", async () => {
    for (const id of Object.values(ids)) {
      const history = await read(`/compacts/${id}/history`);
      expect(history.length).toBeGreaterThan(3);
      expect(discrepancies(history)).toEqual([]);
      const altered = structuredClone(history);
      altered[1].data = { ...altered[1].data, note: `${altered[1].data.note ?? ''}.` };
      expect(discrepancies(altered)).toEqual([expect.stringMatching(new RegExp(`^compact-${id}@1: hash `))]);
    }
  });

  it('loading them again appends nothing', async () => {
    const before = await ledger.headPosition();
    for (const seed of seedCompacts) expect((await loadSeedCompact(client, seed)).loaded).toBe(false);
    expect(await ledger.headPosition()).toBe(before);
    const listed = await read('/compacts');
    expect(listed).toHaveLength(5);
    // The list shows each compact's status today, derived like GET /compacts/:id (Haringey and Islington expired in 2020).
    expect(listed.find((c: { compactId: string }) => c.compactId === ids['004']).status).toBe('expired');
  });

  it('South Kent Coast: who signed on which date, and who has not', async () => {
    const register = await read(`/compacts/${ids['003']}/signatures`);
    expect(
      register.map((r: { organisation: string; signatory: { name: string } | null; signedOn: string | null }) => [
        r.organisation,
        r.signatory?.name ?? null,
        r.signedOn,
      ]),
    ).toEqual(southKentCoastPartners.map((p) => [p.name, p.signatory, p.signedOn]));
    expect(register.find((r: { organisationId: string }) => r.organisationId === 'kent-county-council').status).toBe('not-signed');
    expect(register.filter((r: { status: string }) => r.status === 'signed')).toHaveLength(12);
  });

  it('Shropshire: the version table and its notes', async () => {
    const versions = await read(`/compacts/${ids['000']}/versions`);
    expect(versions.map((v: { label: string; note: string }) => [v.label, v.note])).toEqual([
      ['1', 'First (incomplete) draft'],
      ['1.1', 'Minor amendment to V1'],
      ['2.0', 'Incorporates draft Vision/Strategy section'],
      ['3.0', 'Added "measuring success" and "joint programmes" sections'],
      ['4.0', 'Amendments to 2.4 and 4.1, new section 3.9'],
      ['5.0', 'Amendment to 3.2'],
      ['6.0', 'Amendments following CE meeting on the 26 February, to include changing the word "patient" to "citizen".'],
    ]);
  });

  it('South Nottinghamshire: endorsed with two concerns, each with its response', async () => {
    const [endorsement] = await read(`/compacts/${ids['001']}/endorsements`);
    expect(endorsement).toMatchObject({ organisationId: 'nottingham-city-council', outcome: 'endorsed-with-concerns', meetingDate: '2015-01-28' });
    expect(endorsement.concerns.map((c: { concern: string }) => c.concern)).toEqual([
      'There is no reference to parity of esteem in the Compact',
      'There is no democratic representation on the South Nottinghamshire Transformation Board',
    ]);
    expect(endorsement.concerns[1].response).toBe('This is being progressed via discussions with Councillor Norris.');
  });

  it("South Nottinghamshire: the Transformation Board's twelve member organisations with their named leads and deputies", async () => {
    const partners = await read(`/compacts/${ids['001']}/partners`);
    expect(
      partners.map((p: { name: string; lead: { name: string }; deputy: { name: string } | null }) => [p.name, p.lead.name, p.deputy?.name ?? null]),
    ).toEqual(southNottinghamshireMembers.map((m) => [m.name, m.lead, m.deputy]));
  });

  it('Haringey and Islington: its term, and its status before, during and after it', async () => {
    const statusOn = async (date: string) => (await read(`/compacts/${ids['004']}?asOf=${date}`)).status;
    expect((await read(`/compacts/${ids['004']}`)).term).toMatchObject({ effectiveFrom: '2017-06-01', expiresOn: '2020-03-31', refreshDueBy: '2018-03-31' });
    expect(await statusOn('2017-05-31')).toBe('draft');
    expect(await statusOn('2017-06-01')).toBe('in-force');
    expect(await statusOn('2018-04-01')).toBe('refresh-overdue');
    expect(await statusOn('2020-04-01')).toBe('expired');
    expect(await read(`/compacts/${ids['004']}/partners`)).toHaveLength(10);
  });

  it('East and Central Cheshire: six partners and no signatures', async () => {
    const register = await read(`/compacts/${ids['002']}/signatures`);
    expect(register).toHaveLength(6);
    expect(register.every((r: { status: string }) => r.status === 'not-signed')).toBe(true);
  });
});
