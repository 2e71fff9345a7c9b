import type { CompactEvent } from './compact.events';
import { admitted, drafted, example, given, on, run, section, termSet, versionPublished } from '../../testing/seed-compacts.fixtures';

/*
 * What each date rule does with a date known only to a month or a year, or not given: it
 * refuses only what is certainly wrong (every day the date may fall on breaks the rule), and
 * accepts what may be right. One rule per case; the other specs show each rule on exact dates.
 */
describe('the date rules, on dates known only to a span', () => {
  const { alpha } = example.partners;
  const joined = [drafted('c', 'C', 'C'), versionPublished('1', '2015-01-01', [section('1', 'x')]), admitted(alpha, '2015-03')];
  const withdraw = (noticeGivenOn: string, effectiveOn: string) => ({ type: 'WithdrawPartner', data: { organisationId: alpha.organisationId, noticeGivenOn, effectiveOn, reason: 'r' } }) as const;

  it('departure-before-admission: admitted "March 2015", leaving on 15 March 2015 may be after joining (accepted); on 1 March, or in February, it cannot be (refused)', () => {
    given(joined).when(withdraw('2015-02-01', '2015-03-15')).then((events) => expect(events[0].type).toBe('PartnerWithdrawn'));
    given(joined).when(withdraw('2015-02-01', '2015-03-01')).thenThrows('departure-before-admission');
    given(joined).when(withdraw('2015-01-01', '2015-02')).thenThrows('departure-before-admission');
  });

  it('withdrawal-before-notice: notice "in 2016" and leaving 1 March 2016 may be in order (accepted); notice in 2016 and leaving in 2015, never (refused)', () => {
    given(joined).when(withdraw('2016', '2016-03-01')).then((events) => expect(events[0].type).toBe('PartnerWithdrawn'));
    given(joined).when(withdraw('2016', '2015-12')).thenThrows('withdrawal-before-notice');
  });

  it('readmission-before-departure: left "in 2016", admitted again on 1 June 2016 may be after (accepted); in 2015, never (refused)', () => {
    const left: CompactEvent[] = run(joined, withdraw('2015-12-01', '2016'));
    given(left).when({ type: 'AdmitPartner', data: { ...admitted(alpha, '2016-06-01', 'again').data } }).then((events) => expect(events[0].type).toBe('PartnerAdmitted'));
    given(left).when({ type: 'AdmitPartner', data: { ...admitted(alpha, '2015', 'again').data } }).thenThrows('readmission-before-departure');
  });

  it('closure-before-recorded-facts and compact-closed: terminated "in 2016", a fact of 1 June 2016 may precede it (accepted); a termination dated in 2014, after a version of 2015, cannot (refused)', () => {
    const terminated = run(joined, { type: 'TerminateCompact', data: { effectiveOn: '2016', reason: 'r', decisionReference: null } });
    given(terminated).when({ type: 'AdmitPartner', data: { ...admitted({ ...alpha, organisationId: 'beta' }, '2016-06-01', 'beta').data } }).then((events) => expect(events[0].type).toBe('PartnerAdmitted'));
    given(terminated).when({ type: 'AdmitPartner', data: { ...admitted({ ...alpha, organisationId: 'beta' }, '2017', 'beta').data } }).thenThrows('compact-closed');
    given(joined).when({ type: 'TerminateCompact', data: { effectiveOn: '2014', reason: 'r', decisionReference: null } }).thenThrows('closure-before-recorded-facts');
  });

  it('in-force-before-version and in-force-before-previous: version 1 in force "May 2015"; version 2, dated 10 May 2015, in force on 20 May may be after both (accepted); in force in April, certainly before its version (refused)', () => {
    const v2 = versionPublished('2', '2015-05-10', [section('1', 'y')], 'refresh');
    const inForce = run([...joined, termSet({ inForceRule: 'explicit-decision' })], { type: 'RecordCameIntoForce', data: { versionLabel: '1', effectiveOn: '2015-05', decisionReference: 'd' } });
    given([...inForce, v2]).when({ type: 'RecordCameIntoForce', data: { versionLabel: '2', effectiveOn: '2015-05-20', decisionReference: 'd2' } }).then((events) => expect(events).toHaveLength(1));
    given([...inForce, v2]).when({ type: 'RecordCameIntoForce', data: { versionLabel: '2', effectiveOn: '2015-04', decisionReference: 'd2' } }).thenThrows('in-force-before-version');
  });

  it('a date not given (and not bounded) can be placed nowhere: no rule is certainly broken by it', () => {
    given(joined).when(withdraw('2015-02-01', { value: null } as never)).then((events) => expect((events[0].data as { effectiveOn: unknown }).effectiveOn).toEqual({ asWritten: null, precision: 'not-given', value: null, assumed: null }));
  });

  it('dates are written at their precision, or the object form with the paper\'s words and what was assumed', () => {
    expect(on('2015')).toEqual({ asWritten: null, precision: 'year', value: '2015', assumed: null });
  });
});
