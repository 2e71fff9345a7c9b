import type { SeedPaperId } from '../papers';
import type { NumberingLevel } from './outline';
import type { PaperLayout } from './parse-paper';

/** A heading in capitals, as 001 writes its section headings ("3. PRINCIPLES OF WORKING AND ORGANISATIONAL CULTURE"). */
const IN_CAPITALS = /^[A-Z0-9][A-Z0-9 ,&()'’/–-]+$/;
/** A heading line: no full stop in it. */
const HEADING_LIKE = /^[A-Z][^.]*$/;

const sections = (when?: RegExp): NumberingLevel => ({ style: 'decimal', depth: 0, heading: 'whole-line', body: 'blocks', when });
const items = (style: NumberingLevel['style'], depth: number): NumberingLevel => ({ style, depth, heading: 'none', body: 'line' });

/**
 * Each paper's layout: where its parts start and how each part numbers its clauses. The
 * parser is the same for all five; only this differs, and only where the papers differ.
 */
export const LAYOUTS: Record<SeedPaperId, PaperLayout> = {
  // Shropshire: title, version table, "Partners to Agreement", then sections 1-6 with
  // paragraphs 1.1-5.3, and a numbered list of four in 4.2.
  '000': {
    title: /^(\S.+)$/,
    versionTable: ['Version Number', 'Date', 'Notes'],
    parts: [
      { id: 'cover', kind: 'cover', partOfCompact: true, levels: [] },
      {
        id: 'compact',
        kind: 'compact',
        partOfCompact: true,
        startsAt: /^1\. /,
        levels: [sections(HEADING_LIKE), { style: 'dotted', depth: 1, heading: 'none', body: 'blocks' }, items('decimal', 2)],
      },
    ],
  },

  // South Nottinghamshire: the board paper (cover, summary with the two concerns, the
  // recommendation, report sections 1-8), then the compact (sections 1-9, lettered and roman
  // items), Appendix 1 (the Transformation Board's terms of reference, 1-11) and Appendix 2.
  '001': {
    title: /^Title of paper:\t([^\t]+)/,
    parts: [
      { id: 'board-paper-cover', kind: 'board-paper', partOfCompact: false, levels: [] },
      {
        id: 'board-paper-summary',
        kind: 'board-paper',
        partOfCompact: false,
        startsAt: /^Summary of issues/,
        levels: [{ style: 'decimal', depth: 0, heading: 'none', body: /^Response:/ }],
      },
      { id: 'board-paper-recommendations', kind: 'board-paper', partOfCompact: false, startsAt: /^Recommendation\(s\):$/, levels: [items('decimal', 0)] },
      {
        id: 'board-paper-report',
        kind: 'board-paper',
        partOfCompact: false,
        startsAt: /^1\. [A-Z ]+$/,
        levels: [sections(IN_CAPITALS), items('roman.', 1)],
      },
      {
        id: 'compact',
        kind: 'compact',
        partOfCompact: true,
        startsAt: /^\*\*[A-Z ]+$/,
        titled: true,
        plainHeading: /^[A-Z][A-Z ]+$/,
        levels: [sections(IN_CAPITALS), items('alpha.', 1), items('alpha)', 1), items('roman.', 1)],
      },
      { id: 'appendix-1', kind: 'appendix', partOfCompact: true, startsAt: /^APPENDIX 1$/, titled: true, levels: [sections()] },
      { id: 'appendix-2', kind: 'appendix', partOfCompact: true, startsAt: /^APPENDIX 2\b/, titled: true, levels: [] },
    ],
  },

  // East and Central Cheshire: "We:" and six organisations, one numbered undertaking with its
  // nested lists, Appendix Two, and a blank signature table.
  '002': {
    title: /^## (.+)$/,
    signatures: { part: 'signatures', format: 'tab-table' },
    parts: [
      { id: 'compact', kind: 'compact', partOfCompact: true, titled: true, levels: [{ style: 'decimal', depth: 0, heading: 'none', body: 'blocks' }] },
      { id: 'appendix-two', kind: 'appendix', partOfCompact: true, startsAt: /^## Appendix\b/, titled: true, levels: [] },
      { id: 'signatures', kind: 'signatures', partOfCompact: false, startsAt: /^Organisation\t/, levels: [] },
    ],
  },

  // South Kent Coast: the partners' names on the cover, the title in bold, sections under
  // unnumbered headings with three numbered runs (goals 1-5, programme 1-7, culture 1-6), and
  // the signature page in HTML cells.
  '003': {
    title: /^\*\*([^*]+)\*\*$/,
    signatures: { part: 'signatures', format: 'html-cells', combinedCell: /^(?<signatory>\S+ \S+) (?<role>Chair) (?<organisation>.+)$/ },
    parts: [
      { id: 'cover', kind: 'cover', partOfCompact: true, levels: [] },
      { id: 'compact', kind: 'compact', partOfCompact: true, startsAt: /^## /, levels: [sections()] },
      { id: 'signatures', kind: 'signatures', partOfCompact: false, startsAt: /signatories to this agreement/, levels: [] },
    ],
  },

  // Haringey and Islington: the cover and its signatories table, then the agreement (its ten
  // partners numbered, sections under plain headings, Commitments 1-8 with their targets) and
  // the governance structure it describes "in the appendix below".
  '004': {
    title: /^(.+Partnership Agreement)$/,
    signatures: { part: 'signatories', format: 'tab-table' },
    parts: [
      { id: 'cover', kind: 'cover', partOfCompact: true, levels: [] },
      { id: 'signatories', kind: 'signatures', partOfCompact: false, startsAt: /^Signatories$/, levels: [] },
      {
        id: 'compact',
        kind: 'compact',
        partOfCompact: true,
        startsAt: /Partnership Agreement$/,
        titled: true,
        plainHeading: /^[A-Z][A-Za-z ]{0,40}\??$/,
        levels: [items('decimal', 0), { style: 'commitment', depth: 0, heading: 'to-colon', body: 'blocks' }],
      },
      { id: 'governance-structure', kind: 'appendix', partOfCompact: true, startsAt: /^Wellbeing Partnership Board \*$/, levels: [] },
    ],
  },
};
