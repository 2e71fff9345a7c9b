import { addMonths, calendarDateOf, dayBefore, daysBetween, isCalendarDate } from './calendar-dates';
import { termEnd } from './terms';

describe('calendar dates (paper dates, no clock)', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isCalendarDate('2015-08-25')).toBe(true);
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2015-02-29')).toBe(false);
    expect(isCalendarDate('25 Aug 2015')).toBe(false);
    expect(isCalendarDate('2015-8-25')).toBe(false);
  });

  it('counts the days between two dates across months, leap days and years', () => {
    expect(daysBetween('2015-08-25', '2015-09-10')).toBe(16);
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysBetween('2015-12-31', '2016-01-01')).toBe(1);
    expect(daysBetween('2015-09-10', '2015-08-25')).toBe(-16);
    expect(daysBetween('2015-08-25', '2015-08-25')).toBe(0);
    expect(() => daysBetween('2015-02-29', '2015-03-01')).toThrow('invalid-date');
  });

  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2013-04-01', 24)).toBe('2015-04-01');
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2015-11-30', 3)).toBe('2016-02-29');
  });

  it('finds the day before across month and year ends', () => {
    expect(dayBefore('2015-03-01')).toBe('2015-02-28');
    expect(dayBefore('2016-01-01')).toBe('2015-12-31');
  });

  it('a 24-month term (002: "for the next 24 months") from 1 April 2012 runs to 31 March 2014; from a start known to the month, to a span of last days', () => {
    expect(termEnd({ earliest: '2012-04-01', latest: '2012-04-01' }, 24)).toEqual({ earliest: '2014-03-31', latest: '2014-03-31' });
    expect(termEnd({ asWritten: null, precision: 'month', value: '2012-04', assumed: null }, 24)).toEqual({ earliest: '2014-03-31', latest: '2014-04-29' });
  });

  it('takes the calendar date of an ISO timestamp', () => {
    expect(calendarDateOf('2018-04-01T09:30:00.000Z')).toBe('2018-04-01');
    expect(() => calendarDateOf('yesterday')).toThrow('invalid-date');
  });
});
