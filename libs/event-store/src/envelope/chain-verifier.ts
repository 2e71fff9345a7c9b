import type { ChainBreak, VerificationReport } from '../port/event-store.port';
import { GENESIS_HASH, sha256Hex } from './hash-chain';

/** One stored event as the verifier sees it: the exact text that was hashed (see hashedText), and the hash. */
export interface StoredEventText {
  streamId: string;
  revision: number;
  position: number | null;
  hashedText: string;
  hash: string;
}

export interface SegmentTip {
  revision: number;
  hash: string;
  position: number | null;
}

export interface SegmentEntry {
  revision: number;
  prevHash: string | null;
  position: number | null;
}

/** A verified stretch of the log, as a worker thread hands it back. */
export interface VerifiedSegment {
  breaks: ChainBreak[];
  unattributed: ChainBreak[];
  brokenStreams: string[];
  tips: Map<string, SegmentTip>;
  entries: Map<string, SegmentEntry>;
  checked: number;
}

const PREV_HASH_KEY = '"prevHash":"';

/**
 * The envelope's prevHash within a hashed text. The envelope is the last object
 * before revision, streamId and type, and after its prevHash come only recordedAt
 * and JSON strings, in which an unescaped `"prevHash":"` cannot occur: so its last
 * occurrence is the envelope's, whatever the event's data holds.
 */
export function prevHashOf(hashedText: string): string | null {
  const at = hashedText.lastIndexOf(PREV_HASH_KEY);
  return at < 0 ? null : hashedText.slice(at + PREV_HASH_KEY.length, at + PREV_HASH_KEY.length + 64);
}

interface StreamTip {
  revision: number;
  hash: string;
  position: number | null;
  /** Every hash seen in the stream, to tell a reordering from a missing predecessor (when tracked). */
  seen: Set<string> | null;
}

/**
 * Recomputes the hash chain and reports where it breaks. Feed it each stream's
 * events in revision order (streams may be interleaved, as in global order).
 * The same code serves the stores' verifyStream/verifyAll and the offline
 * verifier, so they cannot disagree.
 *
 * - changed:   the stored hash is not the hash of the stored content;
 * - missing:   a revision is skipped, or an event names a predecessor that is not there;
 * - reordered: an event chains to an earlier event than the one before it, or its
 *              global position is before its predecessor's.
 */
export class ChainVerifier {
  private readonly tips = new Map<string, StreamTip>();
  private readonly brokenStreams = new Set<string>();
  private readonly breaks: ChainBreak[] = [];
  private readonly unattributed: ChainBreak[] = [];
  private checked = 0;

  /** Where each stream enters a segment that starts mid-log (openStart): joined to the previous segment later. */
  private readonly entries = new Map<string, SegmentEntry>();

  /**
   * `trackSeen: false` skips remembering every hash: faster for a whole-log scan,
   * which then re-checks a broken stream alone to say exactly how it broke.
   * `openStart: true` verifies a segment that starts mid-log: a stream's first event
   * in it is taken as it stands and remembered, for joinSegments to check.
   */
  constructor(private readonly options: { trackSeen?: boolean; openStart?: boolean } = {}) {}

  feed(event: StoredEventText): void {
    if (this.brokenStreams.has(event.streamId)) return;
    this.checked++;
    const fail = (reason: ChainBreak['reason'], detail: string) => {
      this.brokenStreams.add(event.streamId);
      this.breaks.push({ streamId: event.streamId, revision: event.revision, position: event.position, reason, detail });
    };

    const recomputed = sha256Hex(event.hashedText);
    if (recomputed !== event.hash) {
      return fail('changed', `stored hash ${event.hash} is not the hash of the stored content (${recomputed})`);
    }

    const tip = this.tips.get(event.streamId);
    if (!tip && this.options.openStart) {
      this.entries.set(event.streamId, { revision: event.revision, prevHash: prevHashOf(event.hashedText), position: event.position });
      this.tips.set(event.streamId, { revision: event.revision, hash: event.hash, position: event.position, seen: null });
      return;
    }
    const expectedPrev = tip ? tip.hash : GENESIS_HASH;
    if (tip && event.revision <= tip.revision) {
      return fail('reordered', `revision ${event.revision} comes after revision ${tip.revision}`);
    }
    const expectedRevision = tip ? tip.revision + 1 : 0;
    if (event.revision !== expectedRevision) {
      return fail('missing', `revision ${expectedRevision} is missing (next found: ${event.revision})`);
    }
    const named = prevHashOf(event.hashedText);
    if (named !== expectedPrev) {
      if (named !== null && tip?.seen?.has(named)) {
        return fail('reordered', `chains to an earlier event of the stream (${named}), not to revision ${tip.revision}`);
      }
      return fail('missing', `prevHash ${named} names no event of the stream; expected ${expectedPrev}`);
    }
    if (tip && tip.position !== null && event.position !== null && event.position < tip.position) {
      return fail('reordered', `global position ${event.position} is before its predecessor's position ${tip.position}`);
    }

    if (tip) {
      tip.revision = event.revision;
      tip.hash = event.hash;
      tip.position = event.position;
      tip.seen?.add(event.hash);
    } else {
      const seen = this.options.trackSeen === false ? null : new Set([event.hash]);
      this.tips.set(event.streamId, { revision: event.revision, hash: event.hash, position: event.position, seen });
    }
  }

