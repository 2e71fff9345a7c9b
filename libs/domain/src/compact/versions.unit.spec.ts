import { NotFoundInDomain } from '../shared/decider';
import type { CompactVersionPublished } from './compact.events';
import {
  compactAfter,
  drafted,
  given,
  haringeyAndIslington,
  hashOf,
  on,
  section,
  shropshire,
  southKentCoast,
  spec,
  versionPublished,
} from '../../testing/seed-compacts.fixtures';

/** A hand-made text for the amendment rules (not a seed's): numbered as a compact might be. */
const text = [
  section('1.1', 'Partners have agreed to establish a Compact.', 'Introduction'),
  section('2.3', "These drivers are summarised by the seven 'patient statements'. Patient experience matters to every patient."),
  section('2.4', 'We view every unplanned admission of a patient with a long term condition as a system failure.'),
  section('3.2', 'We will share the financial risk of making agreed system-wide changes.'),
  section('4.1', 'We will establish a joint programme of work.'),
];
const v1 = versionPublished('1', '2013-01-25', text, 'First draft');
const drafting = [drafted('example', 'An example compact', 'Example'), v1];

describe('compact versions', () => {
  describe('drafting', () => {
    it('given nothing, when a compact is drafted, then CompactDrafted', () => {
      spec()
        .given([])
        .when({ type: 'DraftCompact', data: { compactId: 'example', title: 'An example compact', covers: 'Example', description: null } })
        .then([{ type: 'CompactDrafted', data: { compactId: 'example', title: 'An example compact', covers: 'Example', description: null } }]);
    });

    it('given the compact drafted, when it is drafted again, then compact-already-drafted', () => {
      given(drafting.slice(0, 1))
        .when({ type: 'DraftCompact', data: { compactId: 'example', title: 'again', covers: 'x', description: null } })
        .thenThrows('compact-already-drafted');
    });

    it('given no compact, when a version is published, then the compact is not found', () => {
      spec()
        .given([])
        .when({ type: 'PublishVersion', data: { label: '1', note: 'first', dated: '2013-01-25', sections: text } })
        .thenThrows(NotFoundInDomain);
    });
  });

  describe('PublishVersion', () => {
    it('given the compact drafted, when V1 is published, then the version carries its sections in the order given, its content hash and its date, label without the V', () => {
      given(drafting.slice(0, 1))
        .when({ type: 'PublishVersion', data: { label: 'V1', note: 'First draft', dated: '2013-01-25', sections: text } })
        .then([versionPublished('1', '2013-01-25', text, 'First draft')]);
    });

    it('keeps the sections in the order given, which is the paper\'s (an appendix after section 9, 3.10 after 3.9)', () => {
      const ordered = [section('3.9', 'nine'), section('3.10', 'ten'), section('Appendix 1, 4', 'members')];
      given(drafting.slice(0, 1))
        .when({ type: 'PublishVersion', data: { label: '1', note: 'n', dated: '2013-01-25', sections: ordered } })
        .then((events) => {
          const data = (events[0] as CompactVersionPublished).data;
          expect(data.sections!.map((s) => s.number)).toEqual(['3.9', '3.10', 'Appendix 1, 4']);
          expect(data.contentHash).toBe(hashOf('1', ordered));
        });
    });

    it('given the compact drafted, when a first version the paper gives no note for is published with note null, then it is recorded without one', () => {
      given(drafting.slice(0, 1))
        .when({ type: 'PublishVersion', data: { label: '1', note: null, dated: '2017-06-01', sections: text } })
        .then([versionPublished('1', '2017-06-01', text, null)]);
    });

    it('given V1, when V2.0 is published without a note, then version-note-required (only a first version may have none)', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: null, dated: '2013-02-11', sections: [section('1', 'x')] } })
        .thenThrows('version-note-required');
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: ' ', dated: '2013-02-11', sections: [section('1', 'x')] } })
        .thenThrows('version-note-required');
    });

    it.each([
      ['1', 'the same label'],
      ['1.0', 'the same version written 1.0'],
      ['0.9', 'an earlier label'],
    ])('given V1, when version %s is published (%s), then version-label-not-greater', (label) => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label, note: 'n', dated: '2013-01-28', sections: [section('1.1', 'changed')] } })
        .thenThrows('version-label-not-greater');
    });

    it('given V1, when a version labelled "draft two" is published, then invalid-version-label', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: 'draft two', note: 'n', dated: '2013-01-28', sections: [section('1.1', 'x')] } })
        .thenThrows('invalid-version-label');
    });

    it('given V1, when V2.0 has two sections cited 2.4 (2.04 is 2.4), or "Commitment 3" twice in other cases, then duplicate-section-number', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-11', sections: [section('2.4', 'a'), section('2.04', 'b')] } })
        .thenThrows('duplicate-section-number');
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-11', sections: [section('Commitment 3', 'a'), section('commitment 3', 'b')] } })
        .thenThrows('duplicate-section-number');
    });

    it('given V1, when a section is cited with a line break or blank, then invalid-section-number', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-11', sections: [section('2.4\nb', 'a')] } })
        .thenThrows('invalid-section-number');
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-11', sections: [section('', 'a')] } })
        .thenThrows('invalid-section-number');
    });

    it('given the compact drafted, when a version with an empty list of sections is published, then version-without-sections', () => {
      given(drafting.slice(0, 1))
        .when({ type: 'PublishVersion', data: { label: '1', note: 'n', dated: '2013-01-25', sections: [] } })
        .thenThrows('version-without-sections');
    });

    it('given V1 dated 25 January, when V2.0 is dated 24 January, then version-dated-before-previous', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-01-24', sections: [section('1', 'x')] } })
        .thenThrows('version-dated-before-previous');
    });

    it('given V1 dated 25 January 2013, when V2.0 is dated only "January 2013" (a month that holds a day on or after the 25th), then it is accepted: only what is certainly wrong is refused', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-01', sections: [section('1', 'x')] } })
        .then((events) => expect((events[0] as CompactVersionPublished).data.dated).toEqual({ asWritten: null, precision: 'month', value: '2013-01', assumed: null }));
    });

    it('given V1 dated 25 January 2013, when V2.0 is dated only "2012", then version-dated-before-previous (every day of 2012 is earlier)', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2012', sections: [section('1', 'x')] } })
        .thenThrows('version-dated-before-previous');
    });

    it('given South Kent Coast version 1 signed by SECAMB on 10 Sept 2015, when version 2.0 is dated 1 Sept 2015, then version-dated-before-signature', () => {
      given(southKentCoast.withTwelveSignatures)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'Refresh', dated: '2015-09-01', sections: [section('1', 'x')] } })
        .thenThrows('version-dated-before-signature');
    });

    it('given South Kent Coast version 1 last signed on 10 Sept 2015, when version 2.0 is dated 11 Sept 2015, then CompactVersionPublished', () => {
      given(southKentCoast.withTwelveSignatures)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'Refresh', dated: '2015-09-11', sections: [section('1', 'x')] } })
        .then((events) => expect(events.map((e) => e.type)).toEqual(['CompactVersionPublished']));
    });

    it('given Haringey and Islington version 1 in force from 1 June 2017, when version 2.0 is dated that same day, then version-dated-before-in-force', () => {
      given(haringeyAndIslington.inForceFrom1June2017)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'Refresh', dated: '2017-06-01', sections: [section('1', 'x')] } })
        .thenThrows('version-dated-before-in-force');
    });

    it('given V1, when V2.0 is dated "11.2" or 30 February, then invalid-date', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '11.2', sections: [section('1', 'x')] } })
        .thenThrows('invalid-date');
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-30', sections: [section('1', 'x')] } })
        .thenThrows('invalid-date');
    });

    it('given V1, when V2.0 is published with exactly the V1 text, then version-changes-nothing', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-11', sections: text } })
        .thenThrows('version-changes-nothing');
    });
  });

  describe('a version the paper lists but whose text it does not carry (000: V1 to V5.0)', () => {
    const dated = (value: string) => ({ asWritten: value.slice(8) + '.' + Number(value.slice(5, 7)), value, assumed: { parts: ['year' as const], between: null, basis: 'the text plans for 2013/14' } });

    it('given Shropshire drafted, when V1 is recorded from the version table with no text, then it has no sections and no content hash, and its date keeps the assumed year', () => {
      given(shropshire.events.slice(0, 1))
        .when({ type: 'PublishVersion', data: { label: 'V1', note: 'First (incomplete) draft', dated: dated('2013-01-25'), sections: null } })
        .then((events) => {
          const data = (events[0] as CompactVersionPublished).data;
          expect(data).toMatchObject({ label: '1', sections: null, contentHash: null, describedChanges: null });
          expect(data.dated).toEqual({ asWritten: '25.1', precision: 'exact', value: '2013-01-25', assumed: { parts: ['year'], between: null, basis: 'the text plans for 2013/14' } });
        });
    });

    it('given Shropshire as the papers record it, then V4.0 says what its note says it changed (2.4 and 4.1 amended, 3.9 added) against V3.0, with the note\'s words, in a form a diff can show', () => {
      const v4 = shropshire.versions.find((v) => v.data.label === '4.0')!;
      expect(v4.data.sections).toBeNull();
      expect(v4.data.describedChanges).toEqual({
        amends: '3.0',
        amended: [
          { asWritten: '2.4', section: '2.4', resolvedBy: 'number' },
          { asWritten: '4.1', section: '4.1', resolvedBy: 'number' },
        ],
        added: [{ asWritten: '3.9', section: '3.9', resolvedBy: 'number' }],
        removed: [],
        phraseReplacements: [],
        unlocatedChanges: false,
      });
      const v6 = shropshire.v6.data;
      expect(v6.describedChanges).toMatchObject({ amends: '5.0', phraseReplacements: [{ find: 'patient', replaceWith: 'citizen' }], unlocatedChanges: true });
      expect(v6.sections!.length).toBeGreaterThan(30);
    });

    it('given Shropshire up to V5.0 (no text), when V6.0 is made by amending V5.0, then version-text-not-recorded: there is no text to amend', () => {
      const upToV5 = shropshire.events.filter((e) => !(e.type === 'CompactVersionPublished' && e.data.label === '6.0'));
      given(upToV5)
        .when({ type: 'PublishAmendment', data: { label: '6.0', note: 'n', dated: '2013-02-27', replacePhrases: [{ find: 'patient', replaceWith: 'citizen' }] } })
        .thenThrows('version-text-not-recorded');
    });

    it('given Shropshire, when a note is said to amend V9, which the compact does not have, then version-not-found', () => {
      given(shropshire.events)
        .when({
          type: 'PublishVersion',
          data: { label: '7.0', note: 'n', dated: '2013-03-01', sections: null, describedChanges: { amends: 'V9', amended: [], added: [], removed: [], phraseReplacements: [], unlocatedChanges: true } },
        })
        .thenThrows('version-not-found');
    });

    it('given Shropshire, when described changes name a section without saying how the note was read, then described-changes-invalid', () => {
      given(shropshire.events)
        .when({
          type: 'PublishVersion',
          data: {
            label: '7.0',
            note: 'n',
            dated: '2013-03-01',
            sections: null,
            describedChanges: { amends: '6.0', amended: [{ asWritten: '', section: '2.4', resolvedBy: 'number' }], added: [], removed: [], phraseReplacements: [], unlocatedChanges: false },
          },
        })
        .thenThrows('described-changes-invalid');
    });

    it('given Shropshire, when V7.0 amends V6.0\'s real text changing "patient" to "citizen", then the words left in 2.3 ("patient statements") change', () => {
      given(shropshire.events)
        .when({ type: 'PublishAmendment', data: { label: '7.0', note: 'finish the change', dated: '2013-03-01', replacePhrases: [{ find: 'patient', replaceWith: 'citizen' }] } })
        .then((events) => {
          const data = (events[0] as CompactVersionPublished).data;
          expect(data.sections!.find((s) => s.number === '2.3')!.text).toContain("'citizen statements'");
          expect(data.amendment!.phraseReplacements[0].occurrences).toBeGreaterThan(0);
        });
    });

    it('keeps V1 to V6.0 dated in 2013 by the ledger\'s assumption, marked with its basis', () => {
      const state = compactAfter(shropshire.events);
      expect(state.versions.map((v) => [v.label, v.dated.asWritten, v.dated.value, v.dated.assumed?.parts])).toEqual([
        ['1', '25.1', '2013-01-25', ['year']],
        ['1.1', '28.1', '2013-01-28', ['year']],
        ['2.0', '11.2', '2013-02-11', ['year']],
        ['3.0', '18.2', '2013-02-18', ['year']],
        ['4.0', '25.2', '2013-02-25', ['year']],
        ['5.0', '26.2', '2013-02-26', ['year']],
        ['6.0', '27.2', '2013-02-27', ['year']],
      ]);
      expect(on('2013-02-27')).toEqual({ asWritten: null, precision: 'exact', value: '2013-02-27', assumed: null });
    });
  });

  describe('PublishAmendment', () => {
    it('given V1, when V4.0 amends 2.4 and 4.1 and adds new section 3.9, then the full resulting sections (3.9 after 3.2), the hash and what changed', () => {
      const new24 = section('2.4', 'We view every unplanned admission as a system failure.');
      const new41 = section('4.1', 'We will establish a joint programme of work and request an external review of it.');
      const new39 = section('3.9', 'We will remain mindful of the impact we may have on other providers.');
      const sections = [text[0], text[1], new24, text[3], new39, new41];
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: 'V4.0', note: 'Amendments to 2.4 and 4.1, new section 3.9', dated: '2013-02-25', replace: [new24, new41], add: [new39] } })
        .then([
          {
            type: 'CompactVersionPublished',
            data: {
              factId: 'version-4.0',
              label: '4.0',
              note: 'Amendments to 2.4 and 4.1, new section 3.9',
              dated: on('2013-02-25'),
              sections,
              contentHash: hashOf('4.0', sections),
              amendment: { amends: '1', replaced: ['2.4', '4.1'], added: ['3.9'], removed: [], phraseReplacements: [] },
              describedChanges: null,
            },
            effectiveAt: '2013-02-25',
          },
        ]);
    });

    it('given V1, when V6.0 changes the word "patient" to "citizen", then every whole word changes, keeping its capital, and the count is recorded', () => {
      given(drafting)
        .when({
          type: 'PublishAmendment',
          data: { label: 'V6.0', note: 'changing the word "patient" to "citizen"', dated: '2013-02-27', replacePhrases: [{ find: 'patient', replaceWith: 'citizen' }] },
        })
        .then((events) => {
          const data = (events[0] as CompactVersionPublished).data;
          expect(data.sections!.find((s) => s.number === '2.3')?.text).toBe("These drivers are summarised by the seven 'citizen statements'. Citizen experience matters to every citizen.");
          expect(data.sections!.find((s) => s.number === '2.4')?.text).toContain('admission of a citizen with');
          expect(data.amendment).toEqual({ amends: '1', replaced: [], added: [], removed: [], phraseReplacements: [{ find: 'patient', replaceWith: 'citizen', occurrences: 4 }] });
        });
    });

    it('given V1, when V5.0 removes 3.2, then the section is gone', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '5.0', note: 'Remove 3.2', dated: '2013-02-26', remove: ['3.2'] } })
        .then((events) => expect((events[0] as CompactVersionPublished).data.sections!.map((s) => s.number)).toEqual(['1.1', '2.3', '2.4', '4.1']));
    });

    it('given V1, when an amendment names nothing to change, then amendment-changes-nothing', () => {
      given(drafting).when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28' } }).thenThrows('amendment-changes-nothing');
    });

    it('given V1, when an amendment replaces 2.4 with its own text, then section-replacement-unchanged', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', replace: [text[2]] } })
        .thenThrows('section-replacement-unchanged');
    });

    it('given V1, when an amendment replaces section 3.9, which V1 does not have, then section-not-found', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', replace: [section('3.9', 'x')] } })
        .thenThrows('section-not-found');
    });

    it('given V1, when an amendment removes section 5.1, which V1 does not have, then section-not-found', () => {
      given(drafting).when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', remove: ['5.1'] } }).thenThrows('section-not-found');
    });

    it('given V1, when an amendment adds section 2.4, which V1 already has, then section-already-exists', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', add: [section('2.4', 'x')] } })
        .thenThrows('section-already-exists');
    });

    it('given V1, when an amendment both replaces and removes 2.4, then section-named-twice', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', replace: [section('2.4', 'x')], remove: ['2.4'] } })
        .thenThrows('section-named-twice');
    });

    it('given V1, when an amendment replaces the word "service user", which is not in the text, then phrase-not-found', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', replacePhrases: [{ find: 'service user', replaceWith: 'citizen' }] } })
        .thenThrows('phrase-not-found');
    });

    it('given V1, when an amendment removes every section, then version-without-sections', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', remove: text.map((s) => s.number) } })
        .thenThrows('version-without-sections');
    });

    it('given the compact drafted with no version, when an amendment is published, then no-version-to-amend', () => {
      given(drafting.slice(0, 1))
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', remove: ['2.4'] } })
        .thenThrows('no-version-to-amend');
    });

    it('given V1, when an amendment is labelled 1, then version-label-not-greater', () => {
      given(drafting).when({ type: 'PublishAmendment', data: { label: 'v1', note: 'n', dated: '2013-01-28', remove: ['2.4'] } }).thenThrows('version-label-not-greater');
    });

    it('given V1 then V1.1, when V2.0 amends V1.1, then it amends 1.1 (the current version)', () => {
      const v11 = versionPublished('1.1', '2013-01-28', text.slice(1), 'Minor amendment to V1');
      given([...drafting, v11])
        .when({ type: 'PublishAmendment', data: { label: '2.0', note: 'Incorporates draft Vision/Strategy section', dated: '2013-02-11', add: [section('2.1', 'Vision')] } })
        .then((events) => expect((events[0] as CompactVersionPublished).data.amendment!.amends).toBe('1.1'));
    });
  });
});
