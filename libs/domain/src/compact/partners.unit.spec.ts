import { admitted, decide, given, haringeyAndIslington, stateAfter } from '../../testing/seed-compacts.fixtures';
import type { CompactEvent } from './compact.events';
import type { Compact } from './compact.state';
import { isMemberOn } from './partners';

describe('partners (004 Haringey and Islington: "other organisations may wish to join" ... "may be asked to leave")', () => {
  const { agreed, partners } = haringeyAndIslington;
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
        .then([{ type: 'PartnerAdmitted', data: healthwatchHaringey, effectiveAt: '2017-09-01' }]);
    });

    it('given Whittington Health is a partner, when it is admitted again, then partner-already-member', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...partners.whittington, factId: 'again', effectiveOn: '2017-07-01' } })
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
        .then([{ type: 'PartnerAdmitted', data: constructorOrg, effectiveAt: '2017-09-01' }]);
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

    it('given the partnership, when the named lead has no role, then representative-incomplete', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...healthwatchHaringey, lead: { name: 'Sharon Grant', role: '' } } })
        .thenThrows('representative-incomplete');
    });

    it('given the partnership, when the admission reuses an earlier fact id, then fact-id-already-used', () => {
      given(agreed)
        .when({ type: 'AdmitPartner', data: { ...healthwatchHaringey, factId: 'admit-uclh' } })
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
        .when({ type: 'ChangeRepresentatives', data: { organisationId: 'whittington-health', lead: whittingtonNewLead, deputy: null, effectiveOn: '2017-10-01' } })
        .then([
          {
            type: 'PartnerRepresentativesChanged',
            data: { organisationId: 'whittington-health', lead: whittingtonNewLead, deputy: null, effectiveOn: '2017-10-01' },
            effectiveAt: '2017-10-01',
          },
        ]);
    });

    it('given Whittington Health, when the same lead and deputy are given, then representatives-unchanged', () => {
      given(agreed)
        .when({ type: 'ChangeRepresentatives', data: { organisationId: 'whittington-health', lead: partners.whittington.lead, deputy: partners.whittington.deputy, effectiveOn: '2017-10-01' } })
        .thenThrows('representatives-unchanged');
    });

    it('given the partnership, when Healthwatch Haringey (not a partner) changes its lead, then partner-not-member', () => {
      given(agreed)
        .when({ type: 'ChangeRepresentatives', data: { organisationId: 'healthwatch-haringey', lead: whittingtonNewLead, deputy: null, effectiveOn: '2017-10-01' } })
        .thenThrows('partner-not-member');
    });
  });

  describe('WithdrawPartner', () => {
    const withdrawal = { organisationId: 'north-middlesex-hospital', noticeGivenOn: '2018-01-15', effectiveOn: '2018-04-01', reason: 'Realigning with the Enfield system' };

    it('given North Middlesex Hospital is a partner, when it gives notice on 15 January to leave on 1 April 2018, then PartnerWithdrawn effective 1 April', () => {
      given(agreed).when({ type: 'WithdrawPartner', data: withdrawal }).then([{ type: 'PartnerWithdrawn', data: withdrawal, effectiveAt: '2018-04-01' }]);
    });

    it("given North Middlesex's board endorsed the agreement on 1 May 2018, when it is said to have withdrawn from 1 April 2018, then departure-before-endorsement", () => {
      const endorsement = decide(agreed, {
        type: 'RecordBoardEndorsement',
        data: { factId: 'endorse-nmuh', organisationId: 'north-middlesex-hospital', versionLabel: '1.0', boardName: 'Trust Board', meetingDate: '2018-05-01', outcome: 'endorsed', concerns: [], reason: null },
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
      given([...agreed, { type: 'PartnerWithdrawn', data: withdrawal }])
        .when({ type: 'WithdrawPartner', data: withdrawal })
        .thenThrows('partner-not-member');
    });
  });

  describe('AskPartnerToLeave', () => {
    const asked = {
      organisationId: 'islington-gp-federation',
      reason: 'Not acting for the collective good after Chairs and CEOs reflected the concern with evidence',
      basis: { kind: 'dispute' as const, reference: 'dispute-2019-007' },
      effectiveOn: '2019-06-30',
    };

    it('given the partnership, when Islington GP Federation is asked to leave following a dispute, then PartnerAskedToLeave naming the dispute', () => {
      given(agreed).when({ type: 'AskPartnerToLeave', data: asked }).then([{ type: 'PartnerAskedToLeave', data: asked, effectiveAt: '2019-06-30' }]);
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
      { type: 'PartnerWithdrawn', data: { organisationId: 'north-middlesex-hospital', noticeGivenOn: '2018-01-15', effectiveOn: '2018-04-01', reason: 'r' } },
    ];

    it('given North Middlesex left on 1 April 2018, when it is admitted again on 1 April 2019, then PartnerAdmitted, and both periods stay in state', () => {
      const again = admitted(partners.northMiddlesex, '2019-04-01', 'readmit-north-middlesex');
      given(left)
        .when({ type: 'AdmitPartner', data: again.data })
        .then([again]);
      const state = stateAfter([...left, again]) as Compact;
      const periods = state.partners['north-middlesex-hospital'].memberships;
      expect(periods.map((p) => [p.from, p.until, p.ending?.kind ?? null])).toEqual([
        ['2017-06-01', '2018-04-01', 'withdrew'],
        ['2019-04-01', null, null],
      ]);
      expect(isMemberOn(state.partners['north-middlesex-hospital'], '2018-06-01')).toBe(false);
      expect(isMemberOn(state.partners['north-middlesex-hospital'], '2019-04-01')).toBe(true);
    });

    it('given North Middlesex left on 1 April 2018, when it is admitted again from 1 March 2018, then readmission-before-departure', () => {
      given(left)
        .when({ type: 'AdmitPartner', data: admitted(partners.northMiddlesex, '2018-03-01', 'readmit').data })
        .thenThrows('readmission-before-departure');
    });
  });
});
