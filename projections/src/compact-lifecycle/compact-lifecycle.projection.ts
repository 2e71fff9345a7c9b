import { compactEventCodec, type CompactState, evolveCompact, initialCompactState } from '@compact-ledger/domain';
import type { Actor, RecordedEvent } from '@compact-ledger/event-store';
import { documentProjection } from '../runner/projection';

/** When the ledger recorded a fact (a signature, an endorsement, an admission), and who entered it. */
export interface RecordedFact {
  recordedAt: string;
  recordedBy: Actor;
  position: number;
}

/**
 * One compact as its own decider sees it (partners, endorsements, signatures,
 * term, corrections applied), folded with the domain's evolve, plus when each fact
 * was recorded: the domain sees no envelope, the register shows both clocks.
 */
export interface CompactLifecycleView {
  compactId: string;
  state: CompactState;
  recorded: Record<string, RecordedFact>;
}

/** The projection's fold, also used to replay a compact as the ledger showed it at a moment. */
export function evolveCompactLifecycle(view: CompactLifecycleView | null, event: RecordedEvent): CompactLifecycleView {
  const compactId = /^compact-(.+)$/.exec(event.streamId)![1];
  const decoded = compactEventCodec.decode(event);
  // An event of a type this version does not know is skipped: it stays in the stream for a newer version to read.
  const state = decoded === null ? (view?.state ?? initialCompactState()) : evolveCompact(view?.state ?? initialCompactState(), decoded);
  const factId = (event.data as { factId?: unknown }).factId;
  const recorded = { ...(view?.recorded ?? {}) };
  if (typeof factId === 'string' && event.type !== 'EventCorrected') {
    recorded[factId] = { recordedAt: event.metadata.recordedAt, recordedBy: event.metadata.actor, position: event.position };
  }
  return { compactId, state, recorded };
}

export const compactLifecycleProjection = documentProjection<CompactLifecycleView>({
  name: 'compact_lifecycle_v3',
  documentId: (event) => /^compact-(.+)$/.exec(event.streamId)?.[1] ?? null,
  evolve: evolveCompactLifecycle,
});
