import type { ChainBreak, VerificationReport } from '../port/event-store.port';
import { GENESIS_HASH, hashedText, sha256Hex } from './hash-chain';

/** One stored event as the verifier sees it: the canonical texts that were hashed. */
export interface StoredEventText {
  streamId: string;
  revision: number;
  position: number | null;
  type: string;
  dataJson: string;
  metadataJson: string;
  hash: string;
}

interface StreamTip {
  revision: number;
  hash: string;
  position: number | null;
  /** Every hash seen in the stream, to tell a reordering from a missing predecessor. */
  seen: Set<string> | null;
}

const PREV_HASH = /"prevHash":"([0-9a-f]{64})"/;

/**
 * Recomputes the hash chain over events fed in global order (or one stream in
 * revision order) and remembers the first break. The same code serves the stores'
 * verifyStream/verifyAll and the offline verifier, so they cannot disagree.
 *
 * - changed:   the stored hash is not the hash of the stored content;
 * - missing:   a revision or a global position is skipped, or an event names a predecessor that is not there;
 * - reordered: the event chains to another event of its stream than the one before it,
 *              or sits before its predecessor in global order.
 */
export class ChainVerifier {
  private readonly tips = new Map<string, StreamTip>();
  private lastPosition: number | null = null;
  private checked = 0;
  private broken: ChainBreak | null = null;

  constructor(private readonly options: { contiguousPositions?: boolean; trackReordering?: boolean } = {}) {}

  /** Returns false once a break has been found; later events are not examined. */
  feed(event: StoredEventText): boolean {
    if (this.broken) return false;
    this.checked++;
    const fail = (reason: ChainBreak['reason'], detail: string) => {
      this.broken = { streamId: event.streamId, revision: event.revision, position: event.position, reason, detail };
      return false;
    };

    if (this.options.contiguousPositions && event.position !== null) {
      const expected = (this.lastPosition ?? 0) + 1;
      if (event.position !== expected) {
        return fail('missing', `global position ${expected} is missing (next found: ${event.position})`);
      }
      this.lastPosition = event.position;
    }

    const recomputed = sha256Hex(hashedText(event.streamId, event.revision, event.type, event.dataJson, event.metadataJson));
    if (recomputed !== event.hash) {
      return fail('changed', `stored hash ${event.hash} does not match the content's hash ${recomputed}`);
    }

    const tip = this.tips.get(event.streamId);
    const expectedRevision = tip ? tip.revision + 1 : 0;
    const expectedPrev = tip ? tip.hash : GENESIS_HASH;

    if (tip && event.revision <= tip.revision) {
      return fail('reordered', `revision ${event.revision} comes after revision ${tip.revision} in global order`);
    }
    if (event.revision !== expectedRevision) {
      return fail('missing', `revision ${expectedRevision} is missing (next found: ${event.revision})`);
    }
    if (!event.metadataJson.includes(`"prevHash":"${expectedPrev}"`)) {
      const named = PREV_HASH.exec(event.metadataJson)?.[1] ?? '(none)';
      if (tip?.seen?.has(named)) {
        return fail('reordered', `chains to an earlier event of the stream (${named}), not to revision ${tip.revision}`);
      }
      return fail('missing', `prevHash ${named} names no event of the stream; expected ${expectedPrev}`);
    }
    if (tip && tip.position !== null && event.position !== null && event.position < tip.position) {
      return fail('reordered', `position ${event.position} is before its predecessor's position ${tip.position}`);
    }

    if (tip) {
      tip.revision = event.revision;
      tip.hash = event.hash;
      tip.position = event.position;
      tip.seen?.add(event.hash);
    } else {
      this.tips.set(event.streamId, {
        revision: event.revision,
        hash: event.hash,
        position: event.position,
        seen: this.options.trackReordering === false ? null : new Set([event.hash]),
      });
    }
    return true;
  }

  report(): VerificationReport {
    return { ok: this.broken === null, eventsChecked: this.checked, streamsChecked: this.tips.size, firstBreak: this.broken };
  }
}
