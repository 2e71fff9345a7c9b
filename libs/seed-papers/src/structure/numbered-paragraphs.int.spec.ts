import { readSeedPaper, SEED_PAPER_IDS, type SeedPaperId } from '../papers';
import { seedDocument } from '../seed-documents';
import type { Block, ListItem } from './document';
import { renderDocument } from './render';

/*
 * The parse is checked against the raw text by means of its own: numbered paragraphs are
 * found here by their line starts, not by the parser's patterns or layouts.
 */
const NUMBERED_LINE = /^[ \t]*(?:- +)?(?:#+ +)?(?:\*\*)?(Commitment \d+:|\d+\.\d+\.?|\d+\.|\d+(?=\t)|[a-z][.)]|[ivx]+[.)])[ \t]+(\S.*)$/;

/** Letters and digits only: markup (tags, a link's target), punctuation and spacing fall away, and `¹` is `1`. */
const letters = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/<[^>]+>/g, '')
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();

interface Numbered {
  line: number;
  label: string;
  text: string;
}

function numberedInRawText(id: SeedPaperId): Numbered[] {
  return readSeedPaper(id)
    .text.split('\n')
    .flatMap((line, i) => {
      const match = NUMBERED_LINE.exec(line);
      return match ? [{ line: i + 1, label: match[1], text: match[2] }] : [];
    });
}

function numberedInParse(id: SeedPaperId): Numbered[] {
  const found: Numbered[] = [];
  const fromItems = (items: ListItem[]) => {
    for (const item of items) {
      if (item.label) found.push({ line: item.line, label: item.label, text: item.text });
      fromItems(item.items);
    }
  };
  const fromBlocks = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.kind === 'list') fromItems(block.items);
      if (block.kind === 'clause') {
        const { clause } = block;
        const first = clause.body[0];
        const text = [clause.heading ?? '', first?.kind === 'paragraph' && first.line === clause.line ? first.text : ''].join(' ');
        found.push({ line: clause.line, label: clause.label, text });
        fromBlocks(clause.body);
      }
    }
  };
  for (const part of seedDocument(id).parts) fromBlocks(part.body);
  return found;
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe.each(SEED_PAPER_IDS)('seed paper %s', (id) => {
  const raw = numberedInRawText(id);
  const parsed = numberedInParse(id);

  it('has every numbered paragraph of the paper in the parse exactly once, and no numbered paragraph the paper lacks', () => {
    expect(raw.length).toBeGreaterThan(0);
    expect(parsed.map((p) => p.line).sort((a, b) => a - b)).toEqual(raw.map((r) => r.line));
  });

  it('keeps each numbered paragraph under its own number, with the words the paper gives it', () => {
    for (const line of raw) {
      const found = parsed.find((p) => p.line === line.line)!;
      expect({ line: line.line, label: found.label }).toEqual({ line: line.line, label: line.label });
      expect(letters(found.text).startsWith(letters(line.text))).toBe(true);
    }
  });

  it('has each numbered paragraph as often in the parsed text as in the paper (never duplicated into another block)', () => {
    const paper = letters(readSeedPaper(id).text);
    const parse = letters(renderDocument(seedDocument(id)));
    for (const line of raw) {
      const words = letters(line.text);
      expect({ line: line.line, count: occurrences(parse, words) }).toEqual({ line: line.line, count: occurrences(paper, words) });
    }
  });

  it('loses no line of the paper', () => {
    const parse = letters(renderDocument(seedDocument(id)));
    readSeedPaper(id)
      .text.split('\n')
      .forEach((line, i) => {
        const words = letters(line);
        if (words !== '') expect({ line: i + 1, found: parse.includes(words) }).toEqual({ line: i + 1, found: true });
      });
  });
});

describe('the numbered paragraphs the papers have', () => {
  it('counts them by paper, as a reader counts them', () => {
    const count = (id: SeedPaperId) => numberedInRawText(id).length;
    // 000: six sections, 26 paragraphs (1.1-1.5, 2.1-2.6, 3.1-3.10, 4.1-4.2, 5.1-5.3), 4.2's four items.
    expect(count('000')).toBe(6 + 26 + 4);
    // 001: two concerns, one recommendation, report sections 1-8 with i-iii, compact sections
    // 1-9 with a.-j., a)-j), i.-iii., the terms of reference 1-11.
    expect(count('001')).toBe(2 + 1 + 8 + 3 + 9 + 10 + 10 + 3 + 11);
    // 002: one numbered undertaking.
    expect(count('002')).toBe(1);
    // 003: five goals, seven workstreams, six characteristics.
    expect(count('003')).toBe(5 + 7 + 6);
    // 004: ten partners, eight commitments, commitment 3's i. and ii.
    expect(count('004')).toBe(10 + 8 + 2);
  });
});
