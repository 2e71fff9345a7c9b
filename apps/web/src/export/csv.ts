import Papa from 'papaparse';

/**
 * Rows as CSV (RFC 4180, by papaparse): a header row from `columns`, every field quoted
 * where it must be, CRLF line ends. A field that a spreadsheet would read as a formula
 * (starting =, +, - or @) is prefixed with an apostrophe, so opening the file runs nothing.
 */
export function toCsv<Row>(
  rows: readonly Row[],
  columns: ReadonlyArray<readonly [header: string, value: (row: Row) => string | number | boolean | null | undefined]>,
): string {
  return Papa.unparse(
    {
      fields: columns.map(([header]) => header),
      data: rows.map((row) => columns.map(([, value]) => value(row) ?? '')),
    },
    { newline: '\r\n', escapeFormulae: true },
  );
}
