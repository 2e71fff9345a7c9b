import fc from 'fast-check';
import { ChainVerifier, type StoredEventText } from './chain-verifier';
import { GENESIS_HASH, hashedText, sealEvent } from './hash-chain';

const actor = { subject: 's', name: 'S', role: 'secretariat', organisation: null };

/** A log of `events` events over `streams` streams, interleaved, as a store would hold it. */
function sealedLog(streams: number, events: number): StoredEventText[] {
  const tips = new Map<string, { revision: number; hash: string }>();
  const log: StoredEventText[] = [];
  for (let i = 0; i < events; i++) {
    const streamId = `stream-${(i * 7) % streams}`;
    const tip = tips.get(streamId);
    const revision = tip ? tip.revision + 1 : 0;
    const sealed = sealEvent(
      streamId,
      revision,
      { type: 'Counted', data: { n: i }, metadata: { eventId: `e${i}`, actor } },
      tip?.hash ?? GENESIS_HASH,
      '2026-11-25T00:00:00.000Z',
    );
    tips.set(streamId, { revision, hash: sealed.hash });
    log.push({
      streamId,
      revision,
      position: i + 1,
      hash: sealed.hash,
      hashedText: hashedText(streamId, revision, 'Counted', sealed.dataJson, sealed.metadataJson),
    });
  }
  return log;
}

function verifyWhole(log: StoredEventText[]) {
  const verifier = new ChainVerifier({ trackSeen: false });
  log.forEach((event) => verifier.feed(event));
  return verifier.report();
}

/** The log cut before each index in `cuts`, each piece verified alone, then joined. */
function verifyInSegments(log: StoredEventText[], cuts: number[]) {
  const bounds = [...new Set([0, ...cuts, log.length])].sort((a, b) => a - b);
  const segments = bounds.slice(1).map((end, i) => {
    const verifier = new ChainVerifier({ trackSeen: false, openStart: i > 0 });
    log.slice(bounds[i], end).forEach((event) => verifier.feed(event));
    return verifier.segment();
  });
  return ChainVerifier.joinSegments(segments).report();
}

const cutsOf = (length: number) => fc.uniqueArray(fc.integer({ min: 1, max: length - 1 }), { maxLength: 12 });

describe('ChainVerifier.joinSegments', () => {
  const log = sealedLog(5, 60);

  it('joins an intact log cut anywhere into the same report as verifying it whole', () => {
    const whole = verifyWhole(log);
    expect(whole).toMatchObject({ ok: true, eventsChecked: 60, streamsChecked: 5 });
    fc.assert(
      fc.property(cutsOf(log.length), (cuts) => {
        expect(verifyInSegments(log, cuts)).toEqual(whole);
      }),
    );
  });

  it('finds a changed event, wherever the cuts fall, as verifying it whole does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: log.length - 1 }), cutsOf(log.length), (changed, cuts) => {
        const tampered = log.map((event, i) => (i === changed ? { ...event, hashedText: event.hashedText.replace('"n":', '"n":1') } : event));
        const whole = verifyWhole(tampered);
        expect(whole.firstBreak).toMatchObject({ streamId: log[changed].streamId, revision: log[changed].revision, reason: 'changed' });
        // Past a break the whole-log scan skips the stream; a later segment cannot know to, so only the count of events differs.
        expect(verifyInSegments(tampered, cuts)).toEqual({ ...whole, eventsChecked: expect.any(Number) });
      }),
    );
  });

  it('finds a missing event, wherever the cuts fall, at the revision that is missing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: log.length - 1 }), cutsOf(log.length - 1), (removed, cuts) => {
        const gone = log[removed];
        const isLastOfStream = !log.some((event) => event.streamId === gone.streamId && event.revision > gone.revision);
        fc.pre(!isLastOfStream); // a stream's last event leaves no break in any chain (verifyAll finds the position gap)
        const report = verifyInSegments(
          log.filter((_, i) => i !== removed),
          cuts,
        );
        expect(report.ok).toBe(false);
        expect(report.firstBreak).toMatchObject({ streamId: gone.streamId, reason: 'missing' });
      }),
    );
  });

  it('counts a broken stream once among the streams checked', () => {
    const tampered = log.map((event, i) => (i === 30 ? { ...event, hash: '0'.repeat(64) } : event));
    expect(verifyWhole(tampered).streamsChecked).toBe(5);
    expect(verifyInSegments(tampered, [10, 31, 45]).streamsChecked).toBe(5);
  });
});
