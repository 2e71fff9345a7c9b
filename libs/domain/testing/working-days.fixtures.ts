/*
 * A stand-in working-day calendar for the domain's specs (the domain imports no holiday
 * library; the application injects `englandWorkingDayCalendar()` from `@compact-ledger/working-days`,
 * whose own specs check the library). These are England's bank holidays for the years the seed
 * examples use, as that library gives them (weekend dates included, as it lists them).
 * Not exported from the library.
 */
import { createWorkingDayCalendar } from '../src/calendar/working-day-calendar';

const ENGLAND_BANK_HOLIDAYS_2014_TO_2018 = new Set([
  ...['2014-01-01', '2014-04-18', '2014-04-21', '2014-05-05', '2014-05-26', '2014-08-25', '2014-12-25', '2014-12-26'],
  ...['2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-26', '2015-12-28'],
  ...['2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30', '2016-08-29', '2016-12-25', '2016-12-26', '2016-12-27'],
  ...['2017-01-01', '2017-01-02', '2017-04-14', '2017-04-17', '2017-05-01', '2017-05-29', '2017-08-28', '2017-12-25', '2017-12-26'],
  ...['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
]);

export const englandCalendar = createWorkingDayCalendar((date) => {
  const year = Number(date.slice(0, 4));
  if (year < 2014 || year > 2018) throw new Error(`the spec calendar knows England's bank holidays for 2014 to 2018 only, not ${date}`);
  return ENGLAND_BANK_HOLIDAYS_2014_TO_2018.has(date);
});
