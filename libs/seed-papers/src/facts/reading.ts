import { findWrittenDates, paperDate, type PaperDate, type WrittenParts } from '../dates/paper-date';
import type { Block, Clause, ListItem, Part, SeedDocument } from '../structure/document';
import { clausesOf, renderBlocks, sectionsOf } from '../structure/render';
import type { AmendmentFacts, OrganisationKind, PartnerTypeFacts, SectionReference, TargetFacts, VersionText } from './seed-facts';

/** The first match of a pattern in a text, or an error naming what was looked for: the facts never fall back to words of ours. */
export function find(text: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(text);
  if (!match) throw new Error(`the paper's text has no ${what} (${pattern})`);
  return match;
}

/** The sentence of a text that holds a phrase (sentences end at ". " or the end). */
export function sentenceWith(text: string, phrase: RegExp): string {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const sentence = sentences.find((s) => phrase.test(s));
  if (!sentence) throw new Error(`no sentence matches ${phrase}`);
  return sentence.trim();
}

/** The text of a version as the paper carries it: the parts that are the compact, not the covering board paper or the signature page. */
export function compactText(document: SeedDocument): VersionText {
  const parts = document.parts.filter((part) => part.partOfCompact);
  return { parts, sections: parts.flatMap(sectionsOf) };
}

export function paragraphs(blocks: Block[]): Array<Extract<Block, { kind: 'paragraph' }>> {
  return blocks.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph');
}

export function lists(blocks: Block[]): ListItem[][] {
  return blocks.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list').map((b) => b.items);
}

/** The blocks under an unnumbered heading, up to the next heading. */
export function underHeading(part: Part, heading: RegExp): { line: number; heading: string; blocks: Block[] } {
  const at = part.body.findIndex((b) => b.kind === 'heading' && heading.test(b.text));
  if (at < 0) throw new Error(`part ${part.id} has no heading matching ${heading}`);
  const end = part.body.findIndex((b, i) => i > at && b.kind === 'heading');
  const start = part.body[at] as Extract<Block, { kind: 'heading' }>;
  return { line: start.line, heading: start.text, blocks: part.body.slice(at + 1, end < 0 ? undefined : end) };
}

export function itemText(item: ListItem): string {
  return renderBlocks([{ kind: 'list', line: item.line, items: [{ ...item }] }]).replace(/^- /, '');
}

// ---------------------------------------------------------------- organisations

const NAME_KINDS: Array<[RegExp, OrganisationKind | null]> = [
  [/\bAmbulance\b.*$/, 'ambulance-service'],
  [/\b(?:NHS )?Foundation Trust$/, 'foundation-trust'],
  [/\bNHS Trust$/, 'nhs-trust'],
  [/\bNHS and Social Care Partnership Trust$/, 'nhs-trust'],
  [/\bPCT$/, 'primary-care-trust'],
  [/\b(?:Clinical Commissioning Group|CCG)$/, 'clinical-commissioning-group'],
  [/^London Borough of\b|\bCouncil$/, 'local-authority'],
  [/\bGP Federation$/, 'gp-federation'],
  [/\bLocal Medical Committee\b.*$/, 'local-medical-committee'],
  [/\bCiC$/i, 'community-interest-company'],
  [/^Healthwatch$/i, 'healthwatch'],
  [/^NHS England\b.*$/, 'nhs-england'],
  // A trust the name does not say is an NHS or foundation trust ("East Cheshire Hospitals Trust").
  [/\bTrust$/, null],
];

export const CATEGORY_KINDS: Array<[RegExp, OrganisationKind]> = [
  [/^Clinical Commissioning Groups$/, 'clinical-commissioning-group'],
  [/^NHS England$/, 'nhs-england'],
  [/^Local Authorities$/, 'local-authority'],
  [/^Providers$/, 'provider'],
];

/**
 * What kind of body a partner is, as far as the paper says: the words of its name (any of its
 * spellings) that name a kind, else the heading it is listed under. A PCT is a primary care
 * trust, not an NHS trust; an LMC is a local medical committee, not a GP federation; a name
 * that says neither, under no heading, gives no type (`kind: null`).
 */
export function organisationType(names: string[], category: string | null): PartnerTypeFacts {
  for (const [pattern, kind] of NAME_KINDS) {
    for (const name of names) {
      const match = pattern.exec(name);
      if (match) {
        const fromCategory = kind === null && category ? (CATEGORY_KINDS.find(([c]) => c.test(category))?.[1] ?? null) : null;
        return { category, inName: match[0].trim(), kind: kind ?? fromCategory };
      }
    }
  }
  const kind = category ? (CATEGORY_KINDS.find(([c]) => c.test(category))?.[1] ?? null) : null;
  return { category, inName: null, kind };
}

const words = (name: string) =>
  name
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9&]+/)
    .filter((w) => w !== '');

/**
 * Whether two spellings name the same organisation: every word of the shorter is a word (or
 * most of one: the start of a word, or starts with one) of the longer, bracketed abbreviations aside. "Kent and Medway
 * Partnership Trust" is "Kent and Medway NHS and Social Care Partnership Trust"; "Nottingham
 * CityCare Partners" is "Nottingham CityCare Partnership".
 */
