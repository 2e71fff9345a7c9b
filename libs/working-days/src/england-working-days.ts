import { type CalendarDate, createWorkingDayCalendar, dayNumber, type WorkingDayCalendar } from '@compact-ledger/domain';
import Holidays from 'date-holidays';

/**
 * England's bank holidays, from `date-holidays` (country GB, region ENG): the fixed and moveable
 * days, the substitute days when one falls at a weekend, and the one-off days (the Platinum
 * Jubilee on 2022-06-03, the State Funeral on 2022-09-19, the Coronation on 2023-05-08, the
 * early May bank holiday moved to VE Day on 2020-05-08). Only holidays of type `public` or
 * `bank` count; the library's observances (Mother's Day) do not stop work.
 */
export function englandBankHolidays(): (year: number) => ReadonlySet<CalendarDate> {
  const holidays = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  const byYear = new Map<number, ReadonlySet<CalendarDate>>();
  return (year) => {
    let dates = byYear.get(year);
    if (!dates) {
      // `date` is the local calendar date in Europe/London, "2022-09-19 00:00:00".
      dates = new Set(holidays.getHolidays(year).filter((h) => h.type === 'public' || h.type === 'bank').map((h) => h.date.slice(0, 10)));
      byYear.set(year, dates);
    }
    return dates;
  };
}

/** The working-day calendar for England: Monday to Friday, less England's bank holidays. */
export function englandWorkingDayCalendar(): WorkingDayCalendar {
  const holidaysIn = englandBankHolidays();
  return createWorkingDayCalendar((date) => {
    dayNumber(date); // refuses what is not a calendar date before the year is read
    return holidaysIn(Number(date.slice(0, 4))).has(date);
  });
}
