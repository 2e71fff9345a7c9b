import type { Schemas } from '../api/client';

/**
 * The as-of of a compact's page, on one of the two clocks (docs/domain.md, "Two
 * clocks"): the effective date (what was true in the world on a date, as the ledger
 * knows it now) or the recorded time (what the ledger showed at a moment). Kept in
 * the page's address (?asOf=&axis=), so a view can be linked to and printed.
 */
export type Axis = 'effective' | 'recorded';

/**
 * Where a date known only to a span (a month, a year, bounds the ledger assumed) is placed on
 * the effective-date clock: `none` counts a fact only once it has certainly happened (what is
 * uncertain on the date is listed as undetermined), `earliest` and `latest` place each such date
 * on the first or last of its days.
 */
export type Assume = Schemas['AsOfDto']['assume'];

/** Every placement (a Record over the API's union, so one it adds fails the build until it is offered here). */
const ASSUMPTIONS: Record<Assume, string> = {
  none: 'Only what had certainly happened',
  earliest: 'Each uncertain date on its earliest day',
  latest: 'Each uncertain date on its latest day',
};
export const ASSUME_CHOICES = Object.entries(ASSUMPTIONS).map(([value, label]) => ({ value, label }));
export const isAssume = (value: unknown): value is Assume => typeof value === 'string' && Object.hasOwn(ASSUMPTIONS, value);
export const assumeLabel = (assume: Assume) => ASSUMPTIONS[assume];

export interface AsOf {
  /** null: now */
  at: string | null;
  axis: Axis;
  /** How uncertain dates are placed (the effective clock; `none` unless chosen). */
  assume: Assume;
}

export const NOW: AsOf = { at: null, axis: 'effective', assume: 'none' };

/** The API's query parameters for it; none for now. */
export function asOfQuery(asOf: AsOf): { asOf?: string; axis?: Axis; assume?: Assume } {
  if (asOf.at === null) return asOf.assume === 'none' ? {} : { assume: asOf.assume };
  return { asOf: asOf.at, axis: asOf.axis, ...(asOf.assume === 'none' ? {} : { assume: asOf.assume }) };
}

export function asOfFromSearch(search: URLSearchParams): AsOf {
  const at = search.get('asOf');
  const axis = search.get('axis') === 'recorded' ? 'recorded' : 'effective';
  const assumed = search.get('assume');
  const assume = isAssume(assumed) && axis === 'effective' ? assumed : 'none';
  return at ? { at, axis, assume } : { ...NOW, assume };
}

/** The address's parameters for it (the inverse of asOfFromSearch). */
export function asOfSearch(asOf: AsOf): Record<string, string> {
  const placed: Record<string, string> = asOf.assume === 'none' ? {} : { assume: asOf.assume };
  return asOf.at === null ? placed : { asOf: asOf.at, axis: asOf.axis, ...placed };
}

/** A datetime-local input's value (the browser's local time, no zone) as the ISO moment the API takes. */
export function localMomentToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/** An ISO moment as a datetime-local input's value, in the browser's local time, to the second. */
export function isoToLocalMoment(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}
