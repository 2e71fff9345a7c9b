import { type CompactEvent, compactEventCodec, type CompactVersionPublished, type PaperDate, type Section } from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';
import { documentProjection } from '../runner/projection';

export interface VersionView {
  factId: string;
  label: string;
  note: string | null;
  dated: PaperDate;
  /** Null where the paper does not carry the version's text (a signature cannot name it). */
  contentHash: string | null;
  /** In the paper's order; null where the paper does not carry the text. */
  sections: Section[] | null;
  amendment: CompactVersionPublished['data']['amendment'];
  describedChanges: CompactVersionPublished['data']['describedChanges'];
  recordedAt: string;
  recordedBy: RecordedEvent['metadata']['actor'];
  position: number;
  /** True once a correction has changed its date or note. */
  corrected: boolean;
}

/** Every version of one compact, in the order published: the version table (000) with each text. */
export interface CompactVersionsView {
  compactId: string;
  versions: VersionView[];
}

const COMPACT_STREAM = /^compact-(.+)$/;

/** The versions after one more of the compact's events: a version published, or a version's date or note corrected. */
export function evolveCompactVersions(view: CompactVersionsView | null, recorded: RecordedEvent): CompactVersionsView | null {
  const event: CompactEvent | null = compactEventCodec.decode(recorded);
  const compactId = COMPACT_STREAM.exec(recorded.streamId)![1];
  if (event?.type === 'CompactVersionPublished') {
    const { factId, label, note, dated, sections, contentHash, amendment, describedChanges } = event.data;
    const version: VersionView = {
      factId,
      label,
      note,
      dated,
      contentHash,
      sections,
      amendment,
      describedChanges,
      recordedAt: recorded.metadata.recordedAt,
      recordedBy: recorded.metadata.actor,
      position: recorded.position,
      corrected: false,
    };
    return { compactId, versions: [...(view?.versions ?? []), version] };
  }
  if (event?.type === 'EventCorrected' && event.data.correction.fact === 'version' && view !== null) {
    const { fact: _fact, ...fields } = event.data.correction;
    return { ...view, versions: view.versions.map((v) => (v.factId === event.data.factId ? { ...v, ...fields, corrected: true } : v)) };
  }
  return view;
}

export const compactVersionsProjection = documentProjection<CompactVersionsView>({
  name: 'compact_versions_v2',
  documentId: (event) =>
    event.type === 'CompactVersionPublished' || event.type === 'EventCorrected' ? (COMPACT_STREAM.exec(event.streamId)?.[1] ?? null) : null,
  evolve: evolveCompactVersions,
});

/** A compact's versions folded in memory from its events: what the ledger showed at a moment, given the events recorded by then. */
export function foldCompactVersions(events: readonly RecordedEvent[]): CompactVersionsView | null {
  return events
    .filter((e) => e.type === 'CompactVersionPublished' || e.type === 'EventCorrected')
    .reduce<CompactVersionsView | null>(evolveCompactVersions, null);
}
