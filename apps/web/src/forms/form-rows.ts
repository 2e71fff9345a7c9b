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

/**
 * A 400's fields renumbered from the rows sent to the rows of the form, where some rows were not
 * sent (a seat left out of new terms of reference): the API's `seats.4.title` is the fifth seat
 * sent, which is `seats.<sent[4]>.title` in the form. Anything else is left as the API gave it.
 */
export function renumberRows<P extends { errors?: { field: string; message: string }[] }>(
  problem: P | undefined,
  prefix: string,
  sent: readonly number[],
): P | undefined {
  if (!problem?.errors) return problem;
  const path = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.|\\[)(\\d+)\\]?`);
  return {
    ...problem,
    errors: problem.errors.map((error) => {
      const match = path.exec(error.field);
      const row = match ? sent[Number(match[1])] : undefined;
      return row === undefined ? error : { ...error, field: `${prefix}.${row}${error.field.slice(match![0].length)}` };
    }),
  };
}
