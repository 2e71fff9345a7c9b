import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import type { NewEvent } from '../port/event-store.port';
import { prevHashOf } from './chain-verifier';
import { canonicalEnvelope, GENESIS_HASH, hashedText, sealEvent } from './hash-chain';

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('"', '\\', '\u2028', '\u0000', 'é', '😀', '</script>'),
);
const nullableText = fc.option(text, { nil: null });
const json = fc.jsonValue({ maxDepth: 4 });

describe('hash chain texts', () => {
  it('canonicalEnvelope is exactly RFC 8785 (canonicalize) for any envelope values', () => {
    fc.assert(
      fc.property(
        fc.record({
          eventId: text,
          actor: fc.record({ subject: text, name: text, role: text, organisation: nullableText }),
          recordedAt: text,
          effectiveAt: nullableText,
          correlationId: nullableText,
          causationId: nullableText,
          prevHash: text,
        }),
        (envelope) => {
          expect(canonicalEnvelope(envelope)).toBe(canonicalize(envelope));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hashedText is the RFC 8785 form of the whole {streamId, revision, type, data, metadata}', () => {
    fc.assert(
      fc.property(text, fc.nat(), text, fc.dictionary(fc.string(), json), (streamId, revision, type, data) => {
        const metadata = { eventId: 'e', prevHash: GENESIS_HASH };
        const joined = hashedText(streamId, revision, type, canonicalize(data)!, canonicalize(metadata)!);
        expect(joined).toBe(canonicalize({ streamId, revision, type, data, metadata }));
      }),
      { numRuns: 1000 },
    );
  });

  it('sealEvent hashes exactly those bytes with SHA-256 and keeps the texts it hashed', () => {
    const event: NewEvent = {
      type: 'PartnerSigned',
      data: { organisation: 'South East Coast Ambulance Service', paperDate: '2015-09-10' },
      metadata: { eventId: 'e-1', actor: { subject: 's', name: 'N', role: 'partner', organisation: 'secamb' }, effectiveAt: '2015-09-10' },
    };
    const sealed = sealEvent('compact-kent', 4, event, GENESIS_HASH, '2026-11-25T10:00:00.000Z');
    const envelope = JSON.parse(sealed.metadataJson);
    expect(envelope).toEqual({
      eventId: 'e-1',
      actor: { subject: 's', name: 'N', role: 'partner', organisation: 'secamb' },
      recordedAt: '2026-11-25T10:00:00.000Z',
      effectiveAt: '2015-09-10',
      correlationId: null,
      causationId: null,
      prevHash: GENESIS_HASH,
    });
    const canonical = canonicalize({ streamId: 'compact-kent', revision: 4, type: 'PartnerSigned', data: event.data, metadata: envelope })!;
    expect(sealed.hash).toBe(createHash('sha256').update(canonical).digest('hex'));
  });
});

describe('prevHashOf', () => {
  it("finds the envelope's prevHash even when the event's data has a prevHash of its own", () => {
    const tricky: NewEvent = {
      type: 'Tricky',
      data: { prevHash: 'f'.repeat(64), nested: { '"prevHash":"': 'a'.repeat(64) } },
      metadata: { eventId: 'e', actor: { subject: '"prevHash":"', name: 'n', role: 'r', organisation: null } },
    };
    const prev = '1'.repeat(64);
    const sealed = sealEvent('s', 1, tricky, prev, '2026-01-01T00:00:00.000Z');
    expect(prevHashOf(hashedText('s', 1, 'Tricky', sealed.dataJson, sealed.metadataJson))).toBe(prev);
  });
});
