import { compactEventCodec } from '../compact/compact.codec';
import { evolveCompact } from '../compact/compact.evolve';
import { initialCompactState } from '../compact/compact.state';
import { disputeEventCodec } from '../dispute/dispute.codec';
import type { DomainEvent } from './decider';
import { decodeKnown, eventCodec, type StoredEvent } from './event-codec';

const drafted: StoredEvent = {
  type: 'CompactDrafted',
  data: { compactId: 'c-1', title: 'Delivering Together', covers: 'South Kent Coast', description: null },
};
/** As a newer version of the ledger might write it during a rolling deploy. */
const fromANewerVersion: StoredEvent = { type: 'CompactArchived', data: { archivedOn: '2026-11-30', shelf: 'B4' } };

describe('the event seam between stored events and the typed unions', () => {
  it('decodes a known type to the typed event, data untouched', () => {
    expect(compactEventCodec.decode(drafted)).toEqual({ type: 'CompactDrafted', data: drafted.data });
  });

  it('answers null for a type this version does not know, rather than throwing', () => {
    expect(compactEventCodec.decode(fromANewerVersion)).toBeNull();
    expect(disputeEventCodec.decode(fromANewerVersion)).toBeNull();
    // A dispute's event is not a compact's.
    expect(compactEventCodec.decode({ type: 'DisputeRaised', data: {} })).toBeNull();
  });

  it('lets a reader fold a stream holding an unknown event: skipped, the rest folded as if it were absent', () => {
    const withUnknown = decodeKnown(compactEventCodec, [drafted, fromANewerVersion]);
    const without = decodeKnown(compactEventCodec, [drafted]);
    expect(withUnknown).toEqual(without);
    expect(withUnknown.reduce(evolveCompact, initialCompactState())).toMatchObject({ kind: 'compact', title: 'Delivering Together' });
  });

  it('knows every type of each union (the compiler checks the list; this checks nothing is lost at run time)', () => {
    expect([...compactEventCodec.types]).toContain('EventCorrected');
    expect(compactEventCodec.types.size).toBe(15);
    expect(disputeEventCodec.types.size).toBe(8);
  });

  it('upcasts an older shape or a renamed type to the current event', () => {
    type Counted = DomainEvent<'Counted', { by: number; note: string | null }>;
    const codec = eventCodec<Counted>(
      { Counted: true },
      {
        // V1 had no note; a renamed type maps onto the current one.
        Counted: (data) => ({ type: 'Counted', data: { note: null, ...(data as { by: number }) } }),
        Tallied: (data) => ({ type: 'Counted', data: { by: (data as { count: number }).count, note: 'tallied' } }),
      },
    );
    expect(codec.decode({ type: 'Counted', data: { by: 2 } })).toEqual({ type: 'Counted', data: { by: 2, note: null } });
    expect(codec.decode({ type: 'Tallied', data: { count: 3 } })).toEqual({ type: 'Counted', data: { by: 3, note: 'tallied' } });
    // Object.prototype's names are not types.
    expect(codec.decode({ type: 'toString', data: {} })).toBeNull();
  });
});
