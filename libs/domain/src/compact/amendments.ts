import { DomainRuleViolation } from '../shared/decider';
import { assertSectionNumber, findSection, insertSections, type Section, sameSection, sameSectionNumber, sameSections } from './sections';

/** A whole-text replacement, as Shropshire V6.0: "changing the word patient to citizen". */
export interface PhraseReplacement {
  find: string;
  replaceWith: string;
}

export interface AmendmentChanges {
  /** Sections replaced whole (number must exist in the current version). */
  replace: Section[];
  /** New sections (number must not exist yet). */
  add: Section[];
  /** Numbers of sections removed (must exist). */
  remove: string[];
  /** Whole-word replacements over every heading and text of the result. */
  replacePhrases: PhraseReplacement[];
}

/** What an amendment did, carried on the version event (000's "Amendments to 2.4 and 4.1, new section 3.9"). */
export interface AmendmentSummary {
  /** The label of the version amended. */
  amends: string;
  replaced: string[];
  added: string[];
  removed: string[];
  phraseReplacements: Array<PhraseReplacement & { occurrences: number }>;
}

/**
 * What a version note says changed, where the paper does not carry the text to show it
 * (000's V4.0 "Amendments to 2.4 and 4.1, new section 3.9"): the sections it names, by the
 * number they have in the text the paper does carry, with the note's words and how the ledger
 * read them (`heading-words` is the ledger's reading, not the paper's number); phrases replaced
 * throughout; and whether it also speaks of changes it does not place ("Minor amendment").
 */
export interface DescribedChanges {
  /** The label of the version amended. */
  amends: string;
  amended: SectionReference[];
  added: SectionReference[];
  removed: SectionReference[];
  phraseReplacements: PhraseReplacement[];
  unlocatedChanges: boolean;
}

export interface SectionReference {
  asWritten: string;
  section: string;
  /** `number`: the note gives it; `heading`: a heading matches the note's words; `heading-words`: a heading holding the same words (the ledger's reading). */
  resolvedBy: 'number' | 'heading' | 'heading-words';
}

const RESOLVED_BY = ['number', 'heading', 'heading-words'];

/** Refuses described changes that name no version amended, a malformed section, or an empty phrase; returns them as plain data. */
export function validateDescribedChanges(changes: DescribedChanges): DescribedChanges {
  if (typeof changes !== 'object' || changes === null || typeof changes.amends !== 'string' || changes.amends.trim() === '') {
    throw new DomainRuleViolation('described-changes-invalid', 'described changes must name the version they amend');
  }
  const references = (list: unknown, what: string): SectionReference[] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new DomainRuleViolation('described-changes-invalid', `${what} must be a list of sections`);
    return list.map((ref: SectionReference) => {
      assertSectionNumber(ref?.section);
      if (typeof ref.asWritten !== 'string' || ref.asWritten.trim() === '' || !RESOLVED_BY.includes(ref.resolvedBy)) {
        throw new DomainRuleViolation('described-changes-invalid', `each section ${what} needs the note's words (asWritten) and how it was read (${RESOLVED_BY.join(', ')})`);
      }
      return { asWritten: ref.asWritten, section: ref.section, resolvedBy: ref.resolvedBy };
    });
  };
  const phrases = (changes.phraseReplacements ?? []).map((p) => {
    if (typeof p?.find !== 'string' || p.find.trim() === '' || typeof p.replaceWith !== 'string') throw new DomainRuleViolation('phrase-empty', 'a phrase replacement needs a phrase to find');
    return { find: p.find, replaceWith: p.replaceWith };
  });
  return {
    amends: changes.amends,
    amended: references(changes.amended, 'amended'),
    added: references(changes.added, 'added'),
    removed: references(changes.removed, 'removed'),
    phraseReplacements: phrases,
    unlocatedChanges: changes.unlocatedChanges === true,
  };
}

/**
 * Applies an amendment to the current sections: removals, then replacements, then additions,
 * then each phrase replacement over the whole resulting text. Refuses an amendment that names
 * a missing section (replace, remove), an existing one (add), one section twice, a phrase that
 * is nowhere in the text, or that leaves the content as it was.
 */
