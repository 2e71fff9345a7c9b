import { compareSectionNumbers, compareVersionLabels, type DescribedChanges } from '@compact-ledger/domain';
import { diffWordsWithSpace } from 'diff';
import type { VersionView } from './compact-versions.projection';

export interface WordChange {
  change: 'same' | 'added' | 'removed';
  text: string;
}

export interface SectionComparison {
  number: string;
  change: 'added' | 'removed' | 'changed';
  heading: { from: string | null; to: string | null };
  /** Word by word, for a changed section's text. */
  words: WordChange[] | null;
}

export interface VersionComparison {
  from: { label: string; contentHash: string | null };
  to: { label: string; contentHash: string | null };
  /** False where either version's text is not recorded (the paper lists it by its note only): `sections` and `unchanged` are then empty. */
  textCompared: boolean;
  sections: SectionComparison[];
  unchanged: string[];
  /**
   * What each version's note says it changed, for each version after `from` up to `to`, in
   * order: 000's V4.0 "Amendments to 2.4 and 4.1, new section 3.9" as sections amended and
   * added, where the paper carries no text to compare.
   */
  described: Array<{ label: string; note: string | null; changes: DescribedChanges | null }>;
}

/**
 * Section by section: added, removed, changed (with word-level changes from the `diff` library),
 * and the references left as they were, in the order of the later text; and, for every version in
 * between, what its note says it changed.
 */
export function compareVersions(from: VersionView, to: VersionView, all: VersionView[] = [from, to]): VersionComparison {
  const [low, high] = compareVersionLabels(from.label, to.label) <= 0 ? [from.label, to.label] : [to.label, from.label];
  const described = all
    .filter((v) => compareVersionLabels(v.label, low) > 0 && compareVersionLabels(v.label, high) <= 0)
    .map((v) => ({ label: v.label, note: v.note, changes: v.describedChanges }));
  const base = { from: { label: from.label, contentHash: from.contentHash }, to: { label: to.label, contentHash: to.contentHash }, described };
  if (from.sections === null || to.sections === null) return { ...base, textCompared: false, sections: [], unchanged: [] };
  const before = new Map(from.sections.map((s) => [s.number, s]));
  const after = new Map(to.sections.map((s) => [s.number, s]));
  const order = [...to.sections.map((s) => s.number), ...from.sections.map((s) => s.number).filter((n) => !after.has(n))];
  const numbers = [...new Set(order)].sort((a, b) => compareSectionNumbers(a, b) || order.indexOf(a) - order.indexOf(b));
  const sections: SectionComparison[] = [];
  const unchanged: string[] = [];
  for (const number of numbers) {
    const a = before.get(number);
    const b = after.get(number);
    if (a && b && a.text === b.text && a.heading === b.heading) {
      unchanged.push(number);
      continue;
    }
    const change = !a ? 'added' : !b ? 'removed' : 'changed';
    const words =
      a && b
        ? diffWordsWithSpace(a.text, b.text).map((part): WordChange => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }))
        : null;
    sections.push({ number, change, heading: { from: a?.heading ?? null, to: b?.heading ?? null }, words });
  }
  return { ...base, textCompared: true, sections, unchanged };
}