export function sameOrganisation(a: string, b: string): boolean {
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  // A word the other begins with counts when it is most of it ("Partners" and "Partnership"), not a short stem ("Health" of "Healthwatch").
  const sameWord = (w: string, l: string) =>
    w === l || (Math.min(w.length, l.length) >= 4 && Math.min(w.length, l.length) / Math.max(w.length, l.length) >= 0.7 && (l.startsWith(w) || w.startsWith(l)));
  return short.length > 0 && short.every((w) => long.some((l) => sameWord(w, l)));
}

// ---------------------------------------------------------------- amendments

const SECTION_NUMBER = /\b\d+\.\d+\b/g;

/**
 * What a version table note says an amendment changed, resolved against the sections of the
 * version whose text the paper carries: "new section 3.9" adds 3.9; "Amendments to 2.4 and
 * 4.1" amends both; "Added "measuring success" ... sections" and "Incorporates draft
 * Vision/Strategy section" add the sections so headed; "changing the word "patient" to
 * "citizen"" is a phrase replacement. A name that matches no section is an error.
 */
export function readAmendmentNote(note: string, previous: string, sectionsOfText: Array<{ number: string; heading: string | null }>): AmendmentFacts {
  const named = /\bamendments? to (V[\d.]+)\b/i.exec(note);
  const byNumber = (asWritten: string): SectionReference => {
    if (!sectionsOfText.some((s) => s.number === asWritten)) throw new Error(`note "${note}" names section ${asWritten}, which the text does not have`);
    return { asWritten, section: asWritten, resolvedBy: 'number' };
  };
  const byHeading = (asWritten: string): SectionReference => {
    const exact = sectionsOfText.find((s) => s.heading?.toLowerCase() === asWritten.toLowerCase());
    if (exact) return { asWritten, section: exact.number, resolvedBy: 'heading' };
    const stems = asWritten
      .toLowerCase()
      .split(/\W+/)
      .map((w) => w.replace(/s$/, ''));
    const holding = sectionsOfText.filter(
      (s) =>
        s.heading &&
        stems.every((stem) =>
          s
            .heading!.toLowerCase()
            .split(/\W+/)
            .some((w) => w.replace(/s$/, '') === stem),
        ),
    );
    if (holding.length !== 1) throw new Error(`note "${note}": no one section is headed like "${asWritten}"`);
    return { asWritten, section: holding[0].number, resolvedBy: 'heading-words' };
  };

  const added: SectionReference[] = [];
  const newSection = /new sections? (\d+(?:\.\d+)*)/gi;
  for (const match of note.matchAll(newSection)) added.push(byNumber(match[1]));
  const addedNumbers = new Set(added.map((a) => a.asWritten));
  const amended = [...note.matchAll(SECTION_NUMBER)]
    .map((m) => m[0])
    .filter((n) => !addedNumbers.has(n))
    .map(byNumber);
  if (/^Added\b/i.test(note)) for (const match of note.matchAll(/"([^"]+)"/g)) added.push(byHeading(match[1]));
  const incorporates = /^Incorporates (?:draft )?(.+?) section$/i.exec(note);
  if (incorporates) added.push(byHeading(incorporates[1]));

  const phraseReplacements = [...note.matchAll(/changing the word "([^"]+)" to "([^"]+)"/gi)].map((m) => ({ find: m[1], replaceWith: m[2] }));
  const meeting = /following (.+? meeting) on (?:the )?(.+?),/i.exec(note);
  let followingMeeting: AmendmentFacts['followingMeeting'] = null;
  if (meeting) {
    const [date] = findWrittenDates(meeting[2]);
    followingMeeting = { asWritten: `${meeting[1]} on the ${meeting[2]}`, date: paperDate(date) };
  }
  const locatedSomething = amended.length + added.length + phraseReplacements.length > 0;
  return {
    amends: named ? named[1] : previous,
    amendsFrom: named ? 'note' : 'previous-row',
    amended,
    added,
    removed: [],
    phraseReplacements,
    unlocatedChanges: !locatedSomething || /\bminor amendment|amendments following\b/i.test(note),
    followingMeeting,
    asWritten: note,
  };
}

// ---------------------------------------------------------------- targets

/** The dated targets of a commitment: the bullets after its "Target:" or "Targets:" line, each with every date it names. */
export function targetsOf(clause: Clause): TargetFacts[] {
  const at = clause.body.findIndex((b) => b.kind === 'paragraph' && /^Targets?:$/.test(b.text));
  if (at < 0) return [];
  const list = clause.body.slice(at + 1).find((b) => b.kind === 'list');
  if (!list || list.kind !== 'list') throw new Error(`${clause.reference}: "Target:" with no list after it`);
  return list.items.map((item) => {
    const text = itemText(item);
    const dates = findWrittenDates(item.text).map((found) => ({
      preposition: /(\w+)\W*$/.exec(item.text.slice(0, found.index))?.[1] ?? null,
      date: paperDate(found as WrittenParts),
    }));
    return { text, dates, line: item.line };
  });
}

/** Sections of a part's text by number and heading (depth-first), to resolve what an amendment note names. */
export function numberedSections(parts: Part[]): Array<{ number: string; heading: string | null }> {
  return parts.flatMap((part) => clausesOf(part.body).map((c) => ({ number: c.reference, heading: c.heading })));
}

export function onlyDate(text: string): PaperDate {
  const dates = findWrittenDates(text);
  if (dates.length !== 1) throw new Error(`expected one date in "${text}", found ${dates.length}`);
  return paperDate(dates[0]);
}
