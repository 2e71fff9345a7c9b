import type { Schemas } from '../api/client';

/*
 * Dates as the papers give them (docs/domain.md, "Dates with their precision"): a day, only
 * a month, only a year, or no date at all, and where the ledger supplied a part the paper
 * leaves out (Shropshire's "25.1" has no year) or can only bound a date, what it assumed and
 * why. A page says exactly that much and never more: "Jan 2014" stays a month, "2015" a year,
 * and a day the paper does not give is never drawn as one.
 */

export type PaperDate = Schemas['PaperDateDto'];
type Part = NonNullable<PaperDate['assumed']>['parts'][number];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** The first and last day a date may fall on. */
export interface DaySpan {
  earliest: string;
  latest: string;
}

interface Parts {
  year: number;
  month: number | null;
  day: number | null;
}

function partsOf(value: string): Parts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), month: match[2] === undefined ? null : Number(match[2]), day: match[3] === undefined ? null : Number(match[3]) };
}

/** "25 Aug 2015" (as the pages write a day), from 2015-08-25; what is not a day as it is. */
export function dayText(day: string): string {
  const parts = partsOf(day.slice(0, 10));
  if (!parts || parts.month === null || parts.day === null) return day;
  return `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}`;
}

/** The parts named, in the order a date is written here (day month year): "25 Jan", "Jan 2014", "2015". */
function written(parts: Parts, show: ReadonlyArray<Part>): string {
  const words: string[] = [];
  if (show.includes('day') && parts.day !== null) words.push(String(parts.day));
  if (show.includes('month') && parts.month !== null) words.push(MONTHS[parts.month - 1]);
  if (show.includes('year')) words.push(String(parts.year));
  return words.join(' ');
}

const PART_WORDS: Record<Part, string> = { day: 'day', month: 'month', year: 'year' };

/** What a page says of a date, in three parts: what the paper gives, what the ledger assumed, and why. */
export interface DateWords {
  /** "25 Aug 2015", "Jan 2014", "2015", "25 Jan" (the paper's parts only), "not given". */
  given: string;
  /** "year assumed: 2013", "assumed between 1 Sept 2014 and 30 Nov 2014"; null when nothing is assumed. */
  assumed: string | null;
  /** What the assumption rests on, as the record says it; null when nothing is assumed. */
  basis: string | null;
}

export function dateWords(date: PaperDate): DateWords {
  const basis = date.assumed?.basis ?? null;
  if (date.value === null) {
    const between = date.assumed?.between;
    return {
      given: 'not given',
      assumed: between ? `assumed between ${dayText(between.earliest)} and ${dayText(between.latest)}` : null,
      basis: between ? basis : null,
    };
  }
  const parts = partsOf(date.value);
  if (!parts) return { given: date.value, assumed: null, basis: null };
  const held: Part[] = parts.day !== null ? ['day', 'month', 'year'] : parts.month !== null ? ['month', 'year'] : ['year'];
  const assumedParts = date.assumed?.parts ?? [];
  const onPaper = held.filter((p) => !assumedParts.includes(p));
  if (assumedParts.length === 0) return { given: written(parts, held), assumed: null, basis: null };
  const names = held.filter((p) => assumedParts.includes(p)).map((p) => PART_WORDS[p]);
  return {
    given: onPaper.length > 0 ? written(parts, onPaper) : 'not given',
    assumed: `${names.join(' and ')} assumed: ${written(parts, assumedParts)}`,
    basis,
  };
}

/** "Jan 2014", "2015", "not given", "25 Jan (year assumed: 2013)": what a table cell says. */
export function dateLabel(date: PaperDate | null | undefined, none = ''): string {
  if (!date) return none;
  const words = dateWords(date);
  return words.assumed ? `${words.given} (${words.assumed})` : words.given;
}

/** The basis as the continuation of a sentence: "because the version table gives day and month only." */
export function because(basis: string): string {
  // Lower-case the first word only where it is an ordinary word ("The"), not a name or an acronym ("PCT", "Section").
  const first = /^[A-Z][a-z]+\b/.exec(basis)?.[0];
  const common = first !== undefined && ['The', 'This', 'It', 'A', 'An', 'Only', 'No', 'Its', 'Both', 'Each', 'Every'].includes(first);
  return `because ${common ? basis.charAt(0).toLowerCase() + basis.slice(1) : basis}`;
}

/** "25 Jan (year assumed: 2013, because the version table gives …)": the date said whole, with why. */
export function dateSentence(date: PaperDate | null | undefined, none = ''): string {
  if (!date) return none;
  const words = dateWords(date);
  if (!words.assumed) return words.given;
  return `${words.given} (${words.assumed}${words.basis ? `, ${because(words.basis)}` : ''})`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The days a date may fall on, the ledger's marked assumptions included (they are part of the
 * record): a day for a day, a month's or a year's days for a month or a year, the assumed bounds
 * of a date not given; null where nothing places it.
 */
export function spanOf(date: PaperDate | null | undefined): DaySpan | null {
  if (!date) return null;
  if (date.value === null) return date.assumed?.between ? { earliest: date.assumed.between.earliest, latest: date.assumed.between.latest } : null;
  const parts = partsOf(date.value);
  if (!parts) return null;
  const y = pad(parts.year, 4);
  if (parts.month === null) return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
  const m = pad(parts.month);
  if (parts.day === null) return { earliest: `${y}-${m}-01`, latest: `${y}-${m}-${pad(daysInMonth(parts.year, parts.month))}` };
  return { earliest: date.value, latest: date.value };
}

/** A day the ledger holds exactly, with nothing assumed: the only kind a form may start from as a day. */
export function exactDay(date: PaperDate | null | undefined): string | null {
  return date && date.precision === 'exact' && date.assumed === null ? date.value : null;
}

/**
 * A date's columns in a CSV export: its value at its precision (2015-08-25, 2014-09, 2015, or
 * blank), the precision, the paper's words, and what was assumed and why (blank when nothing).
 */
export function dateColumns<Row>(
  name: string,
  date: (row: Row) => PaperDate | null | undefined,
): Array<readonly [string, (row: Row) => string | null | undefined]> {
  return [
    [name, (row) => date(row)?.value],
    [`${name}_precision`, (row) => date(row)?.precision],
    [`${name}_as_written`, (row) => date(row)?.asWritten],
    [
      `${name}_assumed`,
      (row) => {
        const d = date(row);
        if (!d) return null;
        const words = dateWords(d);
        return words.assumed ? `${words.assumed}${words.basis ? `; ${words.basis}` : ''}` : null;
      },
    ],
  ];
}
