/**
 * One line of a seed paper, classified. The papers were converted from Word and PDF to a
 * markdown-like text: `#` headings, `-` bullets (nested by leading spaces), `**bold**`,
 * tab-separated table rows, some table cells as HTML `<p>` paragraphs, `---` rules.
 */
export type PaperLine =
  | { kind: 'blank'; line: number }
  | { kind: 'rule'; line: number }
  | { kind: 'heading'; line: number; text: string }
  /** A line that starts with a number (`2.4`, `1.`, `a)`, `ii.`, `Commitment 3:`), bulleted or not. */
  | { kind: 'numbered'; line: number; bullet: boolean; indent: number; label: string; rest: string }
  | { kind: 'bullet'; line: number; indent: number; text: string }
  /** Tab-separated cells (a table row); HTML cells keep their paragraphs apart. */
  | { kind: 'row'; line: number; cells: string[]; paragraphs: string[][] | null }
  | { kind: 'text'; line: number; text: string; paragraphs: string[] | null };

/**
 * The numbering a line can start with: `Commitment 3:` (004), `2.4` (000), `1.` (all), `1` then
 * a tab (001's recommendation), `a.` / `a)` (001), `ii.` (001, 004).
 */
export const LINE_NUMBER = /^(?<label>Commitment \d+:|\d+\.\d+\.?|\d+\.|\d+(?=\t)|[a-z][.)]|[ivx]+[.)])\s+(?<rest>\S.*)$/;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The text of a line without its conversion markup: `**bold**` and `*emphasis*` marks, HTML
 * tags, link syntax, runs of spaces. A lone `*` (004's "Wellbeing Partnership Board *", its
 * footnote mark) is the paper's and stays. `<sup>1</sup>` becomes `¹`, as 001 writes its notes.
 */
export function cleanInline(text: string): string {
  return text
    .replace(/<sup>(\d+)<\/sup>/g, (_, digits: string) => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join(''))
    .replace(/<input[^>]*>/g, '')
    .replace(/<\/?(?:p|b|i|em|strong|u)>/g, '')
    .replace(/\[([^\]]+)\]\((?:[^)]+)\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/(^|[^\w*])\*(\S(?:[^*]*?\S)?)\*(?=$|[^\w*])/g, '$1$2')
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim();
}

/** The `<p>` paragraphs of an HTML table cell, cleaned; empty ones dropped. */
function htmlParagraphs(cell: string): string[] {
  return [...cell.matchAll(/<p>(.*?)<\/p>/g)].map((match) => cleanInline(match[1])).filter((text) => text !== '');
}

function cellsOf(raw: string): string[] {
  const cells = raw.split('\t');
  while (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop();
  return cells;
}

export function classifyLine(raw: string, line: number): PaperLine {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'blank', line };
  if (/^-{2,}(?:\t-{2,})*$/.test(trimmed)) return { kind: 'rule', line };

  const cells = cellsOf(raw);
  const tabular = cells.length > 1 && cells.some((cell, i) => i > 0 && cell.trim() !== '');
  const hasHtml = raw.includes('<p>');
  const numberedRow = /^\d+\t/.test(raw);

  if (tabular && !numberedRow) {
    return {
      kind: 'row',
      line,
      cells: cells.map((cell) => cleanInline(cell)),
      paragraphs: hasHtml ? cells.map(htmlParagraphs) : null,
    };
  }

  const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
  const bullet = /^( *)- +(.*)$/.exec(raw.replace(/\t+$/, ''));
  const content = heading ? heading[2] : bullet ? bullet[2] : trimmed;
  const numbered = LINE_NUMBER.exec(content.replace(/^\*\*/, '').replace(/\t+$/, '').trimStart());
  if (numbered?.groups) {
    return {
      kind: 'numbered',
      line,
      bullet: bullet !== null,
      indent: bullet ? bullet[1].length : 0,
      label: numbered.groups.label,
      rest: cleanInline(numbered.groups.rest.replace(/\t/g, ' ')),
    };
  }
  if (heading) return { kind: 'heading', line, text: cleanInline(heading[2]).replace(/:$/, '') };
  if (bullet) return { kind: 'bullet', line, indent: bullet[1].length, text: cleanInline(bullet[2]) };
  return { kind: 'text', line, text: cleanInline(cells.join(' ')), paragraphs: hasHtml ? htmlParagraphs(raw) : null };
}

/** The paper's lines, numbered from 1. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}
