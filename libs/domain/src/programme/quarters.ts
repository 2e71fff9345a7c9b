import { type CalendarDate, isCalendarDate } from '../compact/calendar-dates';
import { DomainRuleViolation } from '../shared/decider';

/**
 * A quarter of the NHS and local-government financial year, which runs from 1 April: `2015-16-Q1`
 * is April to June 2015, `2015-16-Q4` January to March 2016. Written so it sorts and travels in a
 * URL as it is.
 */
export type FinancialQuarter = string;

const QUARTER = /^(\d{4})-(\d{2})-Q([1-4])$/;

export function isFinancialQuarter(value: unknown): value is FinancialQuarter {
  if (typeof value !== 'string') return false;
  const match = QUARTER.exec(value);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

export function assertFinancialQuarter(value: unknown, what: string): asserts value is FinancialQuarter {
  if (!isFinancialQuarter(value)) {
    throw new DomainRuleViolation(
      'quarter-invalid',
      `${what} must be a financial-year quarter written like 2015-16-Q1 (April to June 2015), not ${JSON.stringify(value)}`,
    );
  }
}

const parts = (quarter: FinancialQuarter): { startYear: number; q: number } => {
  assertFinancialQuarter(quarter, 'a quarter');
  const match = QUARTER.exec(quarter) as RegExpExecArray;
  return { startYear: Number(match[1]), q: Number(match[3]) };
};

const make = (startYear: number, q: number): FinancialQuarter => `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}-Q${q}`;

/** The quarter a date falls in: 2015-03-31 is in 2014-15-Q4, 2015-04-01 in 2015-16-Q1. */
export function quarterOf(date: CalendarDate): FinancialQuarter {
  if (!isCalendarDate(date)) throw new DomainRuleViolation('invalid-date', `${JSON.stringify(date)} is not a calendar date written YYYY-MM-DD`);
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month >= 4 ? make(year, Math.floor((month - 4) / 3) + 1) : make(year - 1, 4);
}

/** The first and last day of a quarter. */
export function quarterDates(quarter: FinancialQuarter): { start: CalendarDate; end: CalendarDate } {
  const { startYear, q } = parts(quarter);
  const year = q === 4 ? startYear + 1 : startYear;
  const firstMonth = q === 4 ? 1 : 4 + (q - 1) * 3;
  const lastMonth = firstMonth + 2;
  const lastDay = [6, 9].includes(lastMonth) ? 30 : 31;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${lastDay}` };
}

export function previousQuarter(quarter: FinancialQuarter): FinancialQuarter {
  const { startYear, q } = parts(quarter);
  return q === 1 ? make(startYear - 1, 4) : make(startYear, q - 1);
}

export function sameQuarterYearBefore(quarter: FinancialQuarter): FinancialQuarter {
  const { startYear, q } = parts(quarter);
  return make(startYear - 1, q);
}
