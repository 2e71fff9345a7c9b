import { DomainRuleViolation } from '../shared/decider';
import { decideEvidenceExport, evolveEvidenceExports, initialEvidenceExportState, type RecordEvidenceExport } from './evidence-export';

const record = (exportId: string, size = 42): RecordEvidenceExport => ({
  type: 'RecordEvidenceExport',
  data: {
    exportId,
    compactId: 'c1',
    disputeId: null,
    checkpoint: { origin: 'ledger.test/compacts', size, root: 'A'.repeat(43) + '=' },
    streams: ['compact-c1'],
  },
});

describe('recording an evidence export', () => {
  it('records who exported which streams at which checkpoint, once per export', () => {
    const events = decideEvidenceExport(record('e1'), initialEvidenceExportState());
    expect(events).toEqual([{ type: 'EvidencePackExported', data: record('e1').data }]);
    const state = events.reduce(evolveEvidenceExports, initialEvidenceExportState());
    expect(() => decideEvidenceExport(record('e1'), state)).toThrow(expect.objectContaining({ rule: 'evidence-export-recorded' }));
    expect(decideEvidenceExport(record('e2'), state)).toHaveLength(1);
  });

  it('refuses a pack anchored to no event, or holding no stream', () => {
    expect(() => decideEvidenceExport(record('e1', 0), initialEvidenceExportState())).toThrow(DomainRuleViolation);
    const empty = record('e1');
    empty.data.streams = [];
    expect(() => decideEvidenceExport(empty, initialEvidenceExportState())).toThrow(expect.objectContaining({ rule: 'evidence-export-streams' }));
  });
});
