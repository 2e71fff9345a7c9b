import { addDays, createWorkingDayCalendar, isoWeekday } from './working-day-calendar';
import { englandCalendar as calendar } from '../../testing/working-days.fixtures';

describe('working-day arithmetic (weekends and an injected bank-holiday test)', () => {
  it('knows the weekday of a calendar date: 24 February 2015 was a Tuesday, 1 January 2017 a Sunday', () => {
    expect(isoWeekday('2015-02-24')).toBe(2);
    expect(isoWeekday('2017-01-01')).toBe(7);
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
  });

  it('counts the days after the start up to and including the end: Monday to the next Monday is 5 working days', () => {
    expect(calendar.workingDaysBetween('2015-02-02', '2015-02-09')).toBe(5);
    expect(calendar.workingDaysBetween('2015-02-09', '2015-02-02')).toBe(-5);
    expect(calendar.workingDaysBetween('2015-02-02', '2015-02-02')).toBe(0);
    // From a Friday to the Sunday after: no working day.
    expect(calendar.workingDaysBetween('2015-02-06', '2015-02-08')).toBe(0);
  });

  it('agenda items 10 working days before a meeting on Tuesday 24 February 2015 are due by Tuesday 10 February', () => {
    expect(calendar.subtractWorkingDays('2015-02-24', 10)).toBe('2015-02-10');
    expect(calendar.addWorkingDays('2015-02-10', 10)).toBe('2015-02-24');
  });

  it('adding and counting agree: workingDaysBetween(d, addWorkingDays(d, n)) is n, over Christmas and Easter', () => {
    for (const start of ['2015-12-18', '2015-12-24', '2016-03-23', '2017-12-22', '2018-03-29']) {
      for (const n of [0, 1, 5, 10, 23]) {
        expect([start, n, calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))]).toEqual([start, n, n]);
        expect([start, n, calendar.workingDaysBetween(calendar.subtractWorkingDays(start, n), start)]).toEqual([start, n, n]);
      }
    }
  });

  it('bank holidays at the year end: 10 working days after Friday 18 December 2015 is Wednesday 6 January 2016 (25 and 28 December, 1 January)', () => {
    // 21, 22, 23, 24, 29, 30, 31 December, 4, 5 and 6 January.
    expect(calendar.addWorkingDays('2015-12-18', 9)).toBe('2016-01-05');
    expect(calendar.addWorkingDays('2015-12-18', 10)).toBe('2016-01-06');
  });

  it('Easter 2016: 5 working days before Thursday 31 March is Tuesday 22 March (Good Friday 25, Easter Monday 28)', () => {
    expect(calendar.subtractWorkingDays('2016-03-31', 5)).toBe('2016-03-22');
    expect(calendar.subtractWorkingDays('2016-03-31', 4)).toBe('2016-03-23');
    expect(calendar.isWorkingDay('2016-03-25')).toBe(false);
    expect(calendar.isWorkingDay('2016-03-28')).toBe(false);
  });

  it('a deadline counted onto a holiday moves past it: 3 working days after Wednesday 23 December 2015 is Tuesday 29 December', () => {
    expect(calendar.addWorkingDays('2015-12-23', 2)).toBe('2015-12-29');
    expect(calendar.addWorkingDays('2015-12-23', 3)).toBe('2015-12-30');
  });

  it('uses only the holiday test it is given', () => {
    const noHolidays = createWorkingDayCalendar(() => false);
    expect(noHolidays.addWorkingDays('2015-12-24', 1)).toBe('2015-12-25');
    expect(calendar.addWorkingDays('2015-12-24', 1)).toBe('2015-12-29');
  });

  it('refuses a date that is not YYYY-MM-DD and a fraction of a day', () => {
    expect(() => calendar.isWorkingDay('24/02/2015')).toThrow(/invalid-date/);
    expect(() => calendar.addWorkingDays('2015-02-24', 1.5)).toThrow(/working-days-not-whole/);
  });
});
