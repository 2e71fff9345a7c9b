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
  from: { label: string; contentHash: string };
  to: { label: string; contentHash: string };
  sections: SectionComparison[];
  unchanged: string[];
}

const bySectionNumber = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** Section by section: added, removed, changed (with word-level changes from the `diff` library), and the numbers left as they were. */
export function compareVersions(from: VersionView, to: VersionView): VersionComparison {
  const before = new Map(from.sections.map((s) => [s.number, s]));
  const after = new Map(to.sections.map((s) => [s.number, s]));
  const numbers = [...new Set([...before.keys(), ...after.keys()])].sort(bySectionNumber);
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
  return { from: { label: from.label, contentHash: from.contentHash }, to: { label: to.label, contentHash: to.contentHash }, sections, unchanged };
}
