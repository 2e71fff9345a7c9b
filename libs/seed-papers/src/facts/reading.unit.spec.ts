import { organisationType, readAmendmentNote, sameOrganisation } from './reading';

const sections = [
  { number: '2', heading: 'Vision/Strategy' },
  { number: '2.4', heading: null },
  { number: '3.9', heading: null },
  { number: '4', heading: 'The Programme of Joint Work' },
  { number: '4.1', heading: null },
  { number: '5', heading: 'Measuring Success' },
];

describe('reading what a version note says an amendment changed', () => {
  it('takes numbers for amended and new sections, headings for added ones, words for a replacement', () => {
    expect(readAmendmentNote('Amendments to 2.4 and 4.1, new section 3.9', 'V3.0', sections)).toMatchObject({
      amends: 'V3.0',
      amendsFrom: 'previous-row',
      amended: [{ section: '2.4' }, { section: '4.1' }],
      added: [{ section: '3.9', resolvedBy: 'number' }],
      unlocatedChanges: false,
    });
    expect(
      readAmendmentNote('Added "measuring success" and "joint programmes" sections', 'V2.0', sections).added.map((a) => [a.section, a.resolvedBy]),
    ).toEqual([
      ['5', 'heading'],
      ['4', 'heading-words'],
    ]);
    expect(readAmendmentNote('changing the word "patient" to "citizen".', 'V5.0', sections).phraseReplacements).toEqual([
      { find: 'patient', replaceWith: 'citizen' },
    ]);
    expect(readAmendmentNote('Minor amendment to V1', 'V1', sections)).toMatchObject({ amends: 'V1', amendsFrom: 'note', unlocatedChanges: true });
  });

  it('refuses a note naming a section the text does not have', () => {
    expect(() => readAmendmentNote('Amendment to 7.7', 'V1', sections)).toThrow(/7\.7/);
    expect(() => readAmendmentNote('Added "free lunches" sections', 'V1', sections)).toThrow(/free lunches/);
  });
});

describe('organisation types as the paper gives them', () => {
  it('reads the kind from the name, then from the heading it is listed under, else none', () => {
    expect(organisationType(['Central & Eastern Cheshire PCT'], null).kind).toBe('primary-care-trust');
    expect(organisationType(['Local Medical Committee (LMC)'], null).kind).toBe('local-medical-committee');
    expect(organisationType(['Circle Partners'], 'Providers')).toEqual({ category: 'Providers', inName: null, kind: 'provider' });
    expect(organisationType(['Integrated Care 24 (IC24)'], null)).toEqual({ category: null, inName: null, kind: null });
    expect(organisationType(['East Cheshire Hospitals Trust'], null)).toEqual({ category: null, inName: 'Trust', kind: null });
  });

  it('matches spellings of one organisation and not of two', () => {
    expect(sameOrganisation('Kent and Medway Partnership Trust', 'Kent and Medway NHS and Social Care Partnership Trust')).toBe(true);
    expect(sameOrganisation('Nottingham CityCare Partners', 'Nottingham CityCare Partnership')).toBe(true);
    expect(sameOrganisation('South East Coast Ambulance Service (SECAMB)', 'South East Coast Ambulance Service NHS Foundation Trust')).toBe(true);
    expect(sameOrganisation('Nottingham City Council', 'NHS Nottingham City')).toBe(false);
    // 003: Healthwatch is not Kent Community Health NHS Foundation Trust, though "Healthwatch" begins with "Health".
    expect(sameOrganisation('Healthwatch', 'Kent Community Health NHS Foundation Trust')).toBe(false);
    expect(sameOrganisation('Nottinghamshire County Council', 'Nottingham City Council')).toBe(false);
  });
});
