import type { Schemas } from '../api/client';

type Described = Schemas['DescribedChangesDto'];
type SectionReference = Schemas['SectionReferenceDto'];

const sectionList = (refs: readonly SectionReference[] | undefined) =>
  (refs ?? []).map((r) => (r.asWritten === r.section ? r.section : `${r.section} (“${r.asWritten}”)`)).join(', ');

/**
 * What a version's note says changed, where the ledger holds no text to compare (Shropshire's
 * V1 to V5.0 are known only from the version table): the sections named as amended, added or
 * removed, as the note names them, the phrases replaced, and whether it also speaks of changes
 * it does not place.
 */
export function describedChangesText(changes: Described): string {
  const parts: string[] = [];
  if (changes.amended?.length) parts.push(`amended ${sectionList(changes.amended)}`);
  if (changes.added?.length) parts.push(`added ${sectionList(changes.added)}`);
  if (changes.removed?.length) parts.push(`removed ${sectionList(changes.removed)}`);
  for (const p of changes.phraseReplacements ?? []) parts.push(`“${p.find}” changed to “${p.replaceWith}”`);
  if (changes.unlocatedChanges) parts.push('other changes the note does not place');
  return `As the note says, of version ${changes.amends}: ${parts.length > 0 ? parts.join('; ') : 'no change it places'}.`;
}
