import type { RawBlock } from './blocks';
import type { Block, Clause } from './document';

/** The numbering styles the papers use. */
export type NumberingStyle = 'decimal' | 'dotted' | 'alpha.' | 'alpha)' | 'roman.' | 'commitment';

/**
 * One level of a part's numbering, e.g. 000's sections (`1. Introduction`, depth 0), their
 * paragraphs (`1.1`, depth 1) and 4.2's numbered list (`1.`, depth 2).
 */
export interface NumberingLevel {
  style: NumberingStyle;
  /** 0 for top-level clauses; a clause at depth d sits in the open clause at depth d - 1. */
  depth: number;
  /**
   * - `whole-line`: the text after the number is the heading (`1. Introduction`);
   * - `none`: it is the clause's first paragraph (`2.3 Although the need ...`);
   * - `to-colon`: the heading runs to the first colon, or to the last where the line ends in
   *   a colon within `HEADING_LINE_MAX_WORDS` words (004: `Commitment 3: One Plan: Joint Strategic Planning:`).
   */
  heading: 'whole-line' | 'none' | 'to-colon';
  /**
   * Which of the following unnumbered blocks belong to the clause: all of them until the next
   * clause at its depth or above (`blocks`), none (`line`: a list item), or the paragraphs
   * that match (001's concerns take their "Response:").
   */
  body: 'blocks' | 'line' | RegExp;
  /** Only a line whose text after the number matches is numbered at this level (001's headings are in capitals). */
  when?: RegExp;
}

export const HEADING_LINE_MAX_WORDS = 12;

interface Candidate {
  style: NumberingStyle;
  ordinal: number;
  /** For `2.4`: `2`, the number of the clause it belongs to. */
  prefix?: string;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i]];
    const next = ROMAN[numeral[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Every way a printed number can be read: `i.` is the ninth letter or the first roman numeral. */
export function readLabel(label: string): Candidate[] {
  let match: RegExpExecArray | null;
  if ((match = /^Commitment (\d+):$/.exec(label))) return [{ style: 'commitment', ordinal: Number(match[1]) }];
  if ((match = /^(\d+)\.(\d+)\.?$/.exec(label))) return [{ style: 'dotted', ordinal: Number(match[2]), prefix: match[1] }];
  if ((match = /^(\d+)\.?$/.exec(label))) return [{ style: 'decimal', ordinal: Number(match[1]) }];
  const candidates: Candidate[] = [];
  if ((match = /^([a-z])([.)])$/.exec(label))) candidates.push({ style: `alpha${match[2]}` as NumberingStyle, ordinal: match[1].charCodeAt(0) - 96 });
  if ((match = /^([ivxlc]+)\.$/.exec(label))) candidates.push({ style: 'roman.', ordinal: romanValue(match[1]) });
  return candidates;
}

export class NumberingError extends Error {}

interface Container {
  body: Block[];
  /** The last ordinal used at each level (by index into the levels), among this container's clauses. */
  ordinals: Map<number, number>;
}

interface OpenClause extends Container {
  clause: Clause;
  level: NumberingLevel;
}

/**
 * Turns a part's blocks into its outline of numbered clauses. Each numbered line is placed at
 * the first level (in the order given) whose style it has, whose parent clause is open, and
 * whose sequence it continues (the next number, or the first under a new parent; `2.4` must
 * sit in section 2). A line that fits no level is an error, never a guess. An unnumbered
 * heading closes every clause and starts the numbering again (003 restarts at 1 under each);
 * a rule closes every clause.
 */
export function outline(blocks: RawBlock[], levels: NumberingLevel[]): Block[] {
  const root: Container = { body: [], ordinals: new Map() };
  const open: OpenClause[] = [];

  for (const block of blocks) {
    switch (block.kind) {
      case 'numbered': {
        const placed = place(block, levels, root, open);
        if (!placed) {
          const where = open.map((o) => o.clause.reference).join(' > ') || 'top level';
          throw new NumberingError(`line ${block.line}: "${block.label}" fits no numbering level here (open: ${where})`);
        }
        break;
      }
      case 'heading':
        open.length = 0;
        root.ordinals.clear();
        root.body.push({ kind: 'heading', line: block.line, text: block.text });
        break;
      case 'rule':
        open.length = 0;
        break;
      default: {
        const content: Block =
          block.kind === 'paragraph'
            ? { kind: 'paragraph', line: block.line, text: block.text }
            : block.kind === 'list'
              ? block
              : { kind: 'table', line: block.line, rows: block.rows };
        while (open.length > 0 && !accepts(open[open.length - 1].level, content)) open.pop();
        (open[open.length - 1] ?? root).body.push(content);
      }
    }
  }
  return root.body;
}

function accepts(level: NumberingLevel, block: Block): boolean {
  if (level.body === 'blocks') return true;
  if (level.body === 'line') return false;
  return block.kind === 'paragraph' && level.body.test(block.text);
}

function place(block: Extract<RawBlock, { kind: 'numbered' }>, levels: NumberingLevel[], root: Container, open: OpenClause[]): boolean {
  const candidates = readLabel(block.label);
  for (const [index, level] of levels.entries()) {
    if (level.when && !level.when.test(block.rest)) continue;
    const candidate = candidates.find((c) => c.style === level.style);
    if (!candidate) continue;
    const parentAt = level.depth === 0 ? -1 : open.findIndex((o) => o.level.depth === level.depth - 1);
    if (level.depth > 0 && parentAt < 0) continue;
    const parent: Container = parentAt < 0 ? root : open[parentAt];
    if (candidate.ordinal !== (parent.ordinals.get(index) ?? 0) + 1) continue;
    const parentClause = parentAt < 0 ? null : open[parentAt].clause;
    if (candidate.prefix !== undefined && candidate.prefix !== parentClause?.number) continue;

    open.length = parentAt + 1;
    const clause = newClause(block, level, parentClause);
    parent.body.push({ kind: 'clause', clause });
    parent.ordinals.set(index, candidate.ordinal);
    open.push({ clause, level, body: clause.body, ordinals: new Map() });
    return true;
  }
  return false;
}

function newClause(block: Extract<RawBlock, { kind: 'numbered' }>, level: NumberingLevel, parent: Clause | null): Clause {
  const number = block.label.replace(/[.:]$/, '');
  const reference = parent === null ? number : number.startsWith(`${parent.number}.`) ? number : `${parent.reference} ${number}`;
  const { heading, text } = splitHeading(block.rest, level.heading);
  return { line: block.line, label: block.label, number, reference, heading, body: text ? [{ kind: 'paragraph', line: block.line, text }] : [] };
}

function splitHeading(rest: string, mode: NumberingLevel['heading']): { heading: string | null; text: string } {
  if (mode === 'none') return { heading: null, text: rest };
  if (mode === 'whole-line') return { heading: rest.replace(/:$/, '').trim(), text: '' };
  const words = rest.split(/\s+/).length;
  const cut = rest.endsWith(':') && words <= HEADING_LINE_MAX_WORDS ? rest.length - 1 : rest.indexOf(':');
  if (cut < 0) return { heading: rest, text: '' };
  return { heading: rest.slice(0, cut).trim(), text: rest.slice(cut + 1).trim() };
}
