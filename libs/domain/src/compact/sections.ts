import { DomainRuleViolation } from '../shared/decider';

/** One numbered section of a compact version: `{ number: '2.4', heading: 'Our vision', text: '...' }`. */
export interface Section {
  /** Dotted section number, `2.4`, `3.9`, `10`. */
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

const SECTION_NUMBER = /^\d+(?:\.\d+)*$/;

export function isSectionNumber(value: unknown): value is string {
  return typeof value === 'string' && SECTION_NUMBER.test(value);
}

/** Section numbers compare numerically part by part: 2.4 < 2.10 < 3 < 3.9 < 10. `2.04` is `2.4`. */
export function compareSectionNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function sameSectionNumber(a: string, b: string): boolean {
  return compareSectionNumbers(a, b) === 0;
}

export function assertSectionNumber(number: unknown): asserts number is string {
  if (!isSectionNumber(number)) {
    throw new DomainRuleViolation('invalid-section-number', `section number ${JSON.stringify(number)} is not a dotted number such as 2.4 or 3.9`);
  }
}

/** Refuses a section list with a malformed or repeated number, or none at all; returns it in section order. */
export function validateSections(sections: Section[]): Section[] {
  if (sections.length === 0) throw new DomainRuleViolation('version-without-sections', 'a version must have at least one numbered section');
  for (const section of sections) assertSectionNumber(section.number);
  const ordered = sortSections(sections);
  for (let i = 1; i < ordered.length; i++) {
    if (sameSectionNumber(ordered[i - 1].number, ordered[i].number)) {
      throw new DomainRuleViolation('duplicate-section-number', `section ${ordered[i].number} appears more than once`);
    }
  }
  return ordered.map((section) => ({ number: section.number, heading: section.heading ?? null, text: section.text }));
}

export function sortSections(sections: Section[]): Section[] {
  return [...sections].sort((a, b) => compareSectionNumbers(a.number, b.number));
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
