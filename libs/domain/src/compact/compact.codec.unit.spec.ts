import { compactEventCodec } from './compact.codec';
import type { CompactEvent } from './compact.events';
import { evolveCompact } from './compact.evolve';
import { type Compact, initialCompactState } from './compact.state';
import { disputeEventCodec } from '../dispute/dispute.codec';
import type { StoredEvent } from '../shared/event-codec';

/** A compact's stream as a ledger stored it before dates carried their precision and every correctable fact had an id. */
const stored: StoredEvent[] = [
  { type: 'CompactDrafted', data: { compactId: 'c', title: 'Delivering Together', covers: 'South Kent Coast', description: null } },
  {
    type: 'CompactVersionPublished',
    data: { label: '1.0', note: 'Draft', dated: '2015-08-01', sections: [{ number: '1', heading: null, text: 'x' }], contentHash: 'h', amendment: null },
  },
  {
    type: 'PartnerAdmitted',
    data: { factId: 'a1', organisationId: 'kcc', name: 'Kent County Council', organisationType: 'local-authority', lead: { name: 'L', role: 'R' }, deputy: null, effectiveOn: '2015-08-01' },
  },
  { type: 'PartnerSigned', data: { factId: 's1', organisationId: 'kcc', versionLabel: '1.0', contentHash: 'h', signatory: { name: 'L', role: 'R' }, signedOn: '2015-08-25', signifies: [] } },
  {
    type: 'CompactCameIntoForce',
    data: { versionLabel: '1.0', contentHash: 'h', effectiveOn: '2015-08-25', rule: 'all-partners-signed', decisionReference: null, signatureFactIds: ['s1'], completedBy: { kind: 'signature', factId: 's1' } },
  },
  { type: 'CompactTermSet', data: { inForceRule: 'all-partners-signed', effectiveFrom: '2015-01-01', expiresOn: null, refreshDueBy: null, durationMonths: 36, decisionReference: null } },
  { type: 'EscalationPathDefined', data: { levels: [{ level: 1, name: 'L1', whoActs: 'w', mediation: false, independentChair: false }], note: 'n', effectiveOn: '2015-08-01' } },
  { type: 'EscalationPathDefined', data: { levels: [{ level: 1, name: 'L1', whoActs: 'v', mediation: false, independentChair: false }], note: 'n2', effectiveOn: '2016-01-01' } },
  { type: 'PartnerWithdrawn', data: { organisationId: 'kcc', noticeGivenOn: '2016-01-15', effectiveOn: '2016-04-01', reason: 'r' } },
  {
    type: 'EventCorrected',
    data: { factId: 's1', correctedEventType: 'PartnerSigned', reason: 'typo', correction: { fact: 'signature', signedOn: '2015-08-26' }, previous: { fact: 'signature', signedOn: '2015-08-25' } },
  },
  { type: 'CompactTerminated', data: { effectiveOn: '2017-03-31', reason: 'r', decisionReference: null } },
];

describe('the compact codec upcasts the shapes older ledgers hold (string dates, facts without ids)', () => {
  const events = stored.map((e) => compactEventCodec.decode(e)) as CompactEvent[];
  const state = events.reduce(evolveCompact, initialCompactState()) as Compact;

  it('a stored YYYY-MM-DD becomes an exact date whose words were not transcribed', () => {
    expect(events[1].data).toMatchObject({ dated: { asWritten: null, precision: 'exact', value: '2015-08-01', assumed: null }, describedChanges: null, factId: 'version-1.0' });
    expect(state.signatures[0].signedOn.value).toBe('2015-08-26');
    expect(state.corrections[0].previous).toEqual({ fact: 'signature', signedOn: { asWritten: null, precision: 'exact', value: '2015-08-25', assumed: null } });
    expect(state.term.effectiveFrom).toEqual({ asWritten: null, precision: 'exact', value: '2015-01-01', assumed: null });
  });

  it('a fact stored without an id gets one derived from what it is, the same on every read: what a correction names', () => {
    expect(Object.keys(state.facts).sort()).toEqual(
      ['a1', 's1', 'version-1.0', 'in-force-1.0', 'term-1', 'escalation-path-1', 'escalation-path-2', 'withdrawal-kcc-2016-04-01', 'termination'].sort(),
    );
    const again = (stored.map((e) => compactEventCodec.decode(e)) as CompactEvent[]).reduce(evolveCompact, initialCompactState()) as Compact;
    expect(again.facts).toEqual(state.facts);
  });

  it('an event already in the current shape decodes as it is', () => {
    const current = compactEventCodec.decode({ type: 'CompactVersionPublished', data: events[1].data });
    expect(current).toEqual(events[1]);
  });

  it("a dispute stored with its path's date as a string gets an exact date", () => {
    const raised = disputeEventCodec.decode({
      type: 'DisputeRaised',
      data: { disputeId: 'd', compact: { compactId: 'c', compactTitle: 't', versionLabel: '1', contentHash: 'h' }, escalationPath: { levels: [], note: 'n', effectiveOn: '2015-08-01' }, raisedBy: 'a', against: ['b'], about: [], summary: 's', raisedOn: '2016-01-01', level: 1 },
    });
    expect((raised!.data as { escalationPath: { effectiveOn: unknown } }).escalationPath.effectiveOn).toEqual({ asWritten: null, precision: 'exact', value: '2015-08-01', assumed: null });
  });
});
