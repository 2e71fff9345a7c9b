import * as chrono from 'chrono-node';
import type { CalendarDate, DatePrecision, PaperDate, PartialDate } from '@compact-ledger/domain';

/*
 * The date model (PaperDate, its precision, what was assumed, and the span of days a date may
 * fall on) is the domain's (libs/domain/src/compact/paper-date.ts): the ledger records these
 * dates. What is here is reading them from a paper's words.
 */
export { DATE_PRECISIONS, possibleDays } from '@compact-ledger/domain';
export type { CalendarDate, DateAssumption, DatePart, DatePrecision, PaperDate, PartialDate } from '@compact-ledger/domain';

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
