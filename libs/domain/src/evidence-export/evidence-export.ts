import { eventCodec } from '../shared/event-codec';
import { type Decider, DomainRuleViolation, type DomainEvent } from '../shared/decider';

/*
 * The record of a compact's evidence packs (stream `evidence-exports-<compactId>`): who
 * exported which evidence, when (the envelope's actor and recordedAt), and anchored to
 * which checkpoint of the transparency log. Kept apart from the compact's own stream: a
 * pack states each of its streams' heads at its checkpoint, and recording the export
 * on one of them would make the compact's record change with every download and put a
 * fact about the ledger's use among the compact's governance.
 */

/** The checkpoint a pack is anchored to: the log's name, its size then and its root hash (base64). */
export interface ExportedCheckpoint {
  origin: string;
  size: number;
  root: string;
}

export type EvidencePackExported = DomainEvent<
  'EvidencePackExported',
  {
    exportId: string;
    compactId: string;
    /** The pack of one dispute, or null for the pack of the whole compact. */
    disputeId: string | null;
    checkpoint: ExportedCheckpoint;
    /** The streams the pack holds, as they stood at the checkpoint. */
    streams: string[];
  }
>;

export type EvidenceExportEvent = EvidencePackExported;

export type RecordEvidenceExport = { type: 'RecordEvidenceExport'; data: EvidencePackExported['data'] };
export type EvidenceExportCommand = RecordEvidenceExport;

export interface EvidenceExportState {
  exportIds: ReadonlySet<string>;
}

export const evidenceExportEventCodec = eventCodec<EvidenceExportEvent>({ EvidencePackExported: true });

export const initialEvidenceExportState = (): EvidenceExportState => ({ exportIds: new Set() });

export function evolveEvidenceExports(state: EvidenceExportState, event: EvidenceExportEvent): EvidenceExportState {
  return { exportIds: new Set([...state.exportIds, event.data.exportId]) };
}

export function decideEvidenceExport(command: EvidenceExportCommand, state: EvidenceExportState): EvidenceExportEvent[] {
  const { data } = command;
  if (state.exportIds.has(data.exportId)) throw new DomainRuleViolation('evidence-export-recorded', `export ${data.exportId} is already recorded`);
  if (!Number.isSafeInteger(data.checkpoint.size) || data.checkpoint.size < 1) {
    throw new DomainRuleViolation('evidence-export-checkpoint', 'a pack is anchored to a checkpoint of at least one event');
  }
  if (data.streams.length === 0) throw new DomainRuleViolation('evidence-export-streams', 'a pack holds at least one stream');
  return [{ type: 'EvidencePackExported', data: { ...data, streams: [...data.streams] } }];
}

export const evidenceExportDecider: Decider<EvidenceExportCommand, EvidenceExportEvent, EvidenceExportState> = {
  initialState: initialEvidenceExportState,
  evolve: evolveEvidenceExports,
  decide: decideEvidenceExport,
  decode: evidenceExportEventCodec.decode,
};
