import { type BlockOptions, groupBlocks } from './blocks';
import type { Block, PartKind, Part, SeedDocument, SignatureTable, SignatureTableEntry, VersionTableRow } from './document';
import { classifyLine, cleanInline, splitLines } from './lines';
import { type NumberingLevel, outline } from './outline';

/** Where a part of a paper starts and how it is numbered. */
export interface PartLayout extends BlockOptions {
  id: string;
  kind: PartKind;
  partOfCompact: boolean;
  /** The first line of the part (the first part starts at line 1): the first line after the previous part's start that matches. */
  startsAt?: RegExp;
  /** The part's first block is its title ("APPENDIX 1 / ... / TERMS OF REFERENCE"). */
  titled?: boolean;
  levels: NumberingLevel[];
}

/** How one paper is laid out: the paper-specific half of the parser. */
export interface PaperLayout {
  /** The title: the first line matching (its first group, or the whole line), markup removed. */
  title: RegExp;
  parts: PartLayout[];
  /** The table whose header row is these cells is the version table (label, date, note). */
  versionTable?: string[];
  signatures?: {
    part: string;
    /**
     * - `tab-table`: a tab-separated table headed `Organisation`, then `Signed` and `Date`
     *   columns or one column per signatory role (004), organisations below the header
     *   either in its rows or, where the table has none, on the lines that follow;
     * - `html-cells`: one cell per organisation, `<p>` paragraphs: the organisation, "Signed",
     *   the signatory, "Dated ...".
     */
    format: 'tab-table' | 'html-cells';
    /** A cell whose one paragraph names signatory, role and organisation together (003's LMC). */
    combinedCell?: RegExp;
  };
}

export class LayoutError extends Error {}

export function parseSeedPaper(file: string, text: string, layout: PaperLayout): SeedDocument {
  const raw = splitLines(text);
  const titleLine = raw.map((line) => layout.title.exec(line)).find((match) => match !== null);
  if (!titleLine) throw new LayoutError(`${file}: no line matches the title pattern ${layout.title}`);

  const starts = partStarts(file, raw, layout.parts);
  const parts = layout.parts.map((spec, i): Part => {
    const from = starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] - 1 : raw.length;
    const lines = raw.slice(from - 1, to).map((line, j) => classifyLine(line, from + j));
    let body = outline(groupBlocks(lines, spec), spec.levels);
    let heading: string | null = null;
    if (spec.titled) {
      const first = body[0];
      if (!first || (first.kind !== 'paragraph' && first.kind !== 'heading'))
        throw new LayoutError(`${file}: part ${spec.id} has no title block at line ${from}`);
      heading = first.text.replace(/\n/g, ' ');
      body = body.slice(1);
    }
    return { id: spec.id, kind: spec.kind, partOfCompact: spec.partOfCompact, heading, lines: { from, to }, body };
  });

  return {
    file,
    title: cleanInline(titleLine[1] ?? titleLine[0]),
    versionTable: layout.versionTable ? versionTable(file, parts, layout.versionTable) : null,
    parts,
    signatureTables: layout.signatures ? signatureTables(file, raw, parts, layout.signatures) : [],
  };
}

function partStarts(file: string, raw: string[], parts: PartLayout[]): number[] {
  const starts: number[] = [];
  let after = 0;
  for (const [i, part] of parts.entries()) {
    if (i === 0) {
      if (part.startsAt) throw new LayoutError(`${file}: the first part starts at line 1`);
      starts.push(1);
      continue;
    }
    if (!part.startsAt) throw new LayoutError(`${file}: part ${part.id} needs startsAt`);
    const index = raw.findIndex((line, j) => j >= after && part.startsAt!.test(line.trim()));
    if (index < 0) throw new LayoutError(`${file}: no line after ${after} starts part ${part.id} (${part.startsAt})`);
    starts.push(index + 1);
    after = index + 1;
  }
  return starts;
}

function allBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => (block.kind === 'clause' ? allBlocks(block.clause.body) : [block]));
}

