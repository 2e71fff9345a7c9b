import { admitted, decide, given, haringeyAndIslington, idOf, on, stateAfter } from '../../testing/seed-compacts.fixtures';
import type { CompactEvent } from './compact.events';
import type { Compact } from './compact.state';
import { isMemberOn, membershipOn } from './partners';
import type { CompactReferences } from './references';

describe('partners (004 Haringey and Islington: "other organisations may wish to join" ... "may be asked to leave")', () => {
  const { agreed, partners } = haringeyAndIslington;
  const whittington = partners[idOf('Whittington Health NHS Trust')];
  const northMiddlesex = partners[haringeyAndIslington.northMiddlesex];
  const NMUH = haringeyAndIslington.northMiddlesex;
  const whittingtonNewLead = { name: 'Siobhan Harrington', role: 'Chief Executive' };
  const healthwatchHaringey = {
    factId: 'admit-healthwatch-haringey',
    organisationId: 'healthwatch-haringey',
    name: 'Healthwatch Haringey',
    organisationType: 'healthwatch' as const,
    lead: { name: 'Sharon Grant', role: 'Chair' },
    deputy: null,
    effectiveOn: '2017-09-01',
  };

  describe('AdmitPartner', () => {
    it('given the partnership agreed by ten organisations, when Healthwatch Haringey joins on 1 September 2017, then PartnerAdmitted effective that day', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: healthwatchHaringey })
        .then([{ type: 'PartnerAdmitted', data: { ...healthwatchHaringey, effectiveOn: on('2017-09-01') }, effectiveAt: '2017-09-01' }]);
    });

    it('given Whittington Health is a partner, when it is admitted again, then partner-already-member', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...whittington, factId: 'again', effectiveOn: '2017-07-01' } })
        .thenThrows('partner-already-member');
    });

    it('given the partnership, when an organisation id is "Healthwatch Haringey" rather than a slug, then organisation-id-not-a-slug', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...healthwatchHaringey, organisationId: 'Healthwatch Haringey' } })
        .thenThrows('organisation-id-not-a-slug');
    });

    it('given the partnership, when an organisation whose id is "constructor" joins, then PartnerAdmitted (an id is only ever looked up among the partners)', () => {
      const constructorOrg = { ...healthwatchHaringey, factId: 'admit-constructor', organisationId: 'constructor' };
      given(agreed)
        .when({ type: 'AdmitPartner', data: constructorOrg })
        .then([{ type: 'PartnerAdmitted', data: { ...constructorOrg, effectiveOn: on('2017-09-01') }, effectiveAt: '2017-09-01' }]);
    });

    it('given "constructor" is no partner, when it withdraws, then partner-not-member', () => {
      given(agreed)
        .when({ type: 'WithdrawPartner', data: { organisationId: 'constructor', noticeGivenOn: '2018-01-15', effectiveOn: '2018-04-01', reason: 'r' } })
        .thenThrows('partner-not-member');
    });

    it('given the partnership, when the type is "charity", then unknown-organisation-type', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...healthwatchHaringey, organisationType: 'charity' as never } })
        .thenThrows('unknown-organisation-type');
    });

    it('given the partnership, when the named lead has no name, or a blank role, then representative-incomplete (a role the paper does not give is null, not blank)', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...healthwatchHaringey, lead: { name: ' ', role: 'Chair' } } })
        .thenThrows('representative-incomplete');
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...healthwatchHaringey, lead: { name: 'Sharon Grant', role: '' } } })
        .thenThrows('representative-incomplete');
    });

    it('given the partnership, when a partner is admitted whose lead and type the paper does not give, then it is recorded with no lead and the type not-given', () => {
      const unnamed = { ...healthwatchHaringey, lead: null, organisationType: 'not-given' as const };
      given(agreed)
        .when({ type: 'AdmitPartner', data: unnamed })
        .then([{ type: 'PartnerAdmitted', data: { ...unnamed, effectiveOn: on('2017-09-01') }, effectiveAt: '2017-09-01' }]);
    });

    it('given the partnership, when the admission reuses an earlier fact id, then fact-id-already-used', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...healthwatchHaringey, factId: `admit-${idOf('University College London Hospitals NHS Foundation Trust')}` } })
        .thenThrows('fact-id-already-used');
    });

    it('given the partnership, when the admission is dated "1 Sept 2017", then invalid-date', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...healthwatchHaringey, effectiveOn: '1 Sept 2017' } })
        .thenThrows('invalid-date');
    });
  });

  describe('ChangeRepresentatives', () => {
    it('given Whittington Health, when its named lead changes, then PartnerRepresentativesChanged', () => {
      given(agreed)
        .when({ type: 'ChangeRepresentatives', data: { organisationId: whittington.organisationId, lead: whittingtonNewLead, deputy: null, effectiveOn: '2017-10-01' } })
        .then([
          {
            type: 'PartnerRepresentativesChanged',
            data: { organisationId: whittington.organisationId, lead: whittingtonNewLead, deputy: null, effectiveOn: '2017-10-01' },
            effectiveAt: '2017-10-01',
          },
        ]);
    });

    it('given Whittington Health, when the same lead and deputy are given, then representatives-unchanged', () => {
      given(agreed)
        .when({ type: 'ChangeRepresentatives', data: { organisationId: whittington.organisationId, lead: whittington.lead, deputy: whittington.deputy, effectiveOn: '2017-10-01' } })
        .thenThrows('representatives-unchanged');
    });

    it('given the partnership, when Healthwatch Haringey (not a partner) changes its lead, then partner-not-member', () => {
      given(agreed)
        .when({ type: 'ChangeRepresentatives', data: { organisationId: 'healthwatch-haringey', lead: whittingtonNewLead, deputy: null, effectiveOn: '2017-10-01' } })
        .thenThrows('partner-not-member');
    });
  });

  describe('WithdrawPartner', () => {
    const withdrawal = { factId: 'withdraw-nmuh', organisationId: NMUH, noticeGivenOn: '2018-01-15', effectiveOn: '2018-04-01', reason: 'Realigning with the Enfield system' };
    const withdrawn = { ...withdrawal, noticeGivenOn: on('2018-01-15'), effectiveOn: on('2018-04-01') };

    it('given North Middlesex Hospital is a partner, when it gives notice on 15 January to leave on 1 April 2018, then PartnerWithdrawn effective 1 April', () => {
      given(agreed).when({ type: 'WithdrawPartner', data: withdrawal }).then([{ type: 'PartnerWithdrawn', data: withdrawn, effectiveAt: '2018-04-01' }]);
    });

    it("given North Middlesex's board endorsed the agreement on 1 May 2018, when it is said to have withdrawn from 1 April 2018, then departure-before-endorsement", () => {
      const endorsement = decide(agreed, {
        type: 'RecordBoardEndorsement',
        data: { factId: 'endorse-nmuh', organisationId: NMUH, versionLabel: '1', boardName: 'Trust Board', meetingDate: '2018-05-01', outcome: 'endorsed', concerns: [], reason: null },
      });
      given([...agreed, ...endorsement]).when({ type: 'WithdrawPartner', data: withdrawal }).thenThrows('departure-before-endorsement');
    });

    it('given the partnership, when the withdrawal takes effect before its notice, then withdrawal-before-notice', () => {
      given(agreed)
        .when({ type: 'WithdrawPartner', data: { ...withdrawal, effectiveOn: '2018-01-01' } })
        .thenThrows('withdrawal-before-notice');
    });

    it('given the partnership from 1 June 2017, when a partner leaves on 1 May 2017, then departure-before-admission', () => {
      given(agreed)
        .when({ type: 'WithdrawPartner', data: { ...withdrawal, noticeGivenOn: '2017-04-01', effectiveOn: '2017-05-01' } })
        .thenThrows('departure-before-admission');
    });

    it('given the partnership, when a withdrawal gives no reason, then reason-required', () => {
      given(agreed)
        .when({ type: 'WithdrawPartner', data: { ...withdrawal, reason: '' } })
        .thenThrows('reason-required');
    });

    it('given North Middlesex has withdrawn, when it withdraws again, then partner-not-member', () => {
      given([...agreed, { type: 'PartnerWithdrawn', data: withdrawn }])
        .when({ type: 'WithdrawPartner', data: withdrawal })
        .thenThrows('partner-not-member');
    });
  });

  describe('AskPartnerToLeave', () => {
    const IGPF = idOf('Islington GP Federation');
    /** What the application read of the dispute the basis names (references.ts). */
    const references: CompactReferences = {
      disputes: { 'dispute-2019-007': { disputeId: 'dispute-2019-007', compactId: 'haringey-and-islington', raisedOn: '2019-02-01', parties: [idOf('NHS Islington Clinical Commissioning Group'), IGPF] } },
      decisions: {},
      compacts: {},
    };
    const asked = {
      factId: 'asked-igpf',
      organisationId: IGPF,
      reason: 'Not acting for the collective good after Chairs and CEOs reflected the concern with evidence',
      basis: { kind: 'dispute' as const, reference: 'dispute-2019-007' },
      effectiveOn: '2019-06-30',
      references,
    };
    const { references: _r, ...recorded } = asked;

    it('given the partnership, when Islington GP Federation is asked to leave following a dispute, then PartnerAskedToLeave naming the dispute', () => {
      given(agreed)
        .when({ type: 'AskPartnerToLeave', data: asked })
        .then([{ type: 'PartnerAskedToLeave', data: { ...recorded, effectiveOn: on('2019-06-30') }, effectiveAt: '2019-06-30' }]);
    });

    it('given the partnership, when a partner is asked to leave without naming the decision or dispute, then leaving-basis-required', () => {
      given(agreed)
        .when({ type: 'AskPartnerToLeave', data: { ...asked, basis: { kind: 'decision', reference: ' ' } } })
        .thenThrows('leaving-basis-required');
    });

    it('given the partnership, when Kent County Council (never a partner) is asked to leave, then partner-not-member', () => {
      given(agreed)
        .when({ type: 'AskPartnerToLeave', data: { ...asked, organisationId: 'kent-county-council' } })
        .thenThrows('partner-not-member');
    });
  });

  describe('readmission and membership periods', () => {
    const left: CompactEvent[] = [
      ...agreed,
      { type: 'PartnerWithdrawn', data: { factId: 'withdraw-nmuh', organisationId: NMUH, noticeGivenOn: on('2018-01-15'), effectiveOn: on('2018-04-01'), reason: 'r' } },
    ];

    it('given North Middlesex left on 1 April 2018, when it is admitted again on 1 April 2019, then PartnerAdmitted, and both periods stay in state', () => {
      const again = admitted(northMiddlesex, '2019-04-01', 'readmit-north-middlesex');
      given(left)
        .when({ type: 'AdmitPartner', data: again.data })
        .then([again]);
      const state = stateAfter([...left, again]) as Compact;
      const periods = state.partners[NMUH].memberships;
      expect(periods.map((p) => [p.from.value, p.until?.value ?? null, p.ending?.kind ?? null])).toEqual([
        ['2017-06-01', '2018-04-01', 'withdrew'],
        ['2019-04-01', null, null],
      ]);
      expect(isMemberOn(state.partners[NMUH], '2018-06-01')).toBe(false);
      expect(isMemberOn(state.partners[NMUH], '2019-04-01')).toBe(true);
    });

    it('given North Middlesex left on 1 April 2018, when it is admitted again from 1 March 2018, then readmission-before-departure', () => {
      given(left)
        .when({ type: 'AdmitPartner', data: admitted(northMiddlesex, '2018-03-01', 'readmit').data })
        .thenThrows('readmission-before-departure');
    });
  });

  describe('membership on a date, where the paper dates it only to a span', () => {
    const southNotts = (from: string) => ({
      organisationId: 'x',
      name: 'X',
      organisationType: 'provider' as const,
      lead: null,
      deputy: null,
      memberships: [{ admissionFactId: 'a', from: on(from), until: null, ending: null }],
    });

    it('given a partner admitted "in 2015", then a rule may take it as a member on 2015-01-01 (not certainly outside), but a read takes it as one only once certain, or as placed', () => {
      const partner = southNotts('2015');
      expect(isMemberOn(partner, '2015-01-01')).toBe(true);
      expect(isMemberOn(partner, '2014-12-31')).toBe(false);
      expect(membershipOn(partner, '2015-01-01')).toBe('undetermined');
      expect(membershipOn(partner, '2015-12-31')).toBe('member');
      expect(membershipOn(partner, '2014-12-31')).toBe('not-member');
      expect(membershipOn(partner, '2015-01-01', 'earliest')).toBe('member');
      expect(membershipOn(partner, '2015-06-30', 'latest')).toBe('not-member');
    });

    it('given a partner admitted on a date the paper does not give (001, 002, 003), then no date places it: rules accept it, reads leave it undetermined', () => {
      const partner = { ...southNotts('2015'), memberships: [{ admissionFactId: 'a', from: { asWritten: null, precision: 'not-given' as const, value: null, assumed: null }, until: null, ending: null }] };
      expect(isMemberOn(partner, '1990-01-01')).toBe(true);
      expect(membershipOn(partner, '2016-01-01')).toBe('undetermined');
      expect(membershipOn(partner, '2016-01-01', 'earliest')).toBe('undetermined');
    });
  });
});
