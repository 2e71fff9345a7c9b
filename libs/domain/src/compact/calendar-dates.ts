import { DomainRuleViolation } from '../shared/decider';

/**
 * Paper dates are calendar dates, `YYYY-MM-DD` (the date on the paper: "Dated 25 Aug 2015"
 * is `2015-08-25`). ISO calendar dates compare correctly as strings, so the rules compare
 * them with `<` and `>`; no clock and no Date object is needed.
 */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Refuses a command whose date field is not a real `YYYY-MM-DD` date. */
export function assertCalendarDate(value: unknown, what: string): asserts value is CalendarDate {
  if (!isCalendarDate(value)) {
    throw new DomainRuleViolation('invalid-date', `${what} must be a calendar date written YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
}

/**
 * The calendar date of a date or an ISO timestamp (`2018-04-01T09:00:00Z` -> `2018-04-01`),
 * as the as-of functions accept either.
 */
export function calendarDateOf(value: string): CalendarDate {
  const date = value.slice(0, 10);
  if (!isCalendarDate(date)) throw new DomainRuleViolation('invalid-date', `${JSON.stringify(value)} is not a date (YYYY-MM-DD) or an ISO timestamp`);
  return date;
}

/**
 * The date `months` calendar months after `date`, clamped to the month's end
 * (2016-01-31 + 1 month = 2016-02-29). A 24-month term from 2013-04-01 ends on 2015-04-01.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new DomainRuleViolation('invalid-date', `${JSON.stringify(date)} is not a calendar date`);
  const monthIndex = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day before a date (an expiry "after 24 months" is the last day the compact still runs). */
export function dayBefore(date: CalendarDate): CalendarDate {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new DomainRuleViolation('invalid-date', `${JSON.stringify(date)} is not a calendar date`);
  let [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3]) - 1];
  if (day === 0) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
    day = daysInMonth(year, month);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day after a date (a status that holds "after" a day starts on the next). */
export function dayAfter(date: CalendarDate): CalendarDate {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new DomainRuleViolation('invalid-date', `${JSON.stringify(date)} is not a calendar date`);
  let [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3]) + 1];
  if (day > daysInMonth(year, month)) {
    day = 1;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from one calendar date to another (2015-08-25 to 2015-09-10 is 16); negative if `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const day = (date: CalendarDate): number => {
    const match = CALENDAR_DATE.exec(date);
    if (!match || !isCalendarDate(date)) throw new DomainRuleViolation('invalid-date', `${JSON.stringify(date)} is not a calendar date`);
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
  };
  return day(to) - day(from);
}

export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
