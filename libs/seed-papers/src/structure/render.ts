import type { Block, Clause, ListItem, Part, SeedDocument } from './document';

function renderItems(items: ListItem[], depth: number): string[] {
  return items.flatMap((item) => [`${'  '.repeat(depth)}- ${item.label ? `${item.label} ` : ''}${item.text}`, ...renderItems(item.items, depth + 1)]);
}

function renderClause(clause: Clause, withSubClauses: boolean): string {
  const [first, ...rest] = clause.body;
  if (clause.heading !== null || first?.kind !== 'paragraph') {
    return [`${clause.label} ${clause.heading ?? ''}`.trim(), renderBlocks(clause.body, withSubClauses)].filter((s) => s !== '').join('\n\n');
  }
  return [`${clause.label} ${first.text}`, renderBlocks(rest, withSubClauses)].filter((s) => s !== '').join('\n\n');
}

/**
 * Blocks as plain text, in the paper's order, blocks apart by a blank line: bullets as `- `
 * lines indented two spaces a level, tables as tab-separated rows, clauses with their numbers.
 * Without sub-clauses it is a clause's own text (its sub-clauses are sections of their own).
 */
export function renderBlocks(blocks: Block[], withSubClauses = true): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
          return block.text;
        case 'list':
          return renderItems(block.items, 0).join('\n');
        case 'table':
          return block.rows.map((row) => row.join('\t')).join('\n');
        case 'clause':
          return withSubClauses ? renderClause(block.clause, true) : '';
      }
    })
    .filter((text) => text !== '')
    .join('\n\n');
}

/** A clause's full text: its own and its sub-clauses', numbered as on the paper. */
export const clauseText = (clause: Clause): string => renderClause(clause, true);

/** A clause's own text without its heading and without its sub-clauses. */
export const ownText = (clause: Clause): string => renderBlocks(clause.body, false);

/**
 * A stretch of a part's text that a reader can cite: a numbered clause (`reference` as
 * `2.4`, `3 a`, `Commitment 3`) or, where the paper numbers nothing, the text under an
 * unnumbered heading (`reference` null). Each clause's text is its own; its sub-clauses
 * follow as sections of their own, so every numbered paragraph is in exactly one section.
 */
export interface TextSection {
  part: string;
  reference: string | null;
  heading: string | null;
  line: number;
  text: string;
}

export function sectionsOf(part: Part): TextSection[] {
  const sections: TextSection[] = [];
  let loose: { section: TextSection; blocks: Block[] } | null = null;
  const flushLoose = () => {
    if (loose && (loose.blocks.length > 0 || loose.section.heading !== null)) sections.push({ ...loose.section, text: renderBlocks(loose.blocks) });
    loose = null;
  };
  const addClause = (clause: Clause) => {
    sections.push({ part: part.id, reference: clause.reference, heading: clause.heading, line: clause.line, text: ownText(clause) });
    for (const block of clause.body) if (block.kind === 'clause') addClause(block.clause);
  };
  for (const block of part.body) {
    if (block.kind === 'clause') {
      flushLoose();
      addClause(block.clause);
    } else if (block.kind === 'heading') {
      flushLoose();
      loose = { section: { part: part.id, reference: null, heading: block.text, line: block.line, text: '' }, blocks: [] };
    } else {
      if (!loose) loose = { section: { part: part.id, reference: null, heading: null, line: block.line, text: '' }, blocks: [] };
      (loose as { blocks: Block[] }).blocks.push(block);
    }
  }
  flushLoose();
  return sections;
}

/** Every clause of a part, depth first, in the paper's order. */
export function clausesOf(blocks: Block[]): Clause[] {
  return blocks.flatMap((block) => (block.kind === 'clause' ? [block.clause, ...clausesOf(block.clause.body)] : []));
}

/** The whole of a document's parts as text (the version table and signature tables are in their parts' tables too). */
export function renderDocument(document: SeedDocument): string {
  return document.parts.map((part) => [part.heading, renderBlocks(part.body)].filter((s) => s).join('\n\n')).join('\n\n');
}

export function findPart(document: SeedDocument, id: string): Part {
  const part = document.parts.find((p) => p.id === id);
  if (!part) throw new Error(`${document.file} has no part "${id}"`);
  return part;
}

export function findClause(part: Part, reference: string): Clause {
  const clause = clausesOf(part.body).find((c) => c.reference === reference);
  if (!clause) throw new Error(`part "${part.id}" has no clause ${reference}`);
  return clause;
}
