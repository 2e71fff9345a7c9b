import type { CompactEvent, CompactSuperseded, CompactTerminated } from './compact.events';
import { admitted, cameIntoForceByDecision, eastAndCentralCheshire, given, haringeyAndIslington, on, section, signed, southKentCoast, termSet, versionPublished } from '../../testing/seed-compacts.fixtures';

describe('term and coming into force', () => {
  describe('SetTerm', () => {
    const { drafting } = eastAndCentralCheshire;

    it('given the East and Central Cheshire compact, when its term is set to 24 months once all partners sign, then CompactTermSet', () => {
      given(drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'all-partners-signed', effectiveFrom: null, expiresOn: null, refreshDueBy: null, durationMonths: 24 } })
        .then([termSet({ durationMonths: 24 })]);
    });

    it('given Haringey and Islington drafted, when the term runs from 1 June 2017 to 31 March 2020, refresh by 31 March 2018, by its own word, then CompactTermSet with the paper\'s dates', () => {
      const { agreed, term } = haringeyAndIslington;
      const withoutTerm = agreed.filter((e) => e.type !== 'CompactTermSet');
      expect(term.data).toMatchObject({
        effectiveFrom: { asWritten: '1 June 2017', value: '2017-06-01' },
        expiresOn: { asWritten: '31st March 2020', value: '2020-03-31' },
        refreshDueBy: { asWritten: '31st March 2018', value: '2018-03-31' },
        decisionReference: 'Date effective: 1 June 2017',
      });
      given(withoutTerm)
        .when({ type: 'SetTerm', data: { ...term.data } })
        .then([term]);
    });

    it("given South Kent Coast, its term is 2015 to 2018 to the year, as its title gives it; a term whose end may fall on or after its start is in order", () => {
      expect(southKentCoast.term.data).toMatchObject({ effectiveFrom: { asWritten: '2015', precision: 'year' }, expiresOn: { asWritten: '2018', precision: 'year' } });
      given(southKentCoast.drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'all-partners-signed', effectiveFrom: '2015', expiresOn: '2015-03', refreshDueBy: null, durationMonths: null } })
        .then((events) => expect(events[0].type).toBe('CompactTermSet'));
      given(southKentCoast.drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'all-partners-signed', effectiveFrom: '2015', expiresOn: '2014-12', refreshDueBy: null, durationMonths: null } })
        .thenThrows('term-dates-out-of-order');
    });

    it('given the compact, when the term has both an expiry date and a duration, then term-expiry-ambiguous', () => {
      given(drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'all-partners-signed', effectiveFrom: null, expiresOn: '2014-03-31', refreshDueBy: null, durationMonths: 24 } })
        .thenThrows('term-expiry-ambiguous');
    });

    it('given the compact, when the duration is 0 months, then term-duration-invalid', () => {
      given(drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'all-partners-signed', effectiveFrom: null, expiresOn: null, refreshDueBy: null, durationMonths: 0 } })
        .thenThrows('term-duration-invalid');
    });

    it('given the compact, when the refresh falls due after the expiry, then term-dates-out-of-order', () => {
      given(drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'explicit-decision', effectiveFrom: '2017-06-01', expiresOn: '2018-03-31', refreshDueBy: '2020-03-31', durationMonths: null } })
        .thenThrows('term-dates-out-of-order');
    });

    it('given the compact, when the term expires before it runs, then term-dates-out-of-order', () => {
      given(drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'explicit-decision', effectiveFrom: '2017-06-01', expiresOn: '2017-05-31', refreshDueBy: null, durationMonths: null } })
        .thenThrows('term-dates-out-of-order');
    });

    it('given the compact, when the rule is "majority-signed", then unknown-in-force-rule', () => {
      given(drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'majority-signed' as never, effectiveFrom: null, expiresOn: null, refreshDueBy: null, durationMonths: null } })
        .thenThrows('unknown-in-force-rule');
    });

    it('given the compact already on the all-partners-signed rule with no dates, when the same term is set, then term-unchanged', () => {
      given(drafting)
        .when({ type: 'SetTerm', data: { inForceRule: 'all-partners-signed', effectiveFrom: null, expiresOn: null, refreshDueBy: null, durationMonths: null } })
        .thenThrows('term-unchanged');
    });

    it('given every partner signed while the rule was explicit-decision, when the rule changes to all-partners-signed, then the compact comes into force on the last signature date', () => {
      const { partners, v1 } = eastAndCentralCheshire;
      const signatures = Object.values(partners).map((p, i) => signed(p, v1, `2012-04-0${i + 2}`));
      given([...drafting, termSet({ inForceRule: 'explicit-decision' }), ...signatures])
        .when({ type: 'SetTerm', data: { inForceRule: 'all-partners-signed', effectiveFrom: null, expiresOn: null, refreshDueBy: null, durationMonths: 24 } })
        .then([
          termSet({ durationMonths: 24, factId: 'term-2' }),
          {
            type: 'CompactCameIntoForce',
            data: {
              factId: 'in-force-1',
              versionLabel: '1',
              contentHash: v1.data.contentHash,
              effectiveOn: on('2012-04-07'),
              rule: 'all-partners-signed',
              decisionReference: null,
              signatureFactIds: signatures.map((s) => s.data.factId),
              completedBy: { kind: 'rule-set' },
            },
            effectiveAt: '2012-04-07',
          },
        ]);
    });
  });

  describe('all-partners-signed, completed by a departure', () => {
    it('given twelve of thirteen South Kent Coast partners signed, when Kent County Council withdraws on 1 Oct 2015, then the compact comes into force that day', () => {
      const { withTwelveSignatures, v1, partners, kentCountyCouncil } = southKentCoast;
      const KCC = kentCountyCouncil.organisationId;
      const withdrawal = { factId: 'kcc-withdraws', organisationId: KCC, noticeGivenOn: '2015-09-15', effectiveOn: '2015-10-01', reason: 'Joining the county-wide arrangement instead' };
      given(withTwelveSignatures)
        .when({ type: 'WithdrawPartner', data: withdrawal })
        .then([
          { type: 'PartnerWithdrawn', data: { ...withdrawal, noticeGivenOn: on('2015-09-15'), effectiveOn: on('2015-10-01') }, effectiveAt: '2015-10-01' },
          {
            type: 'CompactCameIntoForce',
            data: {
              factId: 'in-force-1',
              versionLabel: '1',
              contentHash: v1.data.contentHash,
              effectiveOn: on('2015-10-01'),
              rule: 'all-partners-signed',
              decisionReference: null,
              signatureFactIds: Object.values(partners)
                .filter((p) => p !== kentCountyCouncil)
                .map((p) => `sign-${p.organisationId}-1`),
              completedBy: { kind: 'departure', organisationId: KCC, effectiveOn: on('2015-10-01') },
            },
            effectiveAt: '2015-10-01',
          },
        ]);
    });

    /** Eleven South Kent Coast partners signed and Kent County Council's withdrawal recorded; SECAMB's signature of 10 Sept completes the set. */
    function secambCompletesAfterWithdrawal(withdrawal: { noticeGivenOn: string; effectiveOn: string }, inForceOn: string) {
      const { drafting, twelveSignatures, v1, partners, secamb, kentCountyCouncil } = southKentCoast;
      const elevenSigned = twelveSignatures.filter((e) => e.type === 'PartnerSigned' && e.data.organisationId !== secamb.organisationId);
      const withdrawn: CompactEvent = {
        type: 'PartnerWithdrawn',
        data: {
          factId: 'kcc-withdraws',
          organisationId: kentCountyCouncil.organisationId,
          noticeGivenOn: on(withdrawal.noticeGivenOn),
          effectiveOn: on(withdrawal.effectiveOn),
          reason: 'Joining the county-wide arrangement instead',
        },
        effectiveAt: withdrawal.effectiveOn,
      };
      const secambSigns = signed(secamb, v1, '2015-09-10');
      given([...drafting, ...elevenSigned, withdrawn])
        .when({ type: 'SignVersion', data: secambSigns.data })
        .then([
          secambSigns,
          {
            type: 'CompactCameIntoForce',
            data: {
              factId: 'in-force-1',
              versionLabel: '1',
              contentHash: v1.data.contentHash,
              effectiveOn: on(inForceOn),
              rule: 'all-partners-signed',
              decisionReference: null,
              signatureFactIds: Object.values(partners)
                .filter((p) => p !== kentCountyCouncil)
                .map((p) => `sign-${p.organisationId}-1`),
              completedBy: { kind: 'signature', factId: secambSigns.data.factId },
            },
            effectiveAt: inForceOn,
          },
        ]);
    }

    it("given Kent County Council's withdrawal from 1 Oct 2015 already recorded, when SECAMB's signature of 10 Sept completes the set, then the compact comes into force on 1 Oct (the council was a partner, unsigned, until then)", () => {
      secambCompletesAfterWithdrawal({ noticeGivenOn: '2015-09-01', effectiveOn: '2015-10-01' }, '2015-10-01');
    });

    it('given a partner that left unsigned before the last signature, when that signature completes the set, then the compact comes into force on its date', () => {
      secambCompletesAfterWithdrawal({ noticeGivenOn: '2015-08-10', effectiveOn: '2015-09-01' }, '2015-09-10');
    });

    it('given SECAMB signed on 10 Sept 2015, when it is said to have withdrawn on 1 Sept 2015, then departure-before-signature', () => {
      given(southKentCoast.withTwelveSignatures)
        .when({ type: 'WithdrawPartner', data: { organisationId: southKentCoast.secamb.organisationId, noticeGivenOn: '2015-08-01', effectiveOn: '2015-09-01', reason: 'r' } })
        .thenThrows('departure-before-signature');
    });
  });

  describe('RecordCameIntoForce (explicit-decision)', () => {
    const { agreed, v1, inForce } = haringeyAndIslington;
    const decision = { versionLabel: '1', effectiveOn: '2017-06-01', decisionReference: 'Wellbeing Partnership Sponsor Board, agreement effective 1 June 2017' };

    it('given the Haringey and Islington agreement on the explicit-decision rule, when it is recorded in force from 1 June 2017 on its own word ("Date effective"), then CompactCameIntoForce', () => {
      const { factId, versionLabel, effectiveOn, decisionReference } = inForce.data;
      given(agreed).when({ type: 'RecordCameIntoForce', data: { factId, versionLabel, effectiveOn, decisionReference: decisionReference! } }).then([inForce]);
    });

    it('given the agreement dated 1 June 2017, when it is recorded in force from "June 2017" (the month holds 1 June), then it is accepted; from "May 2017", then in-force-before-version', () => {
      given(agreed).when({ type: 'RecordCameIntoForce', data: { ...decision, effectiveOn: '2017-06' } }).then((events) => expect(events).toHaveLength(1));
      given(agreed).when({ type: 'RecordCameIntoForce', data: { ...decision, effectiveOn: '2017-05' } }).thenThrows('in-force-before-version');
    });

    it('given a compact on the all-partners-signed rule, when a decision is recorded, then in-force-rule-not-explicit', () => {
      given(southKentCoast.withTwelveSignatures)
        .when({ type: 'RecordCameIntoForce', data: { ...decision, versionLabel: '1', effectiveOn: '2015-09-30' } })
        .thenThrows('in-force-rule-not-explicit');
    });

    it('given the agreement, when the decision names no reference, then decision-reference-required', () => {
      given(agreed)
        .when({ type: 'RecordCameIntoForce', data: { ...decision, decisionReference: '' } })
        .thenThrows('decision-reference-required');
    });

    it('given the agreement dated 1 June 2017, when it is said to be in force from 1 May 2017, then in-force-before-version', () => {
      given(agreed)
        .when({ type: 'RecordCameIntoForce', data: { ...decision, effectiveOn: '2017-05-01' } })
        .thenThrows('in-force-before-version');
    });

    it('given the agreement in force, when it is recorded in force again, then version-already-in-force', () => {
      given([...agreed, inForce]).when({ type: 'RecordCameIntoForce', data: decision }).thenThrows('version-already-in-force');
    });

    it('given version 2.0 (the refresh) is current, when version 1.0 is recorded in force, then version-not-current', () => {
      const v2 = versionPublished('2.0', '2018-03-01', [...haringeyAndIslington.sections, section('4', 'Refreshed')], 'Refresh');
      given([...agreed, inForce, v2])
        .when({ type: 'RecordCameIntoForce', data: decision })
        .thenThrows('version-not-current');
    });

    it('given 1.0 came into force on 1 July 2017, when 2.0 is recorded in force from 15 June 2017, then in-force-before-previous', () => {
      const v2 = versionPublished('2.0', '2017-06-01', [...haringeyAndIslington.sections, section('4', 'Refreshed')], 'Refresh');
      given([...agreed.slice(0, 2), v2, ...agreed.slice(2), cameIntoForceByDecision(v1, '2017-07-01', 'x')])
        .when({ type: 'RecordCameIntoForce', data: { ...decision, versionLabel: '2.0', effectiveOn: '2017-06-15' } })
        .thenThrows('in-force-before-previous');
    });
  });

  describe('TerminateCompact and RecordSuperseded', () => {
    const { inForceFrom1June2017 } = haringeyAndIslington;
    const terminated: CompactTerminated = {
      type: 'CompactTerminated',
      data: { factId: 'termination', effectiveOn: on('2019-03-31'), reason: 'Replaced by the ICS', decisionReference: 'Partnership Board 2019-03' },
      effectiveAt: '2019-03-31',
    };
    const terminate = { effectiveOn: '2019-03-31', reason: 'Replaced by the ICS', decisionReference: 'Partnership Board 2019-03' };
    const successor = { disputes: {}, decisions: {}, compacts: { 'north-central-london-ics': { compactId: 'north-central-london-ics', title: 'NCL ICS' } } };
    const superseded: CompactSuperseded = {
      type: 'CompactSuperseded',
      data: { factId: 'supersession', successorCompactId: 'north-central-london-ics', effectiveOn: on('2019-04-01'), reason: 'a more formal partnership agreement', decisionReference: null },
      effectiveAt: '2019-04-01',
    };
    const supersede = { successorCompactId: 'north-central-london-ics', effectiveOn: '2019-04-01', reason: 'a more formal partnership agreement', decisionReference: null, references: successor };

    it('given the agreement in force, when it is terminated on 31 March 2019, then CompactTerminated', () => {
      given(inForceFrom1June2017).when({ type: 'TerminateCompact', data: terminate }).then([terminated]);
    });

    it('given the agreement in force from 1 June 2017, when it is said to have been terminated on 15 May 2017, then closure-before-recorded-facts', () => {
      given(inForceFrom1June2017)
        .when({ type: 'TerminateCompact', data: { ...terminate, effectiveOn: '2017-05-15' } })
        .thenThrows('closure-before-recorded-facts');
    });

    it('given the agreement in force from 1 June 2017, when it is said to have been superseded that same day, then closure-before-recorded-facts', () => {
      given(inForceFrom1June2017)
        .when({ type: 'RecordSuperseded', data: { ...supersede, effectiveOn: '2017-06-01' } })
        .thenThrows('closure-before-recorded-facts');
    });

    it('given a partner admitted from 1 Sept 2017, when the agreement is said to have been terminated on 31 Aug 2017, then closure-before-recorded-facts', () => {
      const late = admitted({ organisationId: 'healthwatch-islington', name: 'Healthwatch Islington', organisationType: 'healthwatch', lead: { name: 'A', role: 'Chair' }, deputy: null }, '2017-09-01');
      given([...inForceFrom1June2017, late])
        .when({ type: 'TerminateCompact', data: { ...terminate, effectiveOn: '2017-08-31' } })
        .thenThrows('closure-before-recorded-facts');
    });

    it('given the agreement, when it is terminated without a reason, then reason-required', () => {
      given(inForceFrom1June2017).when({ type: 'TerminateCompact', data: { effectiveOn: '2019-03-31', reason: '', decisionReference: null } }).thenThrows('reason-required');
    });

    it('given the agreement terminated, when it is terminated again, then compact-already-terminated', () => {
      given([...inForceFrom1June2017, terminated]).when({ type: 'TerminateCompact', data: terminate }).thenThrows('compact-already-terminated');
    });

    it('given the agreement in force, when it is replaced by a more formal agreement, then CompactSuperseded naming the successor', () => {
      given(inForceFrom1June2017).when({ type: 'RecordSuperseded', data: supersede }).then([superseded]);
    });

    it('given the agreement, when it is said to supersede itself, then successor-is-this-compact', () => {
      given(inForceFrom1June2017)
        .when({ type: 'RecordSuperseded', data: { successorCompactId: 'haringey-and-islington', effectiveOn: '2019-04-01', reason: 'x', decisionReference: null } })
        .thenThrows('successor-is-this-compact');
    });

    it('given the agreement superseded, when it is superseded again, then compact-already-superseded', () => {
      given([...inForceFrom1June2017, superseded]).when({ type: 'RecordSuperseded', data: supersede }).thenThrows('compact-already-superseded');
    });

    it('given the agreement terminated on 31 March 2019, when a partner is admitted from 1 May 2019, then compact-closed', () => {
      given([...inForceFrom1June2017, terminated])
        .when({
          type: 'AdmitPartner',
          data: { factId: 'late', organisationId: 'healthwatch-islington', name: 'Healthwatch Islington', organisationType: 'healthwatch', lead: { name: 'A', role: 'Chair' }, deputy: null, effectiveOn: '2019-05-01' },
        })
        .thenThrows('compact-closed');
    });

    it('given the agreement terminated on 31 March 2019, when its term is changed, then compact-closed', () => {
      given([...inForceFrom1June2017, terminated])
        .when({ type: 'SetTerm', data: { inForceRule: 'explicit-decision', effectiveFrom: '2017-06-01', expiresOn: '2021-03-31', refreshDueBy: null, durationMonths: null } })
        .thenThrows('compact-closed');
    });

    it('given the agreement terminated in 2019, when a 2017 paper fact is recorded after the fact, then it is accepted', () => {
      given([...inForceFrom1June2017, terminated])
        .when({
          type: 'AdmitPartner',
          data: { factId: 'late', organisationId: 'healthwatch-islington', name: 'Healthwatch Islington', organisationType: 'healthwatch', lead: { name: 'A', role: 'Chair' }, deputy: null, effectiveOn: '2017-09-01' },
        })
        .then((events) => expect(events.map((e) => e.type)).toEqual(['PartnerAdmitted']));
    });
  });
});
