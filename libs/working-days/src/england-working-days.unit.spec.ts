import { englandBankHolidays, englandWorkingDayCalendar } from './england-working-days';

const calendar = englandWorkingDayCalendar();
const holidaysIn = englandBankHolidays();

describe("England's working-day calendar (date-holidays, GB/ENG)", () => {
  describe('bank holidays at the year ends', () => {
    it('2015: Christmas on a Friday, Boxing Day on Saturday, so Monday 28 December is the substitute', () => {
      expect(calendar.isWorkingDay('2015-12-25')).toBe(false);
      expect(calendar.isWorkingDay('2015-12-28')).toBe(false);
      expect(calendar.isWorkingDay('2015-12-29')).toBe(true);
      expect(calendar.isWorkingDay('2016-01-01')).toBe(false);
    });

    it('2016: Christmas on a Sunday, so Boxing Day Monday and the substitute Tuesday 27 December are both holidays', () => {
      expect(['2016-12-26', '2016-12-27'].map(calendar.isWorkingDay)).toEqual([false, false]);
      expect(calendar.isWorkingDay('2016-12-28')).toBe(true);
    });

    it('2021/22: Christmas and Boxing Day at the weekend give 27 and 28 December; New Year on a Saturday gives Monday 3 January', () => {
      expect(['2021-12-27', '2021-12-28', '2021-12-29'].map(calendar.isWorkingDay)).toEqual([false, false, true]);
      expect(['2022-01-03', '2022-01-04'].map(calendar.isWorkingDay)).toEqual([false, true]);
    });

    it('2022/23: New Year on a Sunday gives Monday 2 January 2023', () => {
      expect(calendar.isWorkingDay('2023-01-02')).toBe(false);
      expect(calendar.isWorkingDay('2023-01-03')).toBe(true);
    });

    it('counts across the year end: from Thursday 24 December 2015, the 3rd working day is Wednesday 30 December', () => {
      expect(calendar.addWorkingDays('2015-12-24', 3)).toBe('2015-12-31');
      expect(calendar.addWorkingDays('2015-12-24', 2)).toBe('2015-12-30');
      expect(calendar.addWorkingDays('2015-12-24', 4)).toBe('2016-01-04');
      expect(calendar.workingDaysBetween('2015-12-24', '2016-01-04')).toBe(4);
    });
  });

  describe('Easter', () => {
    it('2015: Good Friday 3 April and Easter Monday 6 April are holidays', () => {
      expect(calendar.isWorkingDay('2015-04-02')).toBe(true);
      expect(calendar.isWorkingDay('2015-04-03')).toBe(false);
      expect(calendar.isWorkingDay('2015-04-06')).toBe(false);
      expect(calendar.isWorkingDay('2015-04-07')).toBe(true);
    });

    it('2017: papers 5 working days before a meeting on Thursday 20 April are due on Tuesday 11 April (Good Friday 14, Easter Monday 17)', () => {
      // 19, 18, (17 Easter Monday, 16, 15, 14 Good Friday), 13, 12, 11.
      expect(calendar.subtractWorkingDays('2017-04-20', 5)).toBe('2017-04-11');
      expect(calendar.workingDaysBetween('2017-04-11', '2017-04-20')).toBe(5);
      expect(calendar.workingDaysBetween('2017-04-12', '2017-04-20')).toBe(4);
    });
  });

  describe('one-off and moved bank holidays', () => {
    it('knows the State Funeral (2022-09-19), the Platinum Jubilee (2022-06-02 and 03), the Coronation (2023-05-08) and VE Day (2020-05-08)', () => {
      for (const date of ['2022-09-19', '2022-06-02', '2022-06-03', '2023-05-08', '2020-05-08']) expect([date, calendar.isWorkingDay(date)]).toEqual([date, false]);
      // The early May bank holiday of 2020 moved from Monday 4 May to VE Day, Friday 8 May.
      expect(calendar.isWorkingDay('2020-05-04')).toBe(true);
      // The spring bank holiday of 2022 moved from Monday 30 May to Thursday 2 June.
      expect(calendar.isWorkingDay('2022-05-30')).toBe(true);
    });

    it('lists England\'s bank holidays for 2017 (New Year\'s Day on a Sunday, with its substitute Monday) and none of the observances', () => {
      expect([...holidaysIn(2017)].sort()).toEqual([
        '2017-01-01',
        '2017-01-02',
        '2017-04-14',
        '2017-04-17',
        '2017-05-01',
        '2017-05-29',
        '2017-08-28',
        '2017-12-25',
        '2017-12-26',
      ]);
    });
  });

  describe('a deadline that falls on a holiday', () => {
    it('draft minutes due 10 working days after a meeting on Tuesday 15 December 2015 fall on Thursday 31 December, counting past the Christmas holidays', () => {
      // 16, 17, 18, 21, 22, 23, 24 December; 25 and 28 December are holidays; 29, 30, 31 December.
      expect(calendar.addWorkingDays('2015-12-15', 10)).toBe('2015-12-31');
    });

    it('a due date never lands on a holiday: 1 working day after Thursday 24 December 2015 is Tuesday 29 December', () => {
      expect(calendar.addWorkingDays('2015-12-24', 1)).toBe('2015-12-29');
    });

    it('the agenda deadline 10 working days before a meeting on Tuesday 7 June 2022 skips the Jubilee holidays to Friday 20 May', () => {
      expect(calendar.subtractWorkingDays('2022-06-07', 10)).toBe('2022-05-20');
    });
  });

  it('refuses what is not a calendar date', () => {
    expect(() => calendar.isWorkingDay('2015-02-30')).toThrow(/invalid-date/);
  });
});
