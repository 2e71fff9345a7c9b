import { DomainRuleViolation } from '../shared/decider';

/**
 * One citable stretch of a compact version's text, in the paper's order:
 * `{ number: '2.4', heading: null, text: '...' }`.
 *
 * `number` is how the section is cited: the paper's own numbering where it numbers the text
 * (`2.4`, `3.10`, `4.2 1`, `3 a`, `4 a)`, `Commitment 3`), qualified where the same number
 * recurs in another part or under another heading (`Appendix 1, 4`, `Strategic Goals, 1`); where
 * the paper numbers nothing, the heading the text stands under (`Timeframe`) or its place
 * (`line 12`). Sections stay in the order given, which is the paper's.
 */
export interface Section {
  number: string;
  /** The section's heading where the paper has one, else null. */
  heading: string | null;
  text: string;
}

/** What a version's content hash is computed over (canonical JSON of exactly this). */
export interface VersionContent {
  label: string;
  sections: Section[];
}

/** Supplied by the application: SHA-256 over the RFC 8785 canonical JSON of the content. */
export type HashVersionContent = (content: VersionContent) => string;

const DOTTED = /^\d+(?:\.\d+)*$/;

/** A section reference: 1 to 200 characters on one line, no space at either end. */
export function isSectionNumber(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 200 && value === value.trim() && !/[\r\n\t]/.test(value);
}

/** The form references are compared in: spaces collapsed, case ignored; dotted numbers by their parts (`2.04` is `2.4`). */
function comparable(number: string): string {
  const collapsed = number.trim().replace(/\s+/g, ' ').toLowerCase();
  return DOTTED.test(collapsed) ? collapsed.split('.').map((part) => String(Number(part))).join('.') : collapsed;
}

/** Dotted numbers compare numerically part by part (2.4 < 2.10 < 3 < 3.9 < 10); other references are not ordered (0). */
export function compareSectionNumbers(a: string, b: string): number {
  if (!DOTTED.test(a) || !DOTTED.test(b)) return 0;
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function sameSectionNumber(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

export function assertSectionNumber(number: unknown): asserts number is string {
  if (!isSectionNumber(number)) {
    throw new DomainRuleViolation('invalid-section-number', `section reference ${JSON.stringify(number)} must be 1 to 200 characters on one line, such as 2.4, 4.2 1 or Commitment 3`);
  }
}

/** Refuses a section list with a malformed or repeated reference, or none at all; returns it in the order given. */
export function validateSections(sections: Section[]): Section[] {
  if (!Array.isArray(sections) || sections.length === 0) throw new DomainRuleViolation('version-without-sections', 'a version must have at least one section');
  for (const section of sections) {
    assertSectionNumber(section?.number);
    if (typeof section.text !== 'string') throw new DomainRuleViolation('section-text-required', `section ${section.number} needs its text (empty where the paper has only a heading)`);
  }
  const seen = new Set<string>();
  for (const section of sections) {
    const key = comparable(section.number);
    if (seen.has(key)) throw new DomainRuleViolation('duplicate-section-number', `section ${section.number} appears more than once`);
    seen.add(key);
  }
  return sections.map((section) => ({ number: section.number, heading: section.heading ?? null, text: section.text }));
}

/**
 * New sections placed among the existing ones: before the first section whose dotted number is
 * greater (3.9 goes before 3.10, after 3.8), at the end where the numbers are not dotted.
 */
export function insertSections(sections: Section[], added: Section[]): Section[] {
  const result = [...sections];
  for (const section of added) {
    const at = DOTTED.test(section.number) ? result.findIndex((s) => DOTTED.test(s.number) && compareSectionNumbers(s.number, section.number) > 0) : -1;
    if (at < 0) result.push(section);
    else result.splice(at, 0, section);
  }
  return result;
}

export function findSection(sections: Section[], number: string): Section | undefined {
  return sections.find((section) => sameSectionNumber(section.number, number));
}

export function sameSections(a: Section[], b: Section[]): boolean {
  return a.length === b.length && a.every((section, i) => sameSection(section, b[i]));
}

export function sameSection(a: Section, b: Section): boolean {
  return sameSectionNumber(a.number, b.number) && (a.heading ?? null) === (b.heading ?? null) && a.text === b.text;
}
