import { DomainRuleViolation } from '../shared/decider';
import { type CalendarDate, isCalendarDate } from './calendar-dates';

/*
 * Dates as the papers give them (docs/domain.md, "Dates with their precision"). A paper may
 * give a day ("Dated.....25 Aug 2015"), only a month ("September 2014"), only a year
 * ("2015-2018") or no date at all; the record keeps which, and where the ledger supplies a
 * part the paper leaves out (Shropshire's "25.1" has no year) or can only bound a date the
 * paper does not give, it says so and on what it rests.
 */

/** How much of a calendar date the record fixes. */
export const DATE_PRECISIONS = ['exact', 'month', 'year', 'not-given'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type DatePart = 'year' | 'month' | 'day';

/** ISO 8601 at a precision: `2015-08-25` (exact), `2014-09` (month), `2015` (year). */
export type PartialDate = string;

/** What the ledger supplies where the paper is silent, and on what it rests. */
export interface DateAssumption {
  /** The parts of `value` that are the ledger's, not the paper's; empty when only `between` is assumed. */
  parts: DatePart[];
  /** The first and last days the date can be, where the ledger can say no more (a date not given). */
  between: { earliest: CalendarDate; latest: CalendarDate } | null;
  /** The passage of the paper, or the outside fact, the assumption is drawn from. */
  basis: string;
}

/**
 * A date as the paper gives it and as the record holds it: `asWritten` the paper's words
 * where they were transcribed (null otherwise, or where the paper gives no date); `precision`
 * and `value` what the record holds, the paper's parts together with any the ledger assumed;
 * `assumed` null when every part of `value` is on the paper.
 */
export interface PaperDate {
  asWritten: string | null;
  precision: DatePrecision;
  value: PartialDate | null;
  assumed: DateAssumption | null;
}

/**
 * A date as a command may give it: a string whose form is its precision (`2015-08-25`,
 * `2014-09`, `2015`), or the whole object (with the paper's words and what was assumed);
 * `precision` may be left to the form of `value`.
 */
export type PaperDateInput =
  | string
  | { asWritten?: string | null; precision?: DatePrecision; value: PartialDate | null; assumed?: DateAssumption | null };

/** The first and last day a date may fall on. */
export interface DaySpan {
  earliest: CalendarDate;
  latest: CalendarDate;
}

/**
 * Where an as-of read places a date known only to a span: `none` (the default) counts a fact
 * as having happened on a day only when every day it may fall on is on or before it, and as
 * not yet having happened only when every such day is after it (what is uncertain is neither,
 * and is reported as undetermined); `earliest` and `latest` place every such date on the first
 * or last of its days. A date with no span (not given, nothing assumed) is placed by none.
 */
export const DATE_PLACEMENTS = ['none', 'earliest', 'latest'] as const;
export type DatePlacement = (typeof DATE_PLACEMENTS)[number];

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => (month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** The precision a value's form gives it: `2015-08-25` exact, `2014-09` month, `2015` year; null if it is not such a value. */
export function precisionOf(value: unknown): Exclude<DatePrecision, 'not-given'> | null {
  if (typeof value !== 'string') return null;
  const match = PARTIAL.exec(value);
  if (!match) return null;
  if (match[3] !== undefined) return isCalendarDate(value) ? 'exact' : null;
  if (match[2] !== undefined) return Number(match[2]) >= 1 && Number(match[2]) <= 12 ? 'month' : null;
  return 'year';
}

/** A day given exactly, its words not transcribed. */
export const exactDate = (day: CalendarDate): PaperDate => ({ asWritten: null, precision: 'exact', value: day, assumed: null });

/** No date on the paper. */
export const dateNotGiven = (): PaperDate => ({ asWritten: null, precision: 'not-given', value: null, assumed: null });

/**
 * A command's date as the record holds it, or the reason it is not one (a string). Used by the
 * decider (`readPaperDate`) and by the API to name the field in a 400.
 */
export function parsePaperDate(input: unknown): PaperDate | string {
  if (typeof input === 'string') {
    const precision = precisionOf(input);
    if (precision === null) return `${JSON.stringify(input)} is not a date written 2015-08-25, 2014-09 or 2015`;
    return { asWritten: null, precision, value: input, assumed: null };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return 'a date is a string (2015-08-25, 2014-09, 2015) or an object { value, asWritten, assumed }';
  const given = input as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!['asWritten', 'precision', 'value', 'assumed'].includes(key)) return `a date has no field ${JSON.stringify(key)}`;
  }
  const asWritten = given.asWritten ?? null;
  if (asWritten !== null && (typeof asWritten !== 'string' || asWritten.trim() === '' || asWritten.length > 200)) return 'asWritten must be the paper\'s words (1 to 200 characters) or null';
  const value = given.value ?? null;
  const fromForm = value === null ? 'not-given' : precisionOf(value);
  if (fromForm === null) return `value ${JSON.stringify(value)} is not a date written 2015-08-25, 2014-09 or 2015 (or null where the paper gives none)`;
  const precision = given.precision ?? fromForm;
  if (precision !== fromForm) return `precision ${JSON.stringify(precision)} does not match the value ${JSON.stringify(value)} (${fromForm})`;
  const assumed = given.assumed ?? null;
  if (assumed !== null) {
    const problem = assumptionProblem(assumed, value as string | null);
    if (problem) return problem;
  }
  const date: PaperDate = { asWritten: asWritten as string | null, precision: fromForm, value: value as string | null, assumed: assumed as DateAssumption | null };
  return date.assumed === null ? date : { ...date, assumed: normaliseAssumption(date.assumed) };
}

function assumptionProblem(assumed: unknown, value: string | null): string | null {
  if (typeof assumed !== 'object' || assumed === null || Array.isArray(assumed)) return 'assumed must be { parts, between, basis } or null';
  const { parts = [], between = null, basis } = assumed as Record<string, unknown>;
  for (const key of Object.keys(assumed)) if (!['parts', 'between', 'basis'].includes(key)) return `assumed has no field ${JSON.stringify(key)}`;
  if (typeof basis !== 'string' || basis.trim() === '' || basis.length > 2000) return 'assumed.basis must say what the assumption rests on (1 to 2000 characters)';
  if (!Array.isArray(parts) || parts.some((p) => !['year', 'month', 'day'].includes(p as string)) || new Set(parts).size !== parts.length) {
    return 'assumed.parts must list each of year, month, day at most once';
  }
  const held = value === null ? [] : (['year', 'month', 'day'] as const).slice(0, value.split('-').length);
  if (parts.some((p) => !held.includes(p as 'year'))) return `assumed.parts names a part the value ${JSON.stringify(value)} does not have`;
  if (between !== null) {
    if (value !== null) return 'assumed.between bounds a date that is not given (value null); a date with a value is placed by it';
    const { earliest, latest } = between as Record<string, unknown>;
    if (!isCalendarDate(earliest) || !isCalendarDate(latest) || latest < earliest) return 'assumed.between must be { earliest, latest }, two dates written 2015-08-25, the latest not before the earliest';
  }
  if ((parts as unknown[]).length === 0 && between === null) return 'assumed must name the parts assumed or the bounds between which the date lies';
  return null;
}

function normaliseAssumption(assumed: DateAssumption): DateAssumption {
  const between = assumed.between ? { earliest: assumed.between.earliest, latest: assumed.between.latest } : null;
  return { parts: [...(assumed.parts ?? [])], between, basis: assumed.basis };
}

/** A command's date field as the record holds it; refuses what is not a date: `invalid-date`. */
export function readPaperDate(input: unknown, what: string): PaperDate {
  const date = parsePaperDate(input);
  if (typeof date === 'string') throw new DomainRuleViolation('invalid-date', `${what}: ${date}`);
  return date;
}

/** An optional date field: null stays null. */
export function readOptionalPaperDate(input: unknown, what: string): PaperDate | null {
  return input === null || input === undefined ? null : readPaperDate(input, what);
}

/** Whether a stored value is a PaperDate (the codec upcasts older string dates into one). */
export function isPaperDate(value: unknown): value is PaperDate {
  return typeof value === 'object' && value !== null && 'precision' in value && 'value' in value && typeof parsePaperDate(value) !== 'string';
}

/**
 * The days a date may fall on: one day for an exact date, a month's or a year's for a date
 * known to the month or year, the assumed bounds for a date not given, or null (no span)
 * for a date not given and not bounded. Parts the ledger assumed count only when `assume`
 * is true; without them a date with an assumed part, or only assumed bounds, has no span.
 */
export function possibleDays(date: PaperDate, options: { assume: boolean }): DaySpan | null {
  if (date.assumed && !options.assume) {
    if (date.assumed.parts.length > 0 || date.value === null) return null;
  }
  if (date.value === null) return options.assume && date.assumed?.between ? { ...date.assumed.between } : null;
  const [year, month, day] = date.value.split('-').map(Number);
  if (date.precision === 'year') return { earliest: `${pad(year, 4)}-01-01`, latest: `${pad(year, 4)}-12-31` };
  if (date.precision === 'month') return { earliest: `${date.value}-01`, latest: `${date.value}-${pad(daysInMonth(year, month))}` };
  return { earliest: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, latest: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** A PaperDate, a day, or a span already worked out. */
export type DateLike = PaperDate | CalendarDate | DaySpan;

/**
 * The span the record holds for a date, the ledger's marked assumptions included (they are
 * part of the record, and a read shows them): null when nothing places it.
 */
export function spanOf(date: DateLike | null): DaySpan | null {
  if (date === null) return null;
  if (typeof date === 'string') return { earliest: date, latest: date };
  if ('earliest' in date) return date;
  return possibleDays(date, { assume: true });
}

/**
 * Whether a fact so dated counts as having happened on or before `day`, as `placement` reads
 * it (see DatePlacement): `none` only when certainly so.
 */
export function happenedBy(date: DateLike, day: CalendarDate, placement: DatePlacement = 'none'): boolean {
  const span = spanOf(date);
  if (span === null) return false;
  return (placement === 'earliest' ? span.earliest : span.latest) <= day;
}

/** Whether a fact so dated counts as not yet having happened on `day`: `none` only when certainly so. */
export function notYetBy(date: DateLike, day: CalendarDate, placement: DatePlacement = 'none'): boolean {
  const span = spanOf(date);
  if (span === null) return false;
  return (placement === 'latest' ? span.latest : span.earliest) > day;
}

/** Whether a date certainly falls after `day`'s end, i.e. every day it may fall on is later (an expiry "after" a day). */
export function endsBefore(date: DateLike, day: CalendarDate, placement: DatePlacement = 'none'): boolean {
  const span = spanOf(date);
  if (span === null) return false;
  return (placement === 'earliest' ? span.earliest : span.latest) < day;
}

/** Every day `a` may fall on is before every day `b` may: the rules refuse only what is certainly wrong. */
export function certainlyBefore(a: DateLike, b: DateLike): boolean {
  const [x, y] = [spanOf(a), spanOf(b)];
  return x !== null && y !== null && x.latest < y.earliest;
}

/** Every day `a` may fall on is on or before every day `b` may. */
export function certainlyOnOrBefore(a: DateLike, b: DateLike): boolean {
  const [x, y] = [spanOf(a), spanOf(b)];
  return x !== null && y !== null && x.latest <= y.earliest;
}

/** The two dates may be the same day, or `a` may be the later: not certainly before. */
export const mayBeOnOrAfter = (a: DateLike, b: DateLike) => !certainlyBefore(a, b);

/** The later of two dates, as a date the record can hold: the one certainly later, else the one whose span holds the other's latest day (coarser, still true). */
export function laterDate(a: PaperDate, b: PaperDate): PaperDate {
  const [x, y] = [spanOf(a), spanOf(b)];
  if (x === null) return a;
  if (y === null) return b;
  if (y.latest <= x.earliest) return a;
  if (x.latest <= y.earliest) return b;
  // Overlapping spans: the later is somewhere between the later earliest and the later latest.
  const earliest = x.earliest > y.earliest ? x.earliest : y.earliest;
  const latest = x.latest > y.latest ? x.latest : y.latest;
  const wider = x.latest >= y.latest ? a : b;
  const widerSpan = x.latest >= y.latest ? x : y;
  if (widerSpan.earliest <= earliest && widerSpan.latest >= latest && wider.assumed === null) return wider;
  return { asWritten: null, precision: 'not-given', value: null, assumed: { parts: [], between: { earliest, latest }, basis: `The later of ${describeDate(a)} and ${describeDate(b)}.` } };
}

/** Plain-data equality of two dates. */
export function samePaperDate(a: PaperDate | null, b: PaperDate | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.asWritten === b.asWritten &&
    a.precision === b.precision &&
    a.value === b.value &&
    JSON.stringify(a.assumed === null ? null : normaliseAssumption(a.assumed)) === JSON.stringify(b.assumed === null ? null : normaliseAssumption(b.assumed))
  );
}

/** The date in words for a rule's message: `2015-08-25`, `2014-09 (known to the month)`, `not given (assumed between ...)`. */
export function describeDate(date: DateLike | null): string {
  if (date === null) return 'no date';
  if (typeof date === 'string') return date;
  if ('earliest' in date) return date.earliest === date.latest ? date.earliest : `between ${date.earliest} and ${date.latest}`;
  if (date.value === null) {
    return date.assumed?.between ? `not given (assumed between ${date.assumed.between.earliest} and ${date.assumed.between.latest})` : 'not given';
  }
  const known = date.precision === 'month' ? ' (known to the month)' : date.precision === 'year' ? ' (known to the year)' : '';
  const assumed = date.assumed && date.assumed.parts.length > 0 ? ` (${date.assumed.parts.join(' and ')} assumed)` : '';
  return `${date.value}${known}${assumed}`;
}

/** What the envelope's `effectiveAt` carries: the value at its precision, or null for a date not given. */
export const effectiveAtOf = (date: PaperDate): string | undefined => date.value ?? undefined;

/** An older event's date (a `YYYY-MM-DD` string) as a PaperDate: the codecs' upcasters use it. */
export function upcastDate(value: unknown): PaperDate {
  if (typeof value === 'string') return { asWritten: null, precision: precisionOf(value) ?? 'exact', value, assumed: null };
  return value as PaperDate;
}

export function upcastOptionalDate(value: unknown): PaperDate | null {
  return value === null || value === undefined ? null : upcastDate(value);
}
