import type { Actor, RecordedEvent } from '@compact-ledger/event-store';
import type { CompactDrafted, CompactVersionPublished } from '@compact-ledger/domain';
import { dataOf, documentProjection } from '../runner/projection';

/** The current state of one compact, as GET /compacts/:id shows it. */
export interface CompactStateView {
  compactId: string;
  title: string;
  covers: string;
  description: string | null;
  /** The newest version: its label, hash and date, or null before the first is published. */
  currentVersion: { label: string; contentHash: string; dated: string } | null;
  draftedAt: string;
  draftedBy: Actor;
  /** Revision of the compact's stream this view reflects: the If-Match value for the next command. */
  revision: number;
  updatedAt: string;
  position: number;
}

const COMPACT_STREAM = /^compact-(.+)$/;

export function evolveCompactState(view: CompactStateView | null, event: RecordedEvent): CompactStateView | null {
  const touched = (v: CompactStateView): CompactStateView => ({
    ...v,
    revision: event.revision,
    updatedAt: event.metadata.recordedAt,
    position: event.position,
  });
  if (event.type === 'CompactDrafted') {
    const data = event.data as CompactDrafted['data'];
    return touched({
      compactId: data.compactId,
      title: data.title,
      covers: data.covers,
      description: data.description,
      currentVersion: null,
      draftedAt: event.metadata.recordedAt,
      draftedBy: event.metadata.actor,
      revision: 0,
      updatedAt: '',
      position: 0,
    });
  }
  if (view === null) return null;
  if (event.type === 'CompactVersionPublished') {
    const { label, contentHash, dated } = dataOf<CompactVersionPublished>(event);
    return touched({ ...view, currentVersion: { label, contentHash, dated } });
  }
  return touched(view);
}

export const compactStateProjection = documentProjection<CompactStateView>({
  name: 'compact_state_v1',
  documentId: (event) => COMPACT_STREAM.exec(event.streamId)?.[1] ?? null,
  evolve: evolveCompactState,
});
