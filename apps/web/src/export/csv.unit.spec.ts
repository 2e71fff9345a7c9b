import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and one line per row, quoting what must be quoted, CRLF between lines', () => {
    const csv = toCsv(
      [
        { name: 'Kent County Council', note: 'said "no", then yes', on: null },
        { name: 'Healthwatch, Kent', note: 'two\nlines', on: '2015-08-25' },
      ],
      [
        ['name', (r) => r.name],
        ['note', (r) => r.note],
        ['on', (r) => r.on],
      ],
    );
    expect(csv).toBe('name,note,on\r\nKent County Council,"said ""no"", then yes",\r\n"Healthwatch, Kent","two\nlines",2015-08-25');
  });

  it('keeps a spreadsheet from reading a field as a formula', () => {
    expect(
      toCsv([{ v: '=HYPERLINK("http://x")' }, { v: '@SUM(1)' }], [['v', (r) => r.v]])
        .split('\r\n')
        .slice(1),
    ).toEqual([`"'=HYPERLINK(""http://x"")"`, `"'@SUM(1)"`]);
  });
});
