import type { FormValues } from './form-values';

/**
 * The rows of a repeated part of a form (a commitment's targets, a board's seats) a person filled in. Only blank rows at the end are left out: a blank row
 * between filled ones is sent as it is, so the API's message about it lands on that row.
 */
export function filledRows(v: FormValues, rows: number, prefix: string, parts: readonly string[]): number[] {
  const filled = (i: number) => parts.some((part) => v.text(`${prefix}.${i}.${part}`) !== '');
  let last = rows - 1;
  while (last >= 0 && !filled(last)) last--;
  return Array.from({ length: last + 1 }, (_, i) => i);
}
