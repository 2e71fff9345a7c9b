import type { CompactCommand } from './compact.commands';
import { type CompactReferences, referencesNamedBy } from './references';
import { compactAfter, given, haringeyAndIslington, on, run } from '../../testing/seed-compacts.fixtures';

/*
 * A basis or subject that names a dispute, a decision or another compact must name one that
 * exists, on this compact, by the date of the fact that rests on it. The decider reads no other
 * stream: the command carries what the application found (`references`).
 */
describe('references to disputes, board decisions and other compacts', () => {
  const { inForceFrom1June2017, northMiddlesex } = haringeyAndIslington;
  const COMPACT = 'haringey-and-islington';
  const decision = 'meeting/wpb-2017-10/decisions/d-6';
  const found = (overrides: Partial<CompactReferences> = {}): CompactReferences => ({
    disputes: { 'dispute-7': { disputeId: 'dispute-7', compactId: COMPACT, raisedOn: '2017-09-01', parties: ['nhs-islington-clinical-commissioning-group', northMiddlesex] } },
    decisions: { [decision]: { meetingId: 'wpb-2017-10', decisionId: 'd-6', compactId: COMPACT, decidedOn: '2017-10-12', carried: true } },
    compacts: {},
    ...overrides,
  });
  const askToLeave = (basis: { kind: 'dispute' | 'decision'; reference: string }, references: CompactReferences, effectiveOn = '2017-11-01'): CompactCommand => ({
    type: 'AskPartnerToLeave',
    data: { factId: 'asked', organisationId: northMiddlesex, reason: 'Not acting for the collective good', basis, effectiveOn, references },
  });

  it('says what a command names, for the application to read', () => {
    expect(referencesNamedBy(askToLeave({ kind: 'decision', reference: decision }, found()))).toEqual({
      disputes: [],
      decisions: [{ reference: decision, meetingId: 'wpb-2017-10', decisionId: 'd-6' }],
      compacts: [],
    });
    expect(
      referencesNamedBy({ type: 'RecordSuperseded', data: { successorCompactId: 'ncl', effectiveOn: '2020-04-01', reason: 'r', decisionReference: 'Sponsor Board, March 2020' } }),
    ).toEqual({ disputes: [], decisions: [], compacts: ['ncl'] });
  });

  describe('a partner asked to leave on a dispute', () => {
    it('given dispute-7 raised under this compact on 1 Sept 2017 with North Middlesex a party, when it is asked to leave on 1 Nov 2017, then PartnerAskedToLeave', () => {
      given(inForceFrom1June2017)
        .when(askToLeave({ kind: 'dispute', reference: 'dispute-7' }, found()))
        .then((events) => expect(events[0]).toMatchObject({ type: 'PartnerAskedToLeave', data: { basis: { kind: 'dispute', reference: 'dispute-7' }, effectiveOn: on('2017-11-01') } }));
    });

    it('when the dispute named does not exist ("no-such-dispute"), then referenced-dispute-not-found', () => {
      given(inForceFrom1June2017)
        .when(askToLeave({ kind: 'dispute', reference: 'no-such-dispute' }, found({ disputes: { 'no-such-dispute': null } })))
        .thenThrows('referenced-dispute-not-found');
    });

    it('when the dispute was raised under another compact, then referenced-dispute-on-another-compact', () => {
      const elsewhere = found({ disputes: { 'dispute-7': { disputeId: 'dispute-7', compactId: 'south-kent-coast', raisedOn: '2017-09-01', parties: [northMiddlesex] } } });
      given(inForceFrom1June2017).when(askToLeave({ kind: 'dispute', reference: 'dispute-7' }, elsewhere)).thenThrows('referenced-dispute-on-another-compact');
    });

    it('when the partner is asked to leave before the dispute was raised, then referenced-dispute-later; in "2017" (which may be after 1 Sept), it is accepted', () => {
      given(inForceFrom1June2017).when(askToLeave({ kind: 'dispute', reference: 'dispute-7' }, found(), '2017-08-01')).thenThrows('referenced-dispute-later');
      given(inForceFrom1June2017)
        .when(askToLeave({ kind: 'dispute', reference: 'dispute-7' }, found(), '2017'))
        .then((events) => expect(events[0].type).toBe('PartnerAskedToLeave'));
    });

    it('when the partner is not a party to the dispute, then referenced-dispute-not-about-partner', () => {
      const others = found({ disputes: { 'dispute-7': { disputeId: 'dispute-7', compactId: COMPACT, raisedOn: '2017-09-01', parties: ['a', 'b'] } } });
      given(inForceFrom1June2017).when(askToLeave({ kind: 'dispute', reference: 'dispute-7' }, others)).thenThrows('referenced-dispute-not-about-partner');
    });

    it('when the command does not carry what the dispute is, then reference-not-checked (the application must read it)', () => {
      given(inForceFrom1June2017).when(askToLeave({ kind: 'dispute', reference: 'dispute-8' }, found())).thenThrows('reference-not-checked');
    });
  });

  describe('a partner asked to leave on a board decision', () => {
    it('given decision d-6 of meeting wpb-2017-10, carried on 12 Oct 2017 by a board of this compact, then PartnerAskedToLeave naming it', () => {
      const events = run(inForceFrom1June2017, askToLeave({ kind: 'decision', reference: decision }, found()));
      const ending = compactAfter(events).partners[northMiddlesex].memberships[0].ending;
      expect(ending).toMatchObject({ kind: 'asked-to-leave', basis: { kind: 'decision', reference: decision } });
    });

    it('when the decision is named in words, not as meeting/<id>/decisions/<id>, then decision-reference-malformed', () => {
      given(inForceFrom1June2017).when(askToLeave({ kind: 'decision', reference: 'Partnership Board, October 2017' }, found())).thenThrows('decision-reference-malformed');
    });

    it.each([
      ['the meeting or the decision does not exist', { [decision]: null }, 'referenced-decision-not-found'],
      ['the board serves another compact', { [decision]: { meetingId: 'wpb-2017-10', decisionId: 'd-6', compactId: 'elsewhere', decidedOn: '2017-10-12', carried: true } }, 'referenced-decision-on-another-compact'],
      ['the decision was taken after the departure', { [decision]: { meetingId: 'wpb-2017-10', decisionId: 'd-6', compactId: COMPACT, decidedOn: '2017-11-15', carried: true } }, 'referenced-decision-later'],
      ['the decision was not carried', { [decision]: { meetingId: 'wpb-2017-10', decisionId: 'd-6', compactId: COMPACT, decidedOn: '2017-10-12', carried: false } }, 'referenced-decision-not-carried'],
    ])('when %s, then %s', (_what, decisions, rule) => {
      given(inForceFrom1June2017)
        .when(askToLeave({ kind: 'decision', reference: decision }, found({ decisions: decisions as CompactReferences['decisions'] })))
        .thenThrows(rule);
    });
  });

  describe('decisions and compacts named elsewhere', () => {
    it('a decision in the meeting/.../decisions/... form named by a termination must exist; a paper\'s own words are kept as written', () => {
      given(inForceFrom1June2017)
        .when({ type: 'TerminateCompact', data: { effectiveOn: '2019-03-31', reason: 'r', decisionReference: 'meeting/m/decisions/none', references: found({ decisions: { 'meeting/m/decisions/none': null } }) } })
        .thenThrows('referenced-decision-not-found');
      given(inForceFrom1June2017)
        .when({ type: 'TerminateCompact', data: { effectiveOn: '2019-03-31', reason: 'r', decisionReference: 'Sponsor Board, March 2019' } })
        .then((events) => expect(events[0].type).toBe('CompactTerminated'));
    });

    it('a compact said to supersede this one must have been drafted: referenced-compact-not-found', () => {
      given(inForceFrom1June2017)
        .when({ type: 'RecordSuperseded', data: { successorCompactId: 'ncl', effectiveOn: '2020-04-01', reason: 'r', decisionReference: null, references: found({ compacts: { ncl: null } }) } })
        .thenThrows('referenced-compact-not-found');
    });
  });
});
