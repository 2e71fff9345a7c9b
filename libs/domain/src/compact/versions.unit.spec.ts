import { NotFoundInDomain } from '../shared/decider';
import { given, haringeyAndIslington, hashOf, section, shropshire, southKentCoast, spec, versionPublished } from '../../testing/seed-compacts.fixtures';

describe('compact versions (000 Shropshire version table)', () => {
  const { drafting, v1Sections } = shropshire;

  describe('drafting', () => {
    it('given nothing, when the Shropshire compact is drafted, then CompactDrafted', () => {
      spec()
        .given([])
        .when({ type: 'DraftCompact', data: { compactId: 'shropshire-telford-wrekin', title: 'Shropshire Compact', covers: 'Shropshire, Telford and Wrekin', description: null } })
        .then([{ type: 'CompactDrafted', data: { compactId: 'shropshire-telford-wrekin', title: 'Shropshire Compact', covers: 'Shropshire, Telford and Wrekin', description: null } }]);
    });

    it('given the compact drafted, when it is drafted again, then compact-already-drafted', () => {
      given(drafting.slice(0, 1))
        .when({ type: 'DraftCompact', data: { compactId: 'shropshire-telford-wrekin', title: 'again', covers: 'x', description: null } })
        .thenThrows('compact-already-drafted');
    });

    it('given no compact, when a version is published, then the compact is not found', () => {
      spec()
        .given([])
        .when({ type: 'PublishVersion', data: { label: '1', note: 'first', dated: '2013-01-25', sections: v1Sections } })
        .thenThrows(NotFoundInDomain);
    });
  });

  describe('PublishVersion', () => {
    it('given the compact drafted, when V1 "first (incomplete) draft" is published, then the version carries its sections and content hash, label without the V', () => {
      given(drafting.slice(0, 1))
        .when({ type: 'PublishVersion', data: { label: 'V1', note: 'First (incomplete) draft', dated: '2013-01-25', sections: v1Sections } })
        .then([versionPublished('1', '2013-01-25', v1Sections, 'First (incomplete) draft')]);
    });

    it('sorts sections into numeric order (2.10 after 2.9) before hashing', () => {
      const unordered = [section('2.10', 'ten'), section('2.9', 'nine'), section('1', 'one')];
      given(drafting.slice(0, 1))
        .when({ type: 'PublishVersion', data: { label: '1', note: 'n', dated: '2013-01-25', sections: unordered } })
        .then((events) => {
          const data = events[0].data as { sections: { number: string }[]; contentHash: string };
          expect(data.sections.map((s) => s.number)).toEqual(['1', '2.9', '2.10']);
          expect(data.contentHash).toBe(hashOf('1', [section('1', 'one'), section('2.9', 'nine'), section('2.10', 'ten')]));
        });
    });

    it('given V1, when V1.1 "minor amendment" is published whole, then it follows V1', () => {
      const sections = [...v1Sections.slice(0, 4), section('4.1', 'We will establish a joint programme of work, reviewed annually.')];
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: 'V1.1', note: 'Minor amendment to V1', dated: '2013-01-28', sections } })
        .then([versionPublished('1.1', '2013-01-28', sections, 'Minor amendment to V1')]);
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

    it('given V1, when V2.0 has two sections numbered 2.4, then duplicate-section-number', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-11', sections: [section('2.4', 'a'), section('2.04', 'b')] } })
        .thenThrows('duplicate-section-number');
    });

    it('given V1, when V2.0 has a section numbered "2.4a", then invalid-section-number', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-11', sections: [section('2.4a', 'a')] } })
        .thenThrows('invalid-section-number');
    });

    it('given the compact drafted, when a version with no sections is published, then version-without-sections', () => {
      given(drafting.slice(0, 1))
        .when({ type: 'PublishVersion', data: { label: '1', note: 'n', dated: '2013-01-25', sections: [] } })
        .thenThrows('version-without-sections');
    });

    it('given V1, when V2.0 is published without a note, then version-note-required', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: ' ', dated: '2013-02-11', sections: [section('1', 'x')] } })
        .thenThrows('version-note-required');
    });

    it('given V1 dated 25 January, when V2.0 is dated 24 January, then version-dated-before-previous', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-01-24', sections: [section('1', 'x')] } })
        .thenThrows('version-dated-before-previous');
    });

    it('given South Kent Coast V1.0 signed by SECAMB on 10 Sept 2015, when V2.0 is dated 1 Sept 2015, then version-dated-before-signature', () => {
      given(southKentCoast.withTwelveSignatures)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'Refresh', dated: '2015-09-01', sections: [section('1', 'x')] } })
        .thenThrows('version-dated-before-signature');
    });

    it('given South Kent Coast V1.0 last signed on 10 Sept 2015, when V2.0 is dated 11 Sept 2015, then CompactVersionPublished', () => {
      given(southKentCoast.withTwelveSignatures)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'Refresh', dated: '2015-09-11', sections: [section('1', 'x')] } })
        .then((events) => expect(events.map((e) => e.type)).toEqual(['CompactVersionPublished']));
    });

    it('given Haringey and Islington V1.0 in force from 1 June 2017, when V2.0 is dated that same day, then version-dated-before-in-force', () => {
      given(haringeyAndIslington.inForceFrom1June2017)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'Refresh', dated: '2017-06-01', sections: [section('1', 'x')] } })
        .thenThrows('version-dated-before-in-force');
    });

    it('given V1, when V2.0 is dated "11.2", then invalid-date', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '11.2', sections: [section('1', 'x')] } })
        .thenThrows('invalid-date');
    });

    it('given V1, when V2.0 is published with exactly the V1 text, then version-changes-nothing', () => {
      given(drafting)
        .when({ type: 'PublishVersion', data: { label: '2.0', note: 'n', dated: '2013-02-11', sections: v1Sections } })
        .thenThrows('version-changes-nothing');
    });
  });

  describe('PublishAmendment', () => {
    it('given V1, when V4.0 amends 2.4 and 4.1 and adds new section 3.9, then the full resulting sections, the hash and what changed', () => {
      const new24 = section('2.4', 'That as a health and social care system we view every unplanned admission as a system failure.');
      const new41 = section('4.1', 'We will establish a joint programme of work and request an external review of it.');
      const new39 = section('3.9', 'We will remain mindful of the impact we may have on other providers within our wider health economy.');
      const sections = [v1Sections[0], v1Sections[1], new24, v1Sections[3], new39, new41];
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: 'V4.0', note: 'Amendments to 2.4 and 4.1, new section 3.9', dated: '2013-02-25', replace: [new24, new41], add: [new39] } })
        .then([
          {
            type: 'CompactVersionPublished',
            data: {
              label: '4.0',
              note: 'Amendments to 2.4 and 4.1, new section 3.9',
              dated: '2013-02-25',
              sections,
              contentHash: hashOf('4.0', sections),
              amendment: { amends: '1', replaced: ['2.4', '4.1'], added: ['3.9'], removed: [], phraseReplacements: [] },
            },
            effectiveAt: '2013-02-25',
          },
        ]);
    });

    it('given V1, when V6.0 changes the word "patient" to "citizen", then every whole word changes, keeping its capital, and the count is recorded', () => {
      given(drafting)
        .when({
          type: 'PublishAmendment',
          data: {
            label: 'V6.0',
            note: 'Amendments following CE meeting on the 26 February, to include changing the word "patient" to "citizen".',
            dated: '2013-02-27',
            replacePhrases: [{ find: 'patient', replaceWith: 'citizen' }],
          },
        })
        .then((events) => {
          const data = events[0].data as { sections: { number: string; text: string }[]; amendment: unknown };
          expect(data.sections.find((s) => s.number === '2.3')?.text).toBe("These drivers are summarised by the seven 'citizen statements'. Citizen experience matters to every citizen.");
          expect(data.sections.find((s) => s.number === '2.4')?.text).toContain('admission of a citizen with a LTC');
          expect(data.amendment).toEqual({ amends: '1', replaced: [], added: [], removed: [], phraseReplacements: [{ find: 'patient', replaceWith: 'citizen', occurrences: 4 }] });
        });
    });

    it('given V1, when V5.0 removes 3.2, then the section is gone', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '5.0', note: 'Remove 3.2', dated: '2013-02-26', remove: ['3.2'] } })
        .then((events) => {
          const data = events[0].data as { sections: { number: string }[] };
          expect(data.sections.map((s) => s.number)).toEqual(['1.1', '2.3', '2.4', '4.1']);
        });
    });

    it('given V1, when an amendment names nothing to change, then amendment-changes-nothing', () => {
      given(drafting).when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28' } }).thenThrows('amendment-changes-nothing');
    });

    it('given V1, when an amendment replaces 2.4 with its own text, then section-replacement-unchanged', () => {
      given(drafting)
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', replace: [v1Sections[2]] } })
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
        .when({ type: 'PublishAmendment', data: { label: '1.1', note: 'n', dated: '2013-01-28', remove: v1Sections.map((s) => s.number) } })
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

    it('given V1 then V1.1 made by amendment, when V2.0 amends V1.1, then it amends 1.1 (the current version)', () => {
      const v11 = versionPublished('1.1', '2013-01-28', v1Sections.slice(1), 'Minor amendment to V1');
      given([...drafting, v11])
        .when({ type: 'PublishAmendment', data: { label: '2.0', note: 'Incorporates draft Vision/Strategy section', dated: '2013-02-11', add: [section('2.1', 'Vision')] } })
        .then((events) => expect((events[0].data as { amendment: { amends: string } }).amendment.amends).toBe('1.1'));
    });
  });
});
