import * as chrono from 'chrono-node';

/**
 * How much of a calendar date the record fixes: the day (`exact`), the month, the year, or
 * nothing at all (`not-given`).
 */
export const DATE_PRECISIONS = ['exact', 'month', 'year', 'not-given'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type DatePart = 'year' | 'month' | 'day';

/** A calendar date at a precision, ISO 8601: `2015-08-25` (exact), `2014-09` (month), `2015` (year). */
export type PartialDate = string;

/** A full calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

/**
 * What the ledger supplies where the paper is silent. Either it fills parts of the date the
 * paper leaves out (`parts`: Shropshire's "25.1" has no year; the ledger takes 2013), or,
 * where it can argue no date at all, only the bounds it must lie within (`between`:
 * East and Central Cheshire's paper has no date).
 */
export interface DateAssumption {
  /** The parts of `value` that are the ledger's, not the paper's; empty when only `between` is assumed. */
  parts: DatePart[];
  /** The earliest and latest days the date can be, where the ledger can say no more. */
  between: { earliest: CalendarDate; latest: CalendarDate } | null;
  /** What the assumption rests on: the passage of the paper, or the outside fact, it is drawn from. */
  basis: string;
}

/**
 * A date as a paper gives it and as the ledger records it.
 *
 * - `asWritten`: the paper's words, verbatim ("25 Aug 2015", "25.1", "1st June 2017");
 *   null where the paper gives no date.
 * - `precision` and `value`: the date the record holds, the paper's parts together with any
 *   the ledger assumed; `value` is ISO 8601 at `precision`, null when `not-given`.
 * - `assumed`: null when every part of `value` is on the paper.
 *
 * So "25 Aug 2015" is `{ precision: 'exact', value: '2015-08-25', assumed: null }`;
 * "September 2014" is `{ precision: 'month', value: '2014-09', assumed: null }`; "25.1" is
 * `{ precision: 'exact', value: '2013-01-25', assumed: { parts: ['year'], ... } }`; no date is
 * `{ asWritten: null, precision: 'not-given', value: null }`, with or without bounds assumed.
 */
export interface PaperDate {
  asWritten: string | null;
  precision: DatePrecision;
  value: PartialDate | null;
  assumed: DateAssumption | null;
}

/** The day, month and year the paper's words fix; what it leaves out is null. */
export interface WrittenParts {
  asWritten: string;
  year: number | null;
  month: number | null;
  day: number | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fromParts({ year, month, day }: { year: number | null; month: number | null; day: number | null }): {
  precision: DatePrecision;
  value: PartialDate | null;
} {
  if (year === null) return { precision: 'not-given', value: null };
  if (month === null) return { precision: 'year', value: pad(year, 4) };
  if (day === null) return { precision: 'month', value: `${pad(year, 4)}-${pad(month)}` };
  return { precision: 'exact', value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

const reader = chrono.en.casual;

/** 000's version table writes day and month as "25.1". chrono sets such number-like text aside as unlikely to be a date, so it is read here. */
const DAY_DOT_MONTH = /^(\d{1,2})\.(\d{1,2})$/;

/** Every date written in a text, in order, with what each fixes. Relative phrases ("within a year") are not dates on the paper and are passed over. */
export function findWrittenDates(text: string): Array<WrittenParts & { index: number }> {
  return reader
    .parse(text, new Date(Date.UTC(2000, 0, 1)))
    .filter((result) => result.start.isCertain('month'))
    .map((result) => {
      const leading = /^(?:on|by|from|the|on the)\s+/i.exec(result.text)?.[0] ?? '';
      const { start } = result;
      return {
        index: result.index + leading.length,
        asWritten: result.text.slice(leading.length),
        year: start.isCertain('year') ? (start.get('year') as number) : null,
        month: start.get('month') as number,
        day: start.isCertain('day') ? (start.get('day') as number) : null,
      };
    });
}

/** The one date written in a text (a version table cell, "Dated.....25 Aug 2015"); an error if there is none or more than one. */
export function readWrittenDate(text: string): WrittenParts {
  const dayDotMonth = DAY_DOT_MONTH.exec(text.trim());
  if (dayDotMonth) {
    const [day, month] = [Number(dayDotMonth[1]), Number(dayDotMonth[2])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { asWritten: text.trim(), year: null, month, day };
  }
  const dates = findWrittenDates(text);
  if (dates.length !== 1) throw new Error(`expected one date in ${JSON.stringify(text)}, found ${dates.length}`);
  const { index: _index, ...parts } = dates[0];
  return parts;
}

/** A date exactly as far as the paper gives it; a date without its year has no place in time (`not-given`) until a year is assumed. */
export function paperDate(written: WrittenParts): PaperDate {
  return { asWritten: written.asWritten, ...fromParts(written.year === null ? { year: null, month: null, day: null } : written), assumed: null };
}

/** The paper gives no date. */
export const notGiven = (): PaperDate => ({ asWritten: null, precision: 'not-given', value: null, assumed: null });

/** A date whose year the paper leaves out, with the year the ledger takes and why. */
export function withAssumedYear(written: WrittenParts, year: number, basis: string): PaperDate {
  if (written.year !== null) throw new Error(`"${written.asWritten}" gives its year; there is nothing to assume`);
  return { asWritten: written.asWritten, ...fromParts({ ...written, year }), assumed: { parts: ['year'], between: null, basis } };
}

/** No date on the paper; the ledger can say only that it lies between two days. */
export function assumedBetween(earliest: CalendarDate, latest: CalendarDate, basis: string): PaperDate {
  if (latest < earliest) throw new Error(`${latest} is before ${earliest}`);
  return { ...notGiven(), assumed: { parts: [], between: { earliest, latest }, basis } };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The days a date may fall on: one day for an exact date, the month's or the year's days for
 * a date known to the month or year, unbounded (null) when not given. Parts the ledger
 * assumed count only when `assume` is true; without them an assumed year leaves the date
 * unplaced, and bounds alone place it only when assumed. An as-of query asks whether the
 * whole span is on or before its date (certainly in effect), only part of it (perhaps), or none.
 */
export function possibleDays(date: PaperDate, options: { assume: boolean }): { earliest: CalendarDate; latest: CalendarDate } | null {
  if (date.assumed && !options.assume) {
    if (date.assumed.parts.length > 0 || date.value === null) return null;
  }
  if (date.value === null) return options.assume && date.assumed?.between ? date.assumed.between : null;
  const [year, month, day] = date.value.split('-').map(Number);
  if (date.precision === 'year') return { earliest: `${pad(year, 4)}-01-01`, latest: `${pad(year, 4)}-12-31` };
  if (date.precision === 'month') return { earliest: `${date.value}-01`, latest: `${date.value}-${pad(daysInMonth(year, month))}` };
  return { earliest: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, latest: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}
