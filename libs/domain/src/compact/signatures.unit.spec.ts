import type { CompactEvent } from './compact.events';
import type { Compact } from './compact.state';
import { given, section, signed, southKentCoast, southNottinghamshire, stateAfter, termSet, versionPublished } from '../../testing/seed-compacts.fixtures';

describe('signatures (003 South Kent Coast: dated 25 Aug and 10 Sept 2015, Kent County Council unsigned)', () => {
  const { partners, v1, drafting, twelveSignatures, withTwelveSignatures } = southKentCoast;
  const kcc = partners.kentCountyCouncil;
  const kccSigns = {
    factId: 'sign-kcc-1.0',
    organisationId: 'kent-county-council',
    versionLabel: '1.0',
    contentHash: v1.data.contentHash,
    signatory: { name: 'Andrew Ireland', role: 'Corporate Director, Social Care, Health and Wellbeing' },
    signedOn: '2015-09-14',
    signifies: [],
  };

  it('given the South Kent Coast compact with its partners, when Hazel Carpenter signs version 1.0 for the CCG dated 25 Aug 2015, then PartnerSigned effective on the paper date', () => {
    given(drafting)
      .when({
        type: 'SignVersion',
        data: {
          factId: 'sign-south-kent-coast-ccg-1.0',
          organisationId: 'south-kent-coast-ccg',
          versionLabel: 'V1.0',
          contentHash: v1.data.contentHash,
          signatory: partners.skcCcg.lead,
          signedOn: '2015-08-25',
          signifies: [],
        },
      })
      .then([signed(partners.skcCcg, v1, '2015-08-25')]);
  });

  it('given the compact with twelve signatures, when Kent County Council signs version 1.0, then PartnerSigned and the compact comes into force on that paper date', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: kccSigns })
      .then([
        { type: 'PartnerSigned', data: kccSigns, effectiveAt: '2015-09-14' },
        {
          type: 'CompactCameIntoForce',
          data: {
            versionLabel: '1.0',
            contentHash: v1.data.contentHash,
            effectiveOn: '2015-09-14',
            rule: 'all-partners-signed',
            decisionReference: null,
            signatureFactIds: Object.values(partners).map((p) => `sign-${p.organisationId}-1.0`).map((id) => (id === 'sign-kent-county-council-1.0' ? 'sign-kcc-1.0' : id)),
            completedBy: { kind: 'signature', factId: 'sign-kcc-1.0' },
          },
          effectiveAt: '2015-09-14',
        },
      ]);
  });

  it('given eleven of thirteen signed, when SECAMB signs on 10 Sept 2015, then only PartnerSigned: Kent County Council has still not signed', () => {
    given([...drafting, ...twelveSignatures.slice(0, 11)])
      .when({ type: 'SignVersion', data: signed(partners.secamb, v1, '2015-09-10').data })
      .then([signed(partners.secamb, v1, '2015-09-10')]);
  });

  it('given the compact, when Kent County Council signs with the hash of other text, then signature-hash-mismatch', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: { ...kccSigns, contentHash: 'fake-0000beef' } })
      .thenThrows('signature-hash-mismatch');
  });

  it('given the compact, when Kent County Council signs version 2.0, which does not exist, then version-not-found', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: { ...kccSigns, versionLabel: '2.0' } })
      .thenThrows('version-not-found');
  });

  it('given the compact, when Kent Police (not a partner) signs, then partner-not-member', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: { ...kccSigns, organisationId: 'kent-police' } })
      .thenThrows('partner-not-member');
  });

  it('given partners admitted on 1 Aug 2015, when Kent County Council signs a paper dated 31 July 2015, then partner-not-member', () => {
    given([...drafting.slice(0, 1), versionPublished('1.0', '2015-07-01', southKentCoast.sections, 'Draft'), ...drafting.slice(2)])
      .when({ type: 'SignVersion', data: { ...kccSigns, contentHash: versionPublished('1.0', '2015-07-01', southKentCoast.sections, 'Draft').data.contentHash, signedOn: '2015-07-31' } })
      .thenThrows('partner-not-member');
  });

  it('given Hazel Carpenter signed version 1.0 for the CCG, when the CCG signs version 1.0 again, then partner-already-signed', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: { ...signed(partners.skcCcg, v1, '2015-08-26').data, factId: 'second' } })
      .thenThrows('partner-already-signed');
  });

  it('given version 1.0 dated 1 Aug 2015, when a signature is dated 31 July 2015, then signature-before-version', () => {
    const earlyAdmissions = drafting.map((e) => (e.type === 'PartnerAdmitted' ? { ...e, data: { ...e.data, effectiveOn: '2015-07-01' } } : e));
    given(earlyAdmissions)
      .when({ type: 'SignVersion', data: { ...kccSigns, signedOn: '2015-07-31' } })
      .thenThrows('signature-before-version');
  });

  it('given the compact, when a signature is dated "10 Sept 2015", then invalid-date', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: { ...kccSigns, signedOn: '10 Sept 2015' } })
      .thenThrows('invalid-date');
  });

  it('given the compact, when the signatory has no name, then representative-incomplete', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: { ...kccSigns, signatory: { name: '', role: 'Leader' } } })
      .thenThrows('representative-incomplete');
  });

  it('given the compact, when the signature reuses a fact id, then fact-id-already-used', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: { ...kccSigns, factId: 'sign-secamb-1.0' } })
      .thenThrows('fact-id-already-used');
  });

  describe('a signature belongs to a version', () => {
    const v11Sections = [...southKentCoast.sections.slice(0, 2), section('3', 'Each organisation will have its own complaints process and governing body.', 'Disputes')];
    const v11 = versionPublished('1.1', '2015-09-01', v11Sections, 'Disputes section revised');
    const withV11: CompactEvent[] = [...drafting, ...twelveSignatures.slice(0, 11), v11];

    it('given version 1.1 took effect on 1 Sept 2015, when SECAMB\'s signature on version 1.0 dated 10 Sept 2015 is recorded, then signature-after-next-version', () => {
      given(withV11)
        .when({ type: 'SignVersion', data: signed(partners.secamb, v1, '2015-09-10').data })
        .thenThrows('signature-after-next-version');
    });

    it('given version 1.1 took effect on 1 Sept 2015, when SECAMB\'s signature on version 1.0 dated 25 Aug 2015 is recorded after the fact, then it is accepted on version 1.0', () => {
      given(withV11)
        .when({ type: 'SignVersion', data: signed(partners.secamb, v1, '2015-08-25').data })
        .then([signed(partners.secamb, v1, '2015-08-25')]);
    });

    it('given eleven signatures on 1.0 and version 1.1 published, the signatures on 1.0 stay and nobody has signed 1.1 yet', () => {
      const state = stateAfter(withV11) as Compact;
      expect(state.signatures.filter((s) => s.versionLabel === '1.0')).toHaveLength(11);
      expect(state.signatures.filter((s) => s.versionLabel === '1.1')).toHaveLength(0);
    });

    it('given version 1.1, when SECAMB signs 1.1 with the hash of 1.0, then signature-hash-mismatch', () => {
      given(withV11)
        .when({ type: 'SignVersion', data: { ...signed(partners.secamb, v11, '2015-09-10').data, contentHash: v1.data.contentHash } })
        .thenThrows('signature-hash-mismatch');
    });

    it('given all thirteen signed 1.0 but version 1.1 is current, when the last partner signs 1.0 after the fact, then 1.0 does not come into force by this rule (only the current version does)', () => {
      const allBut = [...drafting, ...twelveSignatures.slice(0, 11), signed(partners.secamb, v1, '2015-08-30'), v11];
      given(allBut)
        .when({ type: 'SignVersion', data: signed(kcc, v1, '2015-08-31').data })
        .then([signed(kcc, v1, '2015-08-31')]);
    });
  });

  describe('what signing signifies (001 section 9)', () => {
    const { drafting: notts, partners: nottsPartners, v1: nottsV1, allFour } = southNottinghamshire;

    it('given the South Nottinghamshire compact, when Nottingham City CCG signs signifying all four things, then PartnerSigned records them', () => {
      const event = signed(nottsPartners.nottinghamCityCcg, nottsV1, '2015-02-05', { signifies: allFour });
      given([...notts, termSet({ inForceRule: 'explicit-decision' })])
        .when({ type: 'SignVersion', data: event.data })
        .then([event]);
    });

    it('given the compact, when a signature signifies "agrees-everything", then unknown-significance', () => {
      given(notts)
        .when({ type: 'SignVersion', data: signed(nottsPartners.nottinghamCityCcg, nottsV1, '2015-02-05', { signifies: ['agrees-everything' as never] }).data })
        .thenThrows('unknown-significance');
    });

    it('given the compact, when a signature lists agreement to the principles twice, then unknown-significance', () => {
      given(notts)
        .when({ type: 'SignVersion', data: signed(nottsPartners.nottinghamCityCcg, nottsV1, '2015-02-05', { signifies: ['agrees-principles', 'agrees-principles'] }).data })
        .thenThrows('unknown-significance');
    });
  });
});