function versionTable(file: string, parts: Part[], header: string[]): VersionTableRow[] {
  const table = parts
    .flatMap((part) => allBlocks(part.body))
    .find((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table' && block.rows[0]?.join('\t') === header.join('\t'));
  if (!table) throw new LayoutError(`${file}: no table headed ${header.join(' | ')}`);
  return table.rows.slice(1).map(([label, dateAsWritten, note], i) => ({ line: table.line + 1 + i, label, dateAsWritten, note }));
}

/** A cell left blank for a hand to fill: empty, or a dotted leader. */
const BLANK = /^[.\s…]*$/;
const orBlank = (text: string | undefined): string | null => (text === undefined || BLANK.test(text) ? null : text.trim());

function signatureTables(file: string, raw: string[], parts: Part[], spec: NonNullable<PaperLayout['signatures']>): SignatureTable[] {
  const part = parts.find((p) => p.id === spec.part);
  if (!part) throw new LayoutError(`${file}: no part ${spec.part} for signatures`);
  return spec.format === 'tab-table' ? [tabSignatureTable(file, part)] : [htmlSignatureTable(file, raw, part, spec.combinedCell)];
}

function tabSignatureTable(file: string, part: Part): SignatureTable {
  const blocks = allBlocks(part.body);
  const at = blocks.findIndex((block) => block.kind === 'table' && block.rows[0]?.[0] === 'Organisation');
  const table = blocks[at] as Extract<Block, { kind: 'table' }> | undefined;
  if (!table) throw new LayoutError(`${file}: no table headed "Organisation" in part ${part.id}`);
  const columns = table.rows[0];
  const rows: Array<{ line: number; cells: string[] }> = table.rows.slice(1).map((cells, i) => ({ line: table.line + 1 + i, cells }));
  const below = blocks[at + 1];
  if (rows.length === 0 && below?.kind === 'paragraph') {
    below.text.split('\n').forEach((organisation, i) => rows.push({ line: below.line + i, cells: [organisation] }));
  }
  const roleColumns = columns.map((name, i) => ({ name, i })).filter(({ name }) => !['Organisation', 'Signed', 'Date'].includes(name));
  const signedAt = columns.indexOf('Signed');
  const dateAt = columns.indexOf('Date');
  const entries = rows.flatMap(({ line, cells }): SignatureTableEntry[] => {
    const base = { line, organisation: cells[0].trim(), dateAsWritten: dateAt < 0 ? null : orBlank(cells[dateAt]) };
    if (roleColumns.length === 0) {
      const signatory = signedAt < 0 ? null : orBlank(cells[signedAt]);
      return [{ ...base, signatory, role: null, signatureLineBlank: signatory === null }];
    }
    return roleColumns.map(({ name, i }) => ({ ...base, signatory: orBlank(cells[i]), role: name, signatureLineBlank: orBlank(cells[i]) === null }));
  });
  return { line: table.line, columns, entries };
}

function htmlSignatureTable(file: string, raw: string[], part: Part, combinedCell: RegExp | undefined): SignatureTable {
  const entries: SignatureTableEntry[] = [];
  for (let n = part.lines.from; n <= part.lines.to; n++) {
    const line = raw[n - 1];
    if (!line.includes('<p>')) continue;
    for (const cell of line.split('\t').filter((c) => c.includes('<p>'))) {
      const paragraphs = [...cell.matchAll(/<p>(.*?)<\/p>/g)].map((m) => cleanInline(m[1])).filter((p) => p !== '');
      const [first, ...rest] = paragraphs;
      const signed = rest.find((p) => /^Signed\b/.test(p)) ?? '';
      const dated = rest.find((p) => /^Dated\b/.test(p)) ?? '';
      const names = rest.filter((p) => p !== signed && p !== dated);
      let organisation = first;
      let signatory = names[0] ?? null;
      let role: string | null = null;
      const combined = signatory === null && combinedCell ? combinedCell.exec(first) : null;
      if (combined?.groups) {
        ({ organisation } = combined.groups);
        signatory = combined.groups.signatory;
        role = combined.groups.role;
      }
      entries.push({
        line: n,
        organisation,
        signatory,
        role,
        signatureLineBlank: /^Signed\s*\.{2,}/.test(signed),
        dateAsWritten: orBlank(dated.replace(/^Dated/, '').replace(/^[.\s]+|[.\s]+$/g, '')),
      });
    }
  }
  if (entries.length === 0) throw new LayoutError(`${file}: no signature cells in part ${part.id}`);
  return { line: entries[0].line, columns: [], entries };
}