export function applyAmendment(current: Section[], changes: AmendmentChanges): { sections: Section[]; summary: Omit<AmendmentSummary, 'amends'> } {
  const { replace, add, remove, replacePhrases } = changes;
  if (replace.length + add.length + remove.length + replacePhrases.length === 0) {
    throw new DomainRuleViolation('amendment-changes-nothing', 'the amendment names no section to replace, add or remove and no phrase to replace');
  }
  const named = [...replace.map((s) => s.number), ...add.map((s) => s.number), ...remove];
  named.forEach((number) => assertSectionNumber(number));
  named.forEach((number, i) => {
    if (named.findIndex((other) => sameSectionNumber(other, number)) !== i) {
      throw new DomainRuleViolation('section-named-twice', `the amendment names section ${number} more than once`);
    }
  });
  for (const number of [...replace.map((s) => s.number), ...remove]) {
    if (!findSection(current, number)) {
      throw new DomainRuleViolation('section-not-found', `section ${number} does not exist in the current version`);
    }
  }
  for (const section of add) {
    if (findSection(current, section.number)) {
      throw new DomainRuleViolation('section-already-exists', `section ${section.number} already exists in the current version; replace it instead`);
    }
  }
  for (const section of replace) {
    if (sameSection(findSection(current, section.number) as Section, { ...section, heading: section.heading ?? null })) {
      throw new DomainRuleViolation('section-replacement-unchanged', `the replacement for section ${section.number} is the same as the current text`);
    }
  }

  let sections = current
    .filter((section) => !remove.some((number) => sameSectionNumber(number, section.number)))
    .map((section) => {
      const replacement = replace.find((r) => sameSectionNumber(r.number, section.number));
      return replacement ? { number: section.number, heading: replacement.heading ?? null, text: replacement.text } : section;
    });
  sections = insertSections(sections, add.map((s) => ({ number: s.number, heading: s.heading ?? null, text: s.text })));
  if (sections.length === 0) throw new DomainRuleViolation('version-without-sections', 'the amendment would remove every section');

  const phraseReplacements: AmendmentSummary['phraseReplacements'] = [];
  for (const phrase of replacePhrases) {
    if (phrase.find.trim() === '') throw new DomainRuleViolation('phrase-empty', 'a phrase replacement needs a phrase to find');
    let occurrences = 0;
    sections = sections.map((section) => {
      const heading = section.heading === null ? null : replaceWholeWords(section.heading, phrase);
      const text = replaceWholeWords(section.text, phrase);
      occurrences += (heading?.occurrences ?? 0) + text.occurrences;
      return { number: section.number, heading: heading?.result ?? null, text: text.result };
    });
    if (occurrences === 0) throw new DomainRuleViolation('phrase-not-found', `the phrase "${phrase.find}" does not occur as a whole word in the text`);
    phraseReplacements.push({ find: phrase.find, replaceWith: phrase.replaceWith, occurrences });
  }

  if (sameSections(sections, current)) {
    throw new DomainRuleViolation('amendment-changes-nothing', 'the amended text is the same as the current version');
  }
  return {
    sections,
    summary: {
      replaced: replace.map((s) => s.number),
      added: add.map((s) => s.number),
      removed: [...remove],
      phraseReplacements,
    },
  };
}

/**
 * Replaces every whole-word, case-insensitive occurrence of `find`, keeping the case of what
 * it replaces where that is clear: `patient` -> `citizen`, `Patient` -> `Citizen`,
 * `PATIENT` -> `CITIZEN`. "patients" and "outpatient" are other words and stay.
 */
export function replaceWholeWords(text: string, { find, replaceWith }: PhraseReplacement): { result: string; occurrences: number } {
  const escaped = find.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'giu');
  let occurrences = 0;
  const result = text.replace(pattern, (match) => {
    occurrences++;
    return inCaseOf(match, replaceWith);
  });
  return { result, occurrences };
}

function inCaseOf(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
