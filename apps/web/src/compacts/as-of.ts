/**
 * The as-of of a compact's page, on one of the two clocks (docs/domain.md, "Two
 * clocks"): the effective date (what was true in the world on a date, as the ledger
 * knows it now) or the recorded time (what the ledger showed at a moment). Kept in
 * the page's address (?asOf=&axis=), so a view can be linked to and printed.
 */
export type Axis = 'effective' | 'recorded';

export interface AsOf {
  /** null: now */
  at: string | null;
  axis: Axis;
}

export const NOW: AsOf = { at: null, axis: 'effective' };

/** The API's query parameters for it; none for now. */
export function asOfQuery(asOf: AsOf): { asOf?: string; axis?: Axis } {
  return asOf.at === null ? {} : { asOf: asOf.at, axis: asOf.axis };
}

export function asOfFromSearch(search: URLSearchParams): AsOf {
  const at = search.get('asOf');
  const axis = search.get('axis') === 'recorded' ? 'recorded' : 'effective';
  return at ? { at, axis } : NOW;
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
