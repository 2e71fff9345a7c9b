import type { CompactEvent, CompactVersionPublished } from './compact.events';
import type { Compact } from './compact.state';
import { example, given, on, section, shropshire, signed, southKentCoast, southNottinghamshire, stateAfter, termSet, versionPublished } from '../../testing/seed-compacts.fixtures';

describe('signatures (003 South Kent Coast, as its paper has it: eleven dated 25 Aug 2015, SECAMB 10 Sept 2015, Kent County Council blank)', () => {
  const { v1, drafting, twelveSignatures, withTwelveSignatures, kentCountyCouncil: kcc, secamb, skcCcg, partners } = southKentCoast;
  const kccSigns = {
    factId: 'sign-kcc-1',
    organisationId: kcc.organisationId,
    versionLabel: '1',
    contentHash: v1.data.contentHash!,
    signatory: { name: 'A signatory for Kent County Council', role: null },
    signedOn: '2015-09-14',
    signifies: [],
  };

  it('reads the twelve signatures from the paper: each signatory as written, the LMC\'s role "Chair", the dates exact, SECAMB\'s blank "Signed" place marked', () => {
    const state = stateAfter(withTwelveSignatures) as Compact;
    expect(state.signatures).toHaveLength(12);
    expect(state.signatures.find((s) => s.organisationId === skcCcg.organisationId)).toMatchObject({ signatory: { name: 'Hazel Carpenter', role: null }, signedOn: { asWritten: '25 Aug 2015', precision: 'exact', value: '2015-08-25' } });
    expect(state.signatures.find((s) => s.signatory.role === 'Chair')?.signatory.name).toBe('Mike Parks');
    expect(state.signatures.find((s) => s.organisationId === secamb.organisationId)).toMatchObject({
      signedOn: { asWritten: '10 Sept 2015', value: '2015-09-10' },
      assumption: expect.stringContaining('"Signed" place on the paper is blank'),
    });
    expect(state.signatures.some((s) => s.organisationId === kcc.organisationId)).toBe(false);
  });

  it('given the South Kent Coast compact with its partners, when Hazel Carpenter signs version 1 for the CCG dated 25 Aug 2015, then PartnerSigned effective on the paper date', () => {
    const event = signed(skcCcg, v1, '2015-08-25', { factId: 'sign-ccg', signatory: { name: 'Hazel Carpenter', role: null } });
    given(drafting)
      .when({ type: 'SignVersion', data: { ...event.data, versionLabel: 'V1', signedOn: '2015-08-25' } })
      .then([event]);
  });

  it('given the compact with twelve signatures, when Kent County Council signs version 1, then PartnerSigned and the compact comes into force on that paper date', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: kccSigns })
      .then([
        { type: 'PartnerSigned', data: { ...kccSigns, signedOn: on('2015-09-14'), assumption: null }, effectiveAt: '2015-09-14' },
        {
          type: 'CompactCameIntoForce',
          data: {
            factId: 'in-force-1',
            versionLabel: '1',
            contentHash: v1.data.contentHash,
            effectiveOn: on('2015-09-14'),
            rule: 'all-partners-signed',
            decisionReference: null,
            signatureFactIds: Object.values(partners).map((p) => (p === kcc ? 'sign-kcc-1' : `sign-${p.organisationId}-1`)),
            completedBy: { kind: 'signature', factId: 'sign-kcc-1' },
          },
          effectiveAt: '2015-09-14',
        },
      ]);
  });

  it('given eleven of thirteen signed, when SECAMB signs on 10 Sept 2015, then only PartnerSigned: Kent County Council has still not signed', () => {
    const secambSigned = twelveSignatures.find((e) => e.type === 'PartnerSigned' && e.data.organisationId === secamb.organisationId)!;
    given([...drafting, ...twelveSignatures.filter((e) => e !== secambSigned)])
      .when({ type: 'SignVersion', data: { ...(secambSigned.data as unknown as typeof kccSigns) } })
      .then([secambSigned]);
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

  it('given partners admitted on 5 Jan 2015 (a hand-made example), when one signs a paper dated 3 Jan 2015, then partner-not-member', () => {
    given(example.drafting)
      .when({ type: 'SignVersion', data: { ...signed(example.partners.alpha, example.v1, '2015-01-03').data } })
      .thenThrows('partner-not-member');
  });

  it('given Hazel Carpenter signed version 1 for the CCG, when the CCG signs version 1 again, then partner-already-signed', () => {
    given(withTwelveSignatures)
      .when({ type: 'SignVersion', data: { ...signed(skcCcg, v1, '2015-08-26').data, factId: 'second' } })
      .thenThrows('partner-already-signed');
  });

  describe('a signature and the version\'s date, where the paper does not date the version', () => {
    // 003's draft is undated: the ledger bounds it between 1 Sept 2014 ("in place since September 2014") and the first signature.
    it('given version 1 dated between 2014-09-01 and 2015-08-25 (assumed), when a signature is dated 31 Aug 2014, then signature-before-version: certainly earlier', () => {
      given(drafting)
        .when({ type: 'SignVersion', data: { ...kccSigns, signedOn: '2014-08-31' } })
        .thenThrows('signature-before-version');
    });

    it('given that version, when a signature is dated only "August 2014", then signature-before-version: every day of that month is earlier', () => {
      given(drafting)
        .when({ type: 'SignVersion', data: { ...kccSigns, signedOn: '2014-08' } })
        .thenThrows('signature-before-version');
    });

    it('given that version, when a signature is dated only "2014" (which may fall after 1 Sept 2014), then it is accepted, known to the year', () => {
      given(drafting)
        .when({ type: 'SignVersion', data: { ...kccSigns, signedOn: '2014' } })
        .then((events) => expect((events[0].data as { signedOn: unknown }).signedOn).toEqual({ asWritten: null, precision: 'year', value: '2014', assumed: null }));
    });
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
      .when({ type: 'SignVersion', data: { ...kccSigns, factId: `sign-${secamb.organisationId}-1` } })
      .thenThrows('fact-id-already-used');
  });

  it('given Shropshire, whose V5.0 the paper lists without its text, when someone signs V5.0, then version-text-not-recorded: a signature names the hash of the text signed', () => {
    given([...shropshire.events, ...[]])
      .when({ type: 'SignVersion', data: { ...kccSigns, organisationId: 'nobody', versionLabel: '5.0' } })
      .thenThrows('version-text-not-recorded');
  });

  describe('a signature belongs to a version', () => {
    const v11Sections = [...southKentCoast.sections.slice(0, -1), section('Ensuring the Compact is sustainable', 'Each organisation will have its own complaints process.', 'Ensuring the Compact is sustainable')];
    const v11: CompactVersionPublished = versionPublished('1.1', '2015-09-01', v11Sections, 'Disputes section revised');
    const secambSigned = twelveSignatures.find((e) => e.type === 'PartnerSigned' && e.data.organisationId === secamb.organisationId)!;
    const eleven = twelveSignatures.filter((e) => e !== secambSigned);
    const withV11: CompactEvent[] = [...drafting, ...eleven, v11];

    it("given version 1.1 took effect on 1 Sept 2015, when SECAMB's signature on version 1 dated 10 Sept 2015 is recorded, then signature-after-next-version", () => {
      given(withV11)
        .when({ type: 'SignVersion', data: signed(secamb, v1, '2015-09-10').data })
        .thenThrows('signature-after-next-version');
    });

    it("given version 1.1 took effect on 1 Sept 2015, when SECAMB's signature on version 1 dated 25 Aug 2015 is recorded after the fact, then it is accepted on version 1", () => {
      given(withV11)
        .when({ type: 'SignVersion', data: signed(secamb, v1, '2015-08-25').data })
        .then([signed(secamb, v1, '2015-08-25')]);
    });

    it('given eleven signatures on 1 and version 1.1 published, the signatures on 1 stay and nobody has signed 1.1 yet', () => {
      const state = stateAfter(withV11) as Compact;
      expect(state.signatures.filter((s) => s.versionLabel === '1')).toHaveLength(11);
      expect(state.signatures.filter((s) => s.versionLabel === '1.1')).toHaveLength(0);
    });

    it('given version 1.1, when SECAMB signs 1.1 with the hash of 1, then signature-hash-mismatch', () => {
      given(withV11)
        .when({ type: 'SignVersion', data: { ...signed(secamb, v11, '2015-09-10').data, contentHash: v1.data.contentHash! } })
        .thenThrows('signature-hash-mismatch');
    });

    it('given all thirteen signed 1 but version 1.1 is current, when the last partner signs 1 after the fact, then 1 does not come into force by this rule (only the current version does)', () => {
      const allBut = [...drafting, ...eleven, signed(secamb, v1, '2015-08-30'), v11];
      given(allBut)
        .when({ type: 'SignVersion', data: signed(kcc, v1, '2015-08-31').data })
        .then([signed(kcc, v1, '2015-08-31')]);
    });
  });

  describe('what signing signifies (001 section 9)', () => {
    const { drafting: notts, partners: nottsPartners, v1: nottsV1, cityCcg } = southNottinghamshire;
    const allFour = ['supports-strategic-direction', 'agrees-principles', 'agrees-work-programme-and-leadership', 'agrees-quarterly-system-measures'] as const;

    it('given the South Nottinghamshire compact, when Nottingham City CCG signs signifying all four things, then PartnerSigned records them', () => {
      const event = signed(nottsPartners[cityCcg], nottsV1, '2015-02-05', { signifies: [...allFour] });
      given([...notts, termSet({ inForceRule: 'explicit-decision' })])
        .when({ type: 'SignVersion', data: event.data })
        .then([event]);
    });

    it('given the compact, when a signature signifies "agrees-everything", then unknown-significance', () => {
      given(notts)
        .when({ type: 'SignVersion', data: signed(nottsPartners[cityCcg], nottsV1, '2015-02-05', { signifies: ['agrees-everything' as never] }).data })
        .thenThrows('unknown-significance');
    });

    it('given the compact, when a signature lists agreement to the principles twice, then unknown-significance', () => {
      given(notts)
        .when({ type: 'SignVersion', data: signed(nottsPartners[cityCcg], nottsV1, '2015-02-05', { signifies: ['agrees-principles', 'agrees-principles'] }).data })
        .thenThrows('unknown-significance');
    });
  });
});
