import { type CalendarDate, isCalendarDate } from '../compact/calendar-dates';
import { DomainRuleViolation } from '../shared/decider';

/**
 * Working days: Monday to Friday, less bank holidays. The domain counts notice periods
 * ("papers 5 working days before each meeting") and escalation time limits with it, but reads
 * no holiday list itself: the application injects a calendar (for England, the one in
 * `@compact-ledger/working-days`), as it injects the hash function into the compact decider.
 *
 * Counting convention, used everywhere: a span of working days counts the days after the start
 * up to and including the end, so `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 */
export interface WorkingDayCalendar {
  /** A weekday that is not a bank holiday. */
  isWorkingDay(date: CalendarDate): boolean;
  /** The n-th working day after `date` (n = 0 gives `date` itself; a negative n counts back). */
  addWorkingDays(date: CalendarDate, n: number): CalendarDate;
  /** The n-th working day before `date`: 10 working days before a meeting on Tuesday 24 February 2015 is Tuesday 10 February. */
  subtractWorkingDays(date: CalendarDate, n: number): CalendarDate;
  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number;
}

/** Whether a date is a bank (public) holiday where the calendar applies. */
export type BankHolidayTest = (date: CalendarDate) => boolean;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (no time zone: a calendar date is a day, not an instant). */
export function dayNumber(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new DomainRuleViolation('invalid-date', `${JSON.stringify(date)} is not a calendar date written YYYY-MM-DD`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function dateOfDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 1 Monday ... 7 Sunday (ISO 8601). */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export const isWeekend = (date: CalendarDate): boolean => isoWeekday(date) >= 6;

/**
 * The working-day arithmetic over weekends and a bank-holiday test. Pure given the test; the
 * England calendar is this over the holidays a maintained library knows.
 */
export function createWorkingDayCalendar(isBankHoliday: BankHolidayTest): WorkingDayCalendar {
  const isWorkingDay = (date: CalendarDate): boolean => !isWeekend(date) && !isBankHoliday(date);
  const step = (date: CalendarDate, n: number): CalendarDate => {
    if (!Number.isInteger(n)) throw new DomainRuleViolation('working-days-not-whole', `a number of working days must be a whole number, not ${n}`);
    let day = dayNumber(date);
    const direction = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0;) {
      day += direction;
      if (isWorkingDay(dateOfDayNumber(day))) left -= 1;
    }
    return dateOfDayNumber(day);
  };
  const between = (from: CalendarDate, to: CalendarDate): number => {
    const [start, end] = [dayNumber(from), dayNumber(to)];
    if (end < start) return -between(to, from);
    let count = 0;
    for (let day = start + 1; day <= end; day++) if (isWorkingDay(dateOfDayNumber(day))) count += 1;
    return count;
  };
  return {
    isWorkingDay: (date) => {
      dayNumber(date);
      return isWorkingDay(date);
    },
    addWorkingDays: step,
    subtractWorkingDays: (date, n) => step(date, -n),
    workingDaysBetween: between,
  };
}
