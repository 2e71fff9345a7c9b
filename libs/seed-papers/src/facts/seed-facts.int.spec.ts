import { possibleDays } from '../dates/paper-date';
import { SEED_PAPER_IDS } from '../papers';
import { seedDocument } from '../seed-documents';
import { renderDocument } from '../structure/render';
import { seedFacts } from './index';

/*
 * Each seed's facts against what a reader of the paper finds there. The expected values are
 * the reader's; the facts under test are read from the paper files by the parser.
 */

describe('000 Shropshire, Telford and Wrekin', () => {
  const facts = seedFacts('000');
  const byLabel = (label: string) => facts.versions.find((v) => v.label === label)!;

  it('has the version table V1 to V6.0, each date as written, the year assumed from the text and said so', () => {
    expect(facts.versions.map((v) => [v.label, v.dated.asWritten, v.dated.value, v.dated.precision])).toEqual([
      ['V1', '25.1', '2013-01-25', 'exact'],
      ['V1.1', '28.1', '2013-01-28', 'exact'],
      ['V2.0', '11.2', '2013-02-11', 'exact'],
      ['V3.0', '18.2', '2013-02-18', 'exact'],
      ['V4.0', '25.2', '2013-02-25', 'exact'],
      ['V5.0', '26.2', '2013-02-26', 'exact'],
      ['V6.0', '27.2', '2013-02-27', 'exact'],
    ]);
    for (const version of facts.versions) {
      expect(version.dated.assumed).toEqual({ parts: ['year'], between: null, basis: expect.stringContaining('"For 2013/14"') });
      expect(possibleDays(version.dated, { assume: false })).toBeNull();
    }
    expect(facts.assumptions.filter((a) => a.fact.endsWith('date'))).toHaveLength(7);
  });

  it("carries V6.0's text in full and no text for V1 to V5.0", () => {
    expect(facts.versions.filter((v) => v.text === null).map((v) => v.label)).toEqual(['V1', 'V1.1', 'V2.0', 'V3.0', 'V4.0', 'V5.0']);
    const references = byLabel('V6.0').text!.sections.map((s) => s.reference);
    for (const reference of ['1', '1.5', '2.3', '2.4', '3.1', '3.9', '3.10', '4.2', '4.2 4', '5.3', '6']) expect(references).toContain(reference);
    expect(byLabel('V6.0').text!.sections.find((s) => s.reference === '3.10')!.text).toMatch(/^This Compact will support and complement/);
  });

  it('records what each amendment changed, in sections and words a diff can show', () => {
    const sections = (refs: Array<{ section: string }>) => refs.map((r) => r.section);
    expect(byLabel('V1').amendment).toBeNull();
    expect(byLabel('V1.1').amendment).toMatchObject({ amends: 'V1', amendsFrom: 'note', unlocatedChanges: true, amended: [], added: [] });
    expect(sections(byLabel('V2.0').amendment!.added)).toEqual(['2']);
    expect(byLabel('V3.0').amendment!.added).toEqual([
      { asWritten: 'measuring success', section: '5', resolvedBy: 'heading' },
      { asWritten: 'joint programmes', section: '4', resolvedBy: 'heading-words' },
    ]);
    expect(facts.assumptions).toContainEqual(expect.objectContaining({ fact: 'version V3.0 amendment', assumption: '"joint programmes" is section 4' }));
    expect(byLabel('V4.0').amendment).toMatchObject({ amends: 'V3.0', amendsFrom: 'previous-row', unlocatedChanges: false });
    expect(sections(byLabel('V4.0').amendment!.amended)).toEqual(['2.4', '4.1']);
    expect(sections(byLabel('V4.0').amendment!.added)).toEqual(['3.9']);
    expect(sections(byLabel('V5.0').amendment!.amended)).toEqual(['3.2']);
    const v6 = byLabel('V6.0').amendment!;
    expect(v6.phraseReplacements).toEqual([{ find: 'patient', replaceWith: 'citizen' }]);
    expect(v6.unlocatedChanges).toBe(true);
    expect(v6.followingMeeting).toMatchObject({ asWritten: 'CE meeting on the 26 February', date: { asWritten: '26 February', value: '2013-02-26' } });
  });

  it('has no partners, as the paper says', () => {
    expect(facts.partners).toEqual([]);
    expect(facts.partnersNote).toBe('To be completed');
  });
});

