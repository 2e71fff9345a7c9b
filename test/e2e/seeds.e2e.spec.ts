import { organisationSlug, type SeedCompactFacts, seedFacts, type SeedPaperId } from '@compact-ledger/seed-papers';
import { httpLedgerClient, loadSeedCompact, seedCompactOf, seedCompacts } from '../fixtures/seeds';
import { discrepancies } from '../support/independent-verifier';
import { LedgerTestApp } from '../support/ledger-test-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Seed fidelity: the five seed compacts loaded through the public HTTP API, and what the ledger
 * answers about each compared with what its paper says (seedFacts, read from the paper): the text,
 * the dates with their precision and what was assumed, the partners, the signatures, the
 * endorsements, the term and the escalation path.
 */
describe('The five seed compacts, loaded over HTTP, say what their papers say', () => {
  let ledger: LedgerTestApp;
  const ids: Record<string, string> = {};
  let client: ReturnType<typeof httpLedgerClient>;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    const { port } = ledger.app.getHttpServer().address() as { port: number };
    client = httpLedgerClient(`http://127.0.0.1:${port}`, ledger.bearer('secretariat').slice('Bearer '.length));
    for (const seed of seedCompacts) ids[seed.paper] = (await loadSeedCompact(client, seed)).id;
  });
  afterAll(() => ledger.stop());

  const read = async (path: string) => (await ledger.as('regulator').get(path).expect(200)).body;
  const plainDate = (date: unknown) => JSON.parse(JSON.stringify(date));

  /** The text, version by version, as the paper carries it: each section's heading and text in the paper's order. */
  async function expectTheText(paper: SeedPaperId, facts: SeedCompactFacts) {
    const versions: Json[] = await read(`/compacts/${ids[paper]}/versions`);
    expect(versions.map((v) => v.label)).toEqual(facts.versions.map((v) => v.label.replace(/^V/, '')));
    facts.versions.forEach((version, i) => {
      const shown = versions[i];
      expect([shown.label, shown.dated]).toEqual([shown.label, plainDate(version.dated)]);
      expect(shown.note).toBe(version.note);
      if (version.text === null) {
        expect([version.label, shown.sections, shown.contentHash]).toEqual([version.label, null, null]);
      } else {
        expect(shown.sections.map((s: Json) => [s.heading, s.text])).toEqual(version.text.sections.map((s) => [s.heading, s.text]));
        // Every numbered paragraph is cited by its number on the paper (within its part).
        for (const section of version.text.sections.filter((s) => s.reference !== null)) {
          expect(shown.sections.some((s: Json) => s.number === section.reference || s.number.endsWith(`, ${section.reference}`))).toBe(true);
        }
      }
      if (version.amendment) {
        expect(shown.describedChanges).toMatchObject({
          amended: version.amendment.amended.map((a) => ({ asWritten: a.asWritten, section: a.section, resolvedBy: a.resolvedBy })),
          added: version.amendment.added.map((a) => ({ asWritten: a.asWritten, section: a.section, resolvedBy: a.resolvedBy })),
          phraseReplacements: version.amendment.phraseReplacements,
          unlocatedChanges: version.amendment.unlocatedChanges,
        });
      }
    });
  }

  async function expectThePartners(paper: SeedPaperId, facts: SeedCompactFacts) {
    const partners: Json[] = await read(`/compacts/${ids[paper]}/partners`);
    expect(partners.map((p) => [p.name, p.organisationType, p.lead, p.deputy, p.memberships.map((m: Json) => m.from)])).toEqual(
      facts.partners.map((p) => [p.name, p.type.kind ?? 'not-given', p.lead, p.deputy, [plainDate(p.since)]]),
    );
  }

  async function expectTheSignatures(paper: SeedPaperId, facts: SeedCompactFacts) {
    const register: Json[] = await read(`/compacts/${ids[paper]}/signatures`);
    const signed = register.filter((r) => r.status === 'signed');
    const onPaper = facts.signatures.filter((s) => s.signatory !== null && s.signed.value !== null);
    expect(signed.map((r) => [r.organisation, r.signatory, r.signedOn])).toEqual(
      onPaper.map((s) => [s.partner, { name: s.signatory, role: s.role }, plainDate(s.signed)]),
    );
    return register;
  }

  async function expectTheEscalationPath(paper: SeedPaperId, facts: SeedCompactFacts) {
    if (!facts.escalationPath) {
      await ledger.as('regulator').get(`/compacts/${ids[paper]}/escalation-path`).expect(404);
      return;
    }
    const path = await read(`/compacts/${ids[paper]}/escalation-path`);
    expect(path.note).toBe(facts.escalationPath.source);
    expect(path.levels.map((l: Json) => l.whoActs)).toEqual(facts.escalationPath.levels.map((l) => [l.asWritten, ...l.mediators].join(' ')));
    expect(path.effectiveOn).toEqual(plainDate(facts.versions[0].dated));
  }

  it('000 Shropshire, Telford and Wrekin: V1 to V6.0 from the version table, each dated with the year the ledger assumed and why; only V6.0 has text; the notes\' amendments as the diff shows them', async () => {
    const facts = seedFacts('000');
    await expectTheText('000', facts);
    await expectThePartners('000', facts);
    const [v1] = await read(`/compacts/${ids['000']}/versions`);
    expect(v1.dated).toMatchObject({ asWritten: '25.1', precision: 'exact', value: '2013-01-25', assumed: { parts: ['year'], basis: expect.stringContaining('For 2013/14') } });
    const diff = await read(`/compacts/${ids['000']}/diff?from=3.0&to=5.0`);
    expect(diff).toMatchObject({ textCompared: false, sections: [] });
    expect(diff.described.map((d: Json) => [d.label, d.changes.amended.map((a: Json) => a.section), d.changes.added.map((a: Json) => a.section)])).toEqual([
      ['4.0', ['2.4', '4.1'], ['3.9']],
      ['5.0', ['3.2'], []],
    ]);
    const last = await read(`/compacts/${ids['000']}/diff?from=5.0&to=6.0`);
    expect(last.described[0].changes.phraseReplacements).toEqual([{ find: 'patient', replaceWith: 'citizen' }]);
    await expectTheEscalationPath('000', facts);
  });

  it('001 South Nottinghamshire: the whole compact and its appendices; undated (bounded, and why); twelve partners by the paper\'s categories; the CEG\'s endorsement of 2 December 2014 with its two concerns; the Health and Wellbeing Board asked on 28 January 2015', async () => {
    const facts = seedFacts('001');
    await expectTheText('001', facts);
    await expectThePartners('001', facts);
    await expectTheSignatures('001', facts);
    await expectTheEscalationPath('001', facts);
    const [endorsement] = await read(`/compacts/${ids['001']}/endorsements`);
    const onPaper = facts.endorsements[0];
    expect(endorsement).toMatchObject({
      organisationId: organisationSlug(onPaper.forPartner!.name),
      boardName: onPaper.body,
      meetingDate: plainDate(onPaper.meetingDate),
      outcome: onPaper.outcome,
      concerns: onPaper.concerns.map((c) => ({ concern: c.concern, response: c.response })),
      assumption: onPaper.forPartner!.assumed,
    });
    const [request] = await read(`/compacts/${ids['001']}/endorsement-requests`);
    expect(request).toMatchObject({ organisationId: null, boardName: 'Health and Wellbeing Board', meetingDate: plainDate(facts.endorsementRequests[0].meetingDate), asked: facts.endorsementRequests[0].asked });
    const circle = (await read(`/compacts/${ids['001']}/partners`)).find((p: Json) => p.name === 'Circle Partners');
    expect(circle.organisationType).toBe('provider');
    const [version] = await read(`/compacts/${ids['001']}/versions`);
    expect(version.sections.find((s: Json) => s.number === '8').heading).toBe('KEEPING THE COMPACT ALIVE');
    expect(version.sections.some((s: Json) => s.number === 'Appendix 1, 4')).toBe(true);
  });

  it('002 East and Central Cheshire: the undertaking and Appendix Two; no date at all (only bounds, on outside facts); six partners, two with no type given; 24 months from a start the paper does not give; no signature', async () => {
    const facts = seedFacts('002');
    await expectTheText('002', facts);
    await expectThePartners('002', facts);
    const register = await expectTheSignatures('002', facts);
    expect(register).toHaveLength(6);
    expect(register.every((r: Json) => r.status === 'not-signed')).toBe(true);
    const compact = await read(`/compacts/${ids['002']}`);
    expect(compact.term).toMatchObject({ inForceRule: 'all-partners-signed', durationMonths: facts.term!.durationMonths, effectiveFrom: null, expiresOn: null });
    const types = (await read(`/compacts/${ids['002']}/partners`)).map((p: Json) => [p.name, p.organisationType]);
    expect(types).toEqual(expect.arrayContaining([['Central & Eastern Cheshire PCT', 'primary-care-trust'], ['East Cheshire Hospitals Trust', 'not-given']]));
    await expectTheEscalationPath('002', facts);
  });

  it('003 South Kent Coast: the draft\'s text under its headings; undated (bounded); thirteen partners; eleven signed 25 Aug 2015, SECAMB 10 Sept 2015 (its "Signed" place blank, marked), Kent County Council not; its term 2015-2018 to the year', async () => {
    const facts = seedFacts('003');
    await expectTheText('003', facts);
    await expectThePartners('003', facts);
    const register = await expectTheSignatures('003', facts);
    expect(register.find((r: Json) => r.organisation === 'Kent County Council')?.status).toBe('not-signed');
    expect(register.find((r: Json) => r.organisation === 'South East Coast Ambulance Service (SECAMB)')?.assumption).toMatch(/"Signed" place on the paper is blank/);
    const compact = await read(`/compacts/${ids['003']}`);
    expect(compact.term).toMatchObject({ effectiveFrom: plainDate(facts.term?.effectiveFrom), expiresOn: plainDate(facts.term?.until) });
    expect(compact.term.effectiveFrom).toMatchObject({ precision: 'year', value: '2015' });
    const lmc = (await read(`/compacts/${ids['003']}/partners`)).find((p: Json) => p.name === 'Local Medical Committee (LMC)');
    expect(lmc.organisationType).toBe('local-medical-committee');
    await expectTheEscalationPath('003', facts);
  });

  it('004 Haringey and Islington: dated 1st June 2017, in force on its own word from 1 June 2017, expiring 31st March 2020, refresh by 31st March 2018; ten partners; its eight commitments sections of its text', async () => {
    const facts = seedFacts('004');
    await expectTheText('004', facts);
    await expectThePartners('004', facts);
    await expectTheSignatures('004', facts);
    await expectTheEscalationPath('004', facts);
    const compact = await read(`/compacts/${ids['004']}?asOf=2017-06-01`);
    expect(compact.status).toBe('in-force');
    expect(compact.term).toMatchObject({
      effectiveFrom: plainDate(facts.term!.effectiveFrom),
      expiresOn: plainDate(facts.term!.until),
      refreshDueBy: plainDate(facts.term!.refreshBy),
    });
    const [version] = await read(`/compacts/${ids['004']}/versions`);
    expect(version.sections.filter((s: Json) => /^Commitment \d$/.test(s.number)).map((s: Json) => s.number)).toEqual(facts.commitments.map((c) => c.reference));
  });

  it('a date known only to the year or bounded by assumption is not placed on a day unless asked: 003 is certainly open for signature from 25 Aug 2015, and before that only if its undated draft is placed at its earliest', async () => {
    expect((await read(`/compacts/${ids['003']}?asOf=2015-01-01`)).status).toBe('draft');
    const placed = await read(`/compacts/${ids['003']}?asOf=2015-01-01&assume=earliest`);
    expect([placed.status, placed.asOf]).toEqual(['open-for-signature', { date: '2015-01-01', axis: 'effective', assume: 'earliest' }]);
    const undetermined = (await read(`/compacts/${ids['003']}?asOf=2015-01-01`)).undetermined;
    expect(undetermined).toEqual(expect.arrayContaining([expect.objectContaining({ fact: 'version 1 dated', date: expect.objectContaining({ precision: 'not-given' }) })]));
    expect((await read(`/compacts/${ids['003']}?asOf=2015-08-25`)).status).toBe('open-for-signature');
    // Its term "2015-2018": certainly expired only after 2018; at its earliest, from 2 January 2018.
    expect((await read(`/compacts/${ids['003']}?asOf=2018-06-01`)).status).toBe('open-for-signature');
    expect((await read(`/compacts/${ids['003']}?asOf=2018-06-01&assume=earliest`)).status).toBe('expired');
  });

  it("a regulator verifies each compact's whole history with nothing but RFC 8785 and SHA-256, and finds a changed byte", async () => {
    for (const id of Object.values(ids)) {
      const history = await read(`/compacts/${id}/history`);
      expect(history.length).toBeGreaterThan(3);
      expect(discrepancies(history)).toEqual([]);
      const altered = structuredClone(history);
      altered[1].data = { ...altered[1].data, note: `${altered[1].data.note ?? ''}.` };
      expect(discrepancies(altered)).toEqual([expect.stringMatching(new RegExp(`^compact-${id}@1: hash `))]);
    }
  });

  it('a history as of a date is a view: it names the revisions it leaves out, each shown event still verifies by its own hash, and the chain breaks exactly where the header says', async () => {
    // 001 on 31 December 2014: its undated version (bounded to the end of November) and the CEG's endorsement had happened; its admissions are undated, the request came later.
    const response = await ledger.as('regulator').get(`/compacts/${ids['001']}/history?asOf=2014-12-31`).expect(200);
    const omitted = String(response.headers['omitted-revisions']);
    expect(omitted).not.toBe('none');
    const whole = await read(`/compacts/${ids['001']}/history`);
    const shown = new Set(response.body.map((e: Json) => e.revision));
    const left = whole.filter((e: Json) => !shown.has(e.revision)).map((e: Json) => e.revision);
    const expand = (text: string) => text.split(', ').flatMap((part) => (part.includes('-') ? range(part) : [Number(part)]));
    const range = (part: string) => {
      const [a, b] = part.split('-').map(Number);
      return Array.from({ length: b - a + 1 }, (_, i) => a + i);
    };
    expect(expand(omitted)).toEqual(left);
    // Checked as a chain, the view breaks where it leaves events out; the whole stream does not.
    const breaks = discrepancies(response.body);
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.filter((b) => / hash /.test(b))).toEqual([]);
    expect(discrepancies(whole)).toEqual([]);
    const full = await ledger.as('regulator').get(`/compacts/${ids['001']}/history`).expect(200);
    expect(full.headers['omitted-revisions']).toBeUndefined();
  });

  it('loading them again appends nothing; the list gives each compact\'s status, filtered and paged in SQL', async () => {
    const before = await ledger.headPosition();
    for (const seed of seedCompacts) expect((await loadSeedCompact(client, seed)).loaded).toBe(false);
    expect(await ledger.headPosition()).toBe(before);
    const listed = await read('/compacts');
    expect(listed.map((c: Json) => c.title)).toEqual(seedCompacts.map((s) => s.draft.title));
    // Haringey and Islington expired on 31 March 2020.
    expect(listed.find((c: Json) => c.compactId === ids['004']).status).toBe('expired');
    expect((await read('/compacts?status=in-force&on=2018-01-01')).map((c: Json) => c.compactId)).toEqual([ids['004']]);
    expect((await read('/compacts?status=refresh-overdue&on=2018-04-01')).map((c: Json) => c.compactId)).toEqual([ids['004']]);
    const first = await ledger.as('regulator').get('/compacts?limit=2').expect(200);
    expect(first.body.map((c: Json) => c.compactId)).toEqual([ids['000'], ids['001']]);
    expect(first.headers.link).toBe(`</compacts?after=${ids['001']}&limit=2>; rel="next"`);
    const second = await ledger.as('regulator').get(`/compacts?after=${ids['001']}&limit=2`).expect(200);
    expect(second.body.map((c: Json) => c.compactId)).toEqual([ids['002'], ids['003']]);
    const last = await ledger.as('regulator').get(`/compacts?after=${ids['003']}&limit=2`).expect(200);
    expect([last.body.length, last.headers.link]).toEqual([1, undefined]);
    await ledger.as('regulator').get('/compacts?status=asleep').expect(400);
    await ledger.as('regulator').get('/compacts?on=2018-02-30').expect(400);
    expect(seedCompactOf('004').draft.title).toBe(listed[4].title);
  });
});
