import type { ListItem } from './document';
import type { PaperLine } from './lines';

/** A block before numbering is resolved: a numbered line is still a line, not yet a clause. */
export type RawBlock =
  | { kind: 'paragraph'; line: number; text: string; lineCount: number }
  | { kind: 'list'; line: number; items: ListItem[] }
  | { kind: 'table'; line: number; rows: string[][] }
  | { kind: 'heading'; line: number; text: string }
  | { kind: 'rule'; line: number }
  | { kind: 'numbered'; line: number; label: string; rest: string };

export interface BlockOptions {
  /** A one-line paragraph matching this is an unnumbered heading (004's "Purpose", "Timeframe"). */
  plainHeading?: RegExp;
}

/**
 * Groups classified lines into blocks: consecutive text lines into one paragraph (its lines
 * kept apart by newlines), bullets into one list nested by indentation (blank lines between
 * bullets do not end it), table rows into one table. A numbered bullet nested under another
 * bullet (004's "i.", "ii.") is a labelled item of that list. Then a paragraph that carries on
 * a sentence cut by a page break is joined to the block it continues.
 */
export function groupBlocks(lines: PaperLine[], options: BlockOptions = {}): RawBlock[] {
  const blocks: RawBlock[] = [];
  // Declared with casts so that the closures' assignments are not narrowed away.
  let paragraph = null as { line: number; lines: string[] } | null;
  let table = null as { line: number; rows: string[][] } | null;
  let list = null as { line: number; items: ListItem[]; open: Array<{ indent: number; item: ListItem }> } | null;

  const endParagraph = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', line: paragraph.line, text: paragraph.lines.join('\n'), lineCount: paragraph.lines.length });
    paragraph = null;
  };
  const endTable = () => {
    if (table) blocks.push({ kind: 'table', line: table.line, rows: table.rows });
    table = null;
  };
  const endList = () => {
    if (list) blocks.push({ kind: 'list', line: list.line, items: list.items });
    list = null;
  };
  const endAll = () => {
    endParagraph();
    endTable();
    endList();
  };
  const addItem = (line: number, indent: number, label: string | null, text: string) => {
    if (!list) list = { line, items: [], open: [] };
    const item: ListItem = { line, label, text, items: [] };
    while (list.open.length > 0 && list.open[list.open.length - 1].indent >= indent) list.open.pop();
    const parent = list.open[list.open.length - 1];
    (parent ? parent.item.items : list.items).push(item);
    list.open.push({ indent, item });
  };

  for (const line of lines) {
    switch (line.kind) {
      case 'blank':
        endParagraph();
        endTable();
        break;
      case 'rule':
        endAll();
        blocks.push({ kind: 'rule', line: line.line });
        break;
      case 'heading':
        endAll();
        blocks.push({ kind: 'heading', line: line.line, text: line.text });
        break;
      case 'numbered':
        if (line.bullet && line.indent > 0 && list && list.open.length > 0) {
          endParagraph();
          addItem(line.line, line.indent, line.label, line.rest);
        } else {
          endAll();
          blocks.push({ kind: 'numbered', line: line.line, label: line.label, rest: line.rest });
        }
        break;
      case 'bullet':
        endParagraph();
        endTable();
        addItem(line.line, line.indent, null, line.text);
        break;
      case 'row':
        endParagraph();
        endList();
        if (!table) table = { line: line.line, rows: [] };
        table.rows.push(line.paragraphs ? line.paragraphs.map((cell) => cell.join('\n')) : line.cells);
        break;
      case 'text':
        endTable();
        endList();
        if (line.paragraphs) {
          endParagraph();
          for (const text of line.paragraphs) blocks.push({ kind: 'paragraph', line: line.line, text, lineCount: 1 });
        } else {
          if (!paragraph) paragraph = { line: line.line, lines: [] };
          paragraph.lines.push(line.text);
        }
        break;
    }
  }
  endAll();
  return joinPageBreaks(promotePlainHeadings(blocks, options.plainHeading));
}

function promotePlainHeadings(blocks: RawBlock[], plainHeading: RegExp | undefined): RawBlock[] {
  if (!plainHeading) return blocks;
  return blocks.map((block) =>
    block.kind === 'paragraph' && block.lineCount === 1 && plainHeading.test(block.text) ? { kind: 'heading', line: block.line, text: block.text } : block,
  );
}

/** Where a sentence runs on across a page break: the earlier text ends without closing punctuation, the next starts in lower case. */
const ENDS_A_SENTENCE = /[.:;!?"”’')]$/;
const CONTINUES_A_SENTENCE = /^(?:[a-z]|https?:\/\/)/;

function joinPageBreaks(blocks: RawBlock[]): RawBlock[] {
  const joined: RawBlock[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (block.kind === 'paragraph' && block.lineCount === 1 && CONTINUES_A_SENTENCE.test(block.text) && previous) {
      if (previous.kind === 'paragraph' && previous.lineCount === 1 && !ENDS_A_SENTENCE.test(previous.text)) {
        joined[joined.length - 1] = { ...previous, text: `${previous.text} ${block.text}` };
        continue;
      }
      if (previous.kind === 'numbered' && !ENDS_A_SENTENCE.test(previous.rest)) {
        joined[joined.length - 1] = { ...previous, rest: `${previous.rest} ${block.text}` };
        continue;
      }
      if (previous.kind === 'list') {
        const last = lastItem(previous.items);
        if (last && !ENDS_A_SENTENCE.test(last.text)) {
          last.text = `${last.text} ${block.text}`;
          continue;
        }
      }
    }
    joined.push(block);
  }
  return joined;
}

function lastItem(items: ListItem[]): ListItem | undefined {
  const last = items[items.length - 1];
  return last && last.items.length > 0 ? lastItem(last.items) : last;
}
