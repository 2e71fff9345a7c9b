import { NotFoundInDomain } from '../shared/decider';
import type { CompactEvent } from './compact.events';
import type { Compact, CompactState } from './compact.state';
import { cameIntoForceByDecision, decide, drafted, eastAndCentralCheshire, haringeyAndIslington, on, section, shropshire, signed, southKentCoast, stateAfter, termSet, versionPublished } from '../../testing/seed-compacts.fixtures';
import { compactStatusAt, versionInForceOn } from './status-at-date';

describe('compactStatusAt: the status on a date', () => {
  describe('004 Haringey and Islington: effective 1 June 2017, refresh by 31 March 2018, expires 31 March 2020', () => {
    const { agreed, inForceFrom1June2017, v1, sections } = haringeyAndIslington;
    const state = stateAfter(inForceFrom1June2017);

    it.each([
      ['2017-05-31', 'draft'],
      ['2017-06-01', 'in-force'],
      ['2018-03-31', 'in-force'],
      ['2018-04-01', 'refresh-overdue'],
      ['2020-03-31', 'refresh-overdue'],
      ['2020-04-01', 'expired'],
    ])('on %s it is %s', (date, status) => {
      expect(compactStatusAt(state, date)).toBe(status);
    });

    it('before any version was dated, it is a draft', () => {
      expect(compactStatusAt(state, '2017-01-01')).toBe('draft');
    });

    it('accepts an ISO timestamp and uses its date', () => {
      expect(compactStatusAt(state, '2018-04-01T00:00:00.000Z')).toBe('refresh-overdue');
    });

    it('refreshed on 15 March 2018 (version 2.0 in force), it is in force through 2018 and the version in force is 2.0', () => {
      const v2 = versionPublished('2.0', '2018-03-01', [...sections, section('4', 'Increasing levels of collaboration')], 'Refresh');
      const refreshed = stateAfter([...inForceFrom1June2017, v2, cameIntoForceByDecision(v2, '2018-03-15', 'Partnership Board, March 2018')]);
      expect(compactStatusAt(refreshed, '2018-06-01')).toBe('in-force');
      expect(versionInForceOn(refreshed as Compact, '2018-06-01')?.versionLabel).toBe('2.0');
      expect(versionInForceOn(refreshed as Compact, '2018-03-14')?.versionLabel).toBe('1');
      expect(compactStatusAt(refreshed, '2020-04-01')).toBe('expired');
    });

    it('refreshed late, on 1 May 2018: refresh-overdue in April, in force again from 1 May', () => {
      const v2 = versionPublished('2.0', '2018-04-20', [...sections, section('4', 'Increasing levels of collaboration')], 'Refresh');
      const late = stateAfter([...inForceFrom1June2017, v2, cameIntoForceByDecision(v2, '2018-05-01', 'Partnership Board, May 2018')]);
      expect(compactStatusAt(late, '2018-04-15')).toBe('refresh-overdue');
      expect(compactStatusAt(late, '2018-05-01')).toBe('in-force');
    });

    it('superseded on 1 April 2019: in force before, superseded from that day', () => {
      const superseded: CompactEvent = {
        type: 'CompactSuperseded',
        data: { factId: 'supersession', successorCompactId: 'north-central-london-ics', effectiveOn: on('2019-04-01'), reason: 'a more formal agreement', decisionReference: null },
      };
      const s = stateAfter([...agreed, cameIntoForceByDecision(v1, '2017-06-01', 'x'), superseded]);
      expect(compactStatusAt(s, '2018-03-01')).toBe('in-force');
      expect(compactStatusAt(s, '2019-04-01')).toBe('superseded');
    });

    it('terminated on 30 September 2017: terminated from that day', () => {
      const s = stateAfter([...inForceFrom1June2017, { type: 'CompactTerminated', data: { factId: 'termination', effectiveOn: on('2017-09-30'), reason: 'r', decisionReference: null } }]);
      expect(compactStatusAt(s, '2017-09-29')).toBe('in-force');
      expect(compactStatusAt(s, '2017-09-30')).toBe('terminated');
    });
  });

  describe('002 East and Central Cheshire: 24 months from coming into force', () => {
    const { drafting, partners, v1 } = eastAndCentralCheshire;

    it('with the blank signature table it stays open for signature', () => {
      const s = stateAfter([...drafting, termSet({ durationMonths: 24 })]);
      expect(compactStatusAt(s, '2030-01-01')).toBe('open-for-signature');
    });

    it('once all six sign (last on 2 May 2012), it is in force to 1 May 2014 and expired from 2 May 2014', () => {
      const events: CompactEvent[] = [...drafting, termSet({ durationMonths: 24 })];
      const orgs = Object.values(partners);
      orgs.slice(0, 5).forEach((p) => events.push(signed(p, v1, '2012-04-20')));
      events.push(...decide(events, { type: 'SignVersion', data: signed(orgs[5], v1, '2012-05-02').data }));
      const s = stateAfter(events);
      // The paper gives no date: version 1 is only bounded (2009-04-01 to 2013-03-31), so on 1 May 2012 it is certainly dated only if placed at its earliest.
      expect(compactStatusAt(s, '2012-05-01')).toBe('draft');
      expect(compactStatusAt(s, '2012-05-01', 'earliest')).toBe('open-for-signature');
      expect(compactStatusAt(s, '2012-05-02')).toBe('in-force');
      expect(compactStatusAt(s, '2014-05-01')).toBe('in-force');
      expect(compactStatusAt(s, '2014-05-02')).toBe('expired');
    });
  });

  describe('003 South Kent Coast', () => {
    it('on 1 September 2015, with Kent County Council unsigned, it is open for signature', () => {
      expect(compactStatusAt(stateAfter(southKentCoast.withTwelveSignatures), '2015-09-01')).toBe('open-for-signature');
    });

    it('its term runs "2015-2018", to the year: it has certainly expired only after 31 December 2018; placed at the earliest, from 2 January 2018', () => {
      const s = stateAfter([...southKentCoast.withTwelveSignatures, southKentCoast.term]);
      expect(compactStatusAt(s, '2018-06-01')).toBe('open-for-signature');
      expect(compactStatusAt(s, '2019-01-01')).toBe('expired');
      expect(compactStatusAt(s, '2018-06-01', 'earliest')).toBe('expired');
      expect(compactStatusAt(s, '2018-06-01', 'latest')).toBe('open-for-signature');
    });
  });

  it('a compact that came into force "in 2013" is not in force on 1 January 2013 unless read placing the date at its earliest', () => {
    const v1 = versionPublished('1', '2012-12-01', [section('1', 'x')]);
    const s = stateAfter([drafted('c', 'C', 'C'), v1, termSet({ inForceRule: 'explicit-decision' }), cameIntoForceByDecision(v1, '2013', 'the board, some time in 2013')]);
    expect(compactStatusAt(s, '2013-01-01')).toBe('open-for-signature');
    expect(compactStatusAt(s, '2013-01-01', 'earliest')).toBe('in-force');
    expect(compactStatusAt(s, '2013-01-01', 'latest')).toBe('open-for-signature');
    expect(compactStatusAt(s, '2013-12-31')).toBe('in-force');
  });

  it('000 Shropshire before V1 (25 January, the year 2013 assumed) is a draft, after it open for signature', () => {
    const s = stateAfter(shropshire.events);
    expect(compactStatusAt(s, '2013-01-24')).toBe('draft');
    expect(compactStatusAt(s, '2013-01-25')).toBe('open-for-signature');
  });

  it('no compact: not found', () => {
    expect(() => compactStatusAt({ kind: 'none' } as CompactState, '2017-06-01')).toThrow(NotFoundInDomain);
  });

  it('a date that is not a date: invalid-date', () => {
    expect(() => compactStatusAt(stateAfter(shropshire.events), 'June 2017')).toThrow('invalid-date');
  });
});
