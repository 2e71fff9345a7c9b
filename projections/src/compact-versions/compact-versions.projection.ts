import type { RecordedEvent } from '@compact-ledger/event-store';
import type { CompactVersionPublished } from '@compact-ledger/domain';
import { dataOf, documentProjection } from '../runner/projection';

export interface VersionView {
  label: string;
  note: string;
  dated: string;
  contentHash: string;
  sections: Array<{ number: string; heading: string | null; text: string }>;
  amendment: CompactVersionPublished['data']['amendment'];
  recordedAt: string;
  recordedBy: RecordedEvent['metadata']['actor'];
  position: number;
}

/** Every version of one compact, in the order published: the version table (000) with each text. */
export interface CompactVersionsView {
  compactId: string;
  versions: VersionView[];
}

export const compactVersionsProjection = documentProjection<CompactVersionsView>({
  name: 'compact_versions_v1',
  documentId: (event) => (event.type === 'CompactVersionPublished' ? (/^compact-(.+)$/.exec(event.streamId)?.[1] ?? null) : null),
  evolve: (view, event) => {
    const data = dataOf<CompactVersionPublished>(event);
    const version: VersionView = {
      label: data.label,
      note: data.note,
      dated: data.dated,
      contentHash: data.contentHash,
      sections: data.sections,
      amendment: data.amendment,
      recordedAt: event.metadata.recordedAt,
      recordedBy: event.metadata.actor,
      position: event.position,
    };
    const compactId = /^compact-(.+)$/.exec(event.streamId)![1];
    return { compactId, versions: [...(view?.versions ?? []), version] };
  },
});