  /**
   * Records a break found outside any chain (a gap in global positions). It is
   * reported only when no stream's chain names a break, since a chain break says more.
   */
  addUnattributedBreak(broken: ChainBreak): void {
    this.unattributed.push(broken);
  }

  /** What joinSegments needs from a segment: breaks, each stream's last event, and where each stream entered. */
  segment(): VerifiedSegment {
    const tips = new Map<string, SegmentTip>();
    for (const [streamId, tip] of this.tips) tips.set(streamId, { revision: tip.revision, hash: tip.hash, position: tip.position });
    return {
      breaks: [...this.breaks],
      unattributed: [...this.unattributed],
      brokenStreams: [...this.brokenStreams],
      tips,
      entries: new Map(this.entries),
      checked: this.checked,
    };
  }

  /** A verifier holding one segment that covers the whole log. */
  static fromSegment(segment: VerifiedSegment): ChainVerifier {
    return ChainVerifier.joinSegments([segment]);
  }

  /**
   * A verifier holding consecutive segments of the log (the first from its start),
   * checked where each stream crosses from one segment into the next.
   */
  static joinSegments(segments: VerifiedSegment[]): ChainVerifier {
    const joined = new ChainVerifier();
    for (const segment of segments) {
      joined.checked += segment.checked;
      joined.breaks.push(...segment.breaks);
      joined.unattributed.push(...segment.unattributed);
      for (const [streamId, entry] of segment.entries) {
        if (joined.brokenStreams.has(streamId)) continue;
        const before = joined.tips.get(streamId);
        const expectedRevision = before ? before.revision + 1 : 0;
        const expectedPrev = before ? before.hash : GENESIS_HASH;
        const at = { streamId, revision: entry.revision, position: entry.position };
        if (entry.revision !== expectedRevision) {
          joined.breaks.push({
            ...at,
            reason: entry.revision < expectedRevision ? 'reordered' : 'missing',
            detail: `revision ${expectedRevision} expected, found ${entry.revision}`,
          });
          joined.brokenStreams.add(streamId);
        } else if (entry.prevHash !== expectedPrev) {
          joined.breaks.push({ ...at, reason: 'missing', detail: `prevHash ${entry.prevHash} names no event of the stream; expected ${expectedPrev}` });
          joined.brokenStreams.add(streamId);
        }
      }
      for (const id of segment.brokenStreams) joined.brokenStreams.add(id);
      for (const [streamId, tip] of segment.tips) joined.tips.set(streamId, { ...tip, seen: null });
    }
    return joined;
  }

  report(): VerificationReport {
    const byPosition = (a: ChainBreak, b: ChainBreak) => (a.position ?? Infinity) - (b.position ?? Infinity);
    const breaks = [...this.breaks].sort(byPosition);
    const unattributed = [...this.unattributed].sort(byPosition);
    const firstBreak = breaks[0] ?? unattributed[0] ?? null;
    let streamsChecked = this.tips.size;
    for (const streamId of this.brokenStreams) if (!this.tips.has(streamId)) streamsChecked++;
    return { ok: firstBreak === null, eventsChecked: this.checked, streamsChecked, firstBreak, breaks: [...breaks, ...unattributed] };
  }
}
