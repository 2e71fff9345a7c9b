/**
 * A seed paper's structure as the parser reads it. Every string is the paper's text with
 * its conversion markup removed (`**`, `*emphasis*`, `#` heading marks, HTML tags), never
 * words of ours; every block says on which line of the paper it starts (1-based).
 */

/** One bullet, with the bullets nested under it. A bullet that starts with a number (004's "i.", "ii.") keeps it as its label. */
export interface ListItem {
  line: number;
  label: string | null;
  text: string;
  items: ListItem[];
}

export type Block =
  | { kind: 'paragraph'; line: number; text: string }
  | { kind: 'list'; line: number; items: ListItem[] }
  /** A tab-separated table (000's version table, 001's membership, 002's signature table): cells as written. */
  | { kind: 'table'; line: number; rows: string[][] }
  /** A heading without a number (003's "Shared Purpose", 004's "Timeframe"). */
  | { kind: 'heading'; line: number; text: string }
  | { kind: 'clause'; clause: Clause };

/** A numbered section, sub-paragraph or item: 000's "2.4", 001's "4 a)", 004's "Commitment 3". */
export interface Clause {
  line: number;
  /** The number as printed: `1.`, `2.4`, `a)`, `ii.`, `Commitment 3:`. */
  label: string;
  /** The number without its closing `.` or `:`: `1`, `2.4`, `a)`, `ii`, `Commitment 3`. */
  number: string;
  /** How to cite it within its part: `2.4`, `4.2 1`, `3 a`, `4 a)`, `Commitment 3`. */
  reference: string;
  heading: string | null;
  /** The clause's own text and its sub-clauses, in the paper's order. */
  body: Block[];
}

export type PartKind = 'cover' | 'board-paper' | 'compact' | 'appendix' | 'signatures';

/** A stretch of the paper: the board paper before 001's compact, the compact, each appendix, a signature page. */
export interface Part {
  id: string;
  kind: PartKind;
  /** True for the compact itself and the appendices that belong to it (001's terms of reference, 002's Appendix Two). */
  partOfCompact: boolean;
  /** The part's own title line(s) where it has them ("APPENDIX 1 ..."), else null. */
  heading: string | null;
  /** First and last line of the part in the paper. */
  lines: { from: number; to: number };
  body: Block[];
}

/** A row of a version table (000): the label, the date as written, the note. */
export interface VersionTableRow {
  line: number;
  label: string;
  dateAsWritten: string;
  note: string;
}

/** One organisation's place in a signature table; blank cells are null. */
export interface SignatureTableEntry {
  line: number;
  organisation: string;
  /** The name written in the signatory's place. */
  signatory: string | null;
  /** The signatory's role where the paper gives one (003: the LMC's "Chair"; 004: the column heading). */
  role: string | null;
  /** True where the "Signed" place is a dotted blank ("Signed....."). */
  signatureLineBlank: boolean;
  /** The date as written, without the dotted leader ("25 Aug 2015"); null where blank. */
  dateAsWritten: string | null;
}

export interface SignatureTable {
  line: number;
  /** The table's column headings as written. */
  columns: string[];
  entries: SignatureTableEntry[];
}

export interface SeedDocument {
  file: string;
  title: string;
  versionTable: VersionTableRow[] | null;
  parts: Part[];
  signatureTables: SignatureTable[];
}