describe('001 South Nottinghamshire', () => {
  const facts = seedFacts('001');

  it('records the Commissioning Executive Group endorsing with two concerns on 2 December 2014, each with its response', () => {
    expect(facts.endorsements).toHaveLength(1);
    const [endorsement] = facts.endorsements;
    expect(endorsement.body).toBe('Nottingham City Health and Wellbeing Board Commissioning Executive Group (CEG)');
    expect(endorsement.meetingDate).toEqual({ asWritten: '2nd December 2014', precision: 'exact', value: '2014-12-02', assumed: null });
    expect(endorsement.outcome).toBe('endorsed-with-concerns');
    expect(endorsement.concerns.map((c) => [c.number, c.concern, c.response])).toEqual([
      [
        '1',
        'There is no reference to parity of esteem in the Compact',
        'Although this is not referenced specifically in the Compact, parity of esteem is a standing agenda item on all South Nottinghamshire Transformation Board meetings.',
      ],
      [
        '2',
        'There is no democratic representation on the South Nottinghamshire Transformation Board',
        'This is being progressed via discussions with Councillor Norris.',
      ],
    ]);
    expect(endorsement.forPartner).toEqual({ name: 'Nottingham City Council', assumed: expect.stringContaining('not on the paper') });
  });

  it('records the Health and Wellbeing Board as asked to endorse on 28 January 2015, not as having endorsed', () => {
    expect(facts.endorsementRequests).toEqual([
      expect.objectContaining({
        body: 'Health and Wellbeing Board',
        meetingDate: expect.objectContaining({ value: '2015-01-28', precision: 'exact' }),
        asked: expect.stringMatching(/is asked to endorse the Compact/),
      }),
    ]);
    expect(facts.endorsements.map((e) => e.body)).not.toContain('Health and Wellbeing Board');
  });

  it('has the twelve partners by the categories they are listed under, each with the lead and deputy of the membership table', () => {
    expect(facts.partners).toHaveLength(12);
    const circle = facts.partners.find((p) => p.name === 'Circle Partners')!;
    expect(circle.type).toEqual({ category: 'Providers', inName: null, kind: 'provider' });
    expect(circle.lead).toEqual({ name: 'Nicola Parry', role: 'NAMED LEAD' });
    expect(facts.partners.find((p) => p.name === 'Nottingham CityCare Partners')).toMatchObject({
      alsoWritten: ['Nottingham CityCare Partnership'],
      type: { kind: 'provider' },
      lead: { name: 'Lyn Bacon' },
    });
    expect(facts.partners.filter((p) => p.type.category === 'Clinical Commissioning Groups').map((p) => p.name)).toEqual([
      'NHS Nottingham City',
      'NHS Nottingham North and East',
      'NHS Nottingham West',
      'NHS Rushcliffe',
    ]);
    for (const partner of facts.partners) expect({ partner: partner.name, lead: partner.lead !== null }).toEqual({ partner: partner.name, lead: true });
    expect(facts.partners.filter((p) => p.deputy === null).map((p) => p.name)).toEqual([
      'Nottingham City Council',
      'Nottinghamshire County Council',
      'East Midlands Ambulance NHS Trust',
      'Nottinghamshire Healthcare NHS Trust',
    ]);
  });

  it('has no version date on the paper, only the bounds the paper allows, marked as assumed', () => {
    const [version] = facts.versions;
    expect(version).toMatchObject({ label: '1', labelOnPaper: false, dated: { asWritten: null, precision: 'not-given', value: null } });
    expect(version.dated.assumed!.between).toEqual({ earliest: '2014-09-01', latest: '2014-11-30' });
    expect(possibleDays(version.dated, { assume: false })).toBeNull();
    expect(possibleDays(version.dated, { assume: true })).toEqual({ earliest: '2014-09-01', latest: '2014-11-30' });
  });

  it('carries the compact with its terms of reference and Appendix 2, not the board paper', () => {
    const text = facts.versions[0].text!;
    expect(text.parts.map((p) => p.id)).toEqual(['compact', 'appendix-1', 'appendix-2']);
    expect(text.sections.filter((s) => s.part === 'compact' && s.reference !== null && !s.reference.includes(' ')).map((s) => s.reference)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(text.sections.find((s) => s.part === 'appendix-1' && s.reference === '6')).toMatchObject({
      heading: 'Quorum',
      text: 'The meeting will be quorate when 70% of members are present.',
    });
    expect(text.sections.find((s) => s.part === 'compact' && s.reference === '4 j)')!.text).toMatch(/^Meet all best practice and statutory requirements/);
  });

  it("words the escalation path as section 8 does, with section 8's mediators", () => {
    expect(facts.escalationPath!.source).toBe('8 KEEPING THE COMPACT ALIVE');
    expect(facts.escalationPath!.levels.map((l) => l.asWritten)).toEqual([
      'in the first instance, the relevant accountable officers should attempt to resolve the issue bilaterally',
      'if necessary with the mediation of:',
      'In circumstances where agreement cannot be reached a Board to Board meeting will be held to seek resolution with an agreed independent chair.',
    ]);
    expect(facts.escalationPath!.levels[1].mediators).toHaveLength(3);
    expect(facts.term).toBeNull();
  });
});

describe('002 East and Central Cheshire', () => {
  const facts = seedFacts('002');

  it('has six partners, typed only where their names say so: a PCT is a primary care trust', () => {
    expect(facts.partners.map((p) => [p.name, p.type.kind])).toEqual([
      ['Cheshire & Wirral Partnership NHS Foundation Trust', 'foundation-trust'],
      ['Central & Eastern Cheshire PCT', 'primary-care-trust'],
      ['Cheshire East Council', 'local-authority'],
      ['East Cheshire Hospitals Trust', null],
      ['Cheshire East Community Healthcare', null],
      ['Mid Cheshire Hospital NHS Foundation Trust', 'foundation-trust'],
    ]);
  });

  it('has a blank signature table and no date anywhere; the bounds it is dated within are marked as outside knowledge', () => {
    expect(facts.signatures).toHaveLength(6);
    for (const signature of facts.signatures)
      expect(signature).toMatchObject({ signatory: null, signed: { precision: 'not-given', value: null }, signatureLineBlank: true });
    expect(facts.versions[0].dated).toMatchObject({
      asWritten: null,
      precision: 'not-given',
      value: null,
      assumed: { parts: [], basis: expect.stringContaining('general knowledge') },
    });
    expect(facts.term).toMatchObject({ asWritten: 'for the next 24 months', durationMonths: 24, effectiveFrom: { precision: 'not-given' } });
  });

  it('carries Appendix Two as part of the compact', () => {
    expect(facts.versions[0].text!.parts.map((p) => p.id)).toEqual(['compact', 'appendix-two']);
  });
});

describe('003 South Kent Coast', () => {
  const facts = seedFacts('003');

  it('has the signature page as written: eleven dated 25 Aug 2015, SECAMB 10 Sept 2015, Kent County Council blank', () => {
    expect(facts.signatures).toHaveLength(13);
    expect(facts.signatures.filter((s) => s.signed.value === '2015-08-25')).toHaveLength(11);
    expect(facts.signatures.find((s) => s.organisation.includes('SECAMB'))).toMatchObject({
      signatory: 'Paul Sutton',
      signed: { asWritten: '10 Sept 2015', value: '2015-09-10', precision: 'exact' },
    });
    expect(facts.signatures.find((s) => s.organisation === 'Kent County Council')).toMatchObject({
      signatory: null,
      signed: { precision: 'not-given' },
      signatureLineBlank: true,
    });
  });

  it('types the LMC as a local medical committee with its chair, and says where the paper gives no type', () => {
    expect(facts.partners.find((p) => p.name === 'Local Medical Committee (LMC)')!.type.kind).toBe('local-medical-committee');
    expect(facts.signatures.find((s) => s.organisation === 'Local Medical Committee (LMC)')).toMatchObject({ signatory: 'Mike Parks', role: 'Chair' });
    expect(facts.partners.filter((p) => p.type.kind === null).map((p) => p.name)).toEqual([
      'Kent Integrated Care Alliance (KICA)',
      'Integrated Care 24 (IC24)',
    ]);
    // "Healthwatch" begins with "Health", but it is not Kent Community Health NHS Foundation Trust.
    expect(facts.partners.find((p) => p.name === 'Healthwatch')).toMatchObject({ alsoWritten: [], type: { kind: 'healthwatch' } });
  });

  it('has the term 2015-2018 from its title, to the year', () => {
    expect(facts.term).toMatchObject({ source: 'title', effectiveFrom: { value: '2015', precision: 'year' }, until: { value: '2018', precision: 'year' } });
  });

  it('words the escalation path as "Ensuring the Compact is sustainable" does', () => {
    expect(facts.escalationPath!.levels.map((l) => l.asWritten)).toEqual([
      'If any party believes this is not the case, it is for themselves and the relevant party to resolve the issue with each other in the first instance.',
      'However, in exceptional circumstances where agreement cannot be reached, the issue should be raised at the relevant organizing and leadership arrangement at that time for consideration and resolution.',
      'Each organization will have its own complaints process and governing body should the matter need to be referred.',
    ]);
  });
});

describe('004 Haringey and Islington', () => {
  const facts = seedFacts('004');

  it('is dated 1st June 2017, effective 1 June 2017, expiring 31st March 2020, to be refreshed by 31st March 2018', () => {
    expect(facts.versions[0].dated).toEqual({ asWritten: '1st June 2017', precision: 'exact', value: '2017-06-01', assumed: null });
    expect(facts.term).toMatchObject({
      effectiveFrom: { asWritten: '1 June 2017', value: '2017-06-01' },
      until: { asWritten: '31st March 2020', value: '2020-03-31' },
      refreshBy: { asWritten: '31st March 2018', value: '2018-03-31' },
    });
  });

  it('has ten partners from 1 June 2017; the GP federations are GP federations', () => {
    expect(facts.partners).toHaveLength(10);
    for (const partner of facts.partners) expect(partner.since.value).toBe('2017-06-01');
    expect(facts.partners.filter((p) => p.type.kind === 'gp-federation').map((p) => p.name)).toEqual(['Haringey GP Federation', 'Islington GP Federation']);
  });

  it('has the eight commitments as numbered sections, with their targets and the dates as written', () => {
    expect(facts.commitments.map((c) => [c.reference, c.heading])).toEqual([
      ['Commitment 1', 'One ambition'],
      ['Commitment 2', 'One set of behaviours'],
      ['Commitment 3', 'One Plan: Joint Strategic Planning'],
      ['Commitment 4', 'One transformation approach: bringing together our service redesign work'],
      ['Commitment 5', 'One delivery team'],
      ['Commitment 6', 'One approach to quality improvement and a shared approach to performance improvement'],
      ['Commitment 7', 'One financial plan'],
      ['Commitment 8', 'One set of governance arrangements'],
    ]);
    expect(facts.commitments.map((c) => c.targets.length)).toEqual([0, 0, 4, 5, 4, 4, 4, 4]);
    const [first, second, , fourth] = facts.commitments[2].targets;
    expect(first.dates).toEqual([{ preposition: 'by', date: { asWritten: 'June 2017', precision: 'month', value: '2017-06', assumed: null } }]);
    expect(second.dates).toEqual([]);
    expect(fourth.text).toMatch(/\n {2}- i\. which services might be jointly recommissioned/);
    expect(facts.commitments[3].targets[0].dates[0].date).toMatchObject({ asWritten: '30 June 2017', precision: 'exact', value: '2017-06-30' });
    expect(facts.commitments[7].targets[2].dates.map((d) => [d.preposition, d.date.value])).toEqual([
      ['between', '2017-09'],
      ['and', '2018-03'],
    ]);
  });

  it('words collective monitoring as Commitment 2 does, up to asking a partner to leave', () => {
    expect(facts.escalationPath!.levels.map((l) => l.asWritten)).toEqual([
      'Collective monitoring: if an organisation appears not to be acting for the collective good, Chairs / CEOs will reflect this to the organisation and provide evidence to illustrate their concern.',
      "If there isn't a change in approach, in extremis, the organisation may be asked to leave the partnership.",
    ]);
  });
});

describe.each(SEED_PAPER_IDS)('seed %s', (id) => {
  it('takes every string it records from the paper', () => {
    const facts = seedFacts(id);
    const paper = renderDocument(seedDocument(id)).replace(/\s+/g, ' ');
    const strings = [
      facts.title,
      facts.covers,
      ...facts.alsoTitled,
      ...facts.partners.flatMap((p) => [p.name, ...p.alsoWritten, p.type.category, p.type.inName, p.lead?.name, p.deputy?.name]),
      ...facts.signatures.flatMap((s) => [s.signatory, s.role, s.signed.asWritten]),
      ...facts.versions.flatMap((v) => [v.note, v.dated.asWritten]),
      ...facts.endorsements.flatMap((e) => [e.body, e.outcomeAsWritten, e.meetingDate.asWritten, ...e.concerns.flatMap((c) => [c.concern, c.response])]),
      ...facts.endorsementRequests.flatMap((r) => [r.body, r.asked, r.meetingDate.asWritten]),
      ...(facts.escalationPath?.levels.flatMap((l) => [l.asWritten, ...l.mediators]) ?? []),
      ...facts.commitments.flatMap((c) => [c.heading, ...c.targets.flatMap((t) => [t.text.split('\n')[0], ...t.dates.map((d) => d.date.asWritten)])]),
    ].filter((s): s is string => typeof s === 'string');
    for (const text of strings) expect({ text, onPaper: paper.includes(text.replace(/\s+/g, ' ')) }).toEqual({ text, onPaper: true });
  });

  it('marks every date the paper does not give in full', () => {
    const facts = seedFacts(id);
    const dates = [
      ...facts.versions.map((v) => v.dated),
      ...facts.signatures.map((s) => s.signed),
      ...facts.endorsements.map((e) => e.meetingDate),
      ...facts.partners.map((p) => p.since),
      ...(facts.term ? [facts.term.effectiveFrom, facts.term.until, facts.term.refreshBy] : []),
    ];
    for (const date of dates) {
      if (date.asWritten === null) expect(date.value).toBeNull();
      if (date.assumed === null && date.value !== null) expect(date.asWritten).not.toBeNull();
    }
  });
});
