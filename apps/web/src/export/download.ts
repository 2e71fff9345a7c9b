/** Offers a file to save: a CSV made in the page, or a blob fetched with the bearer token (evidence). */
export function saveFile(filename: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveCsv(filename: string, csv: string): void {
  // A byte-order mark, so that spreadsheet programs read the names' accents as UTF-8.
  saveFile(filename, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
}
