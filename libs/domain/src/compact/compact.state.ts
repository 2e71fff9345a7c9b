import type { CalendarDate } from './calendar-dates';
import type { Correction } from './corrections';
import type { EndorsementRecord } from './endorsements';
import type { EscalationPath } from './escalation-path';
import type { CorrectableEventType } from './compact.events';
import type { Partner } from './partners';
import type { AmendmentSummary } from './amendments';
import type { Section } from './sections';
import type { SignatureRecord } from './signatures';
import type { InForceRecord, Term } from './terms';

export interface CompactVersion {
  label: string;
  note: string;
  dated: CalendarDate;
  sections: Section[];
  contentHash: string;
  amendment: AmendmentSummary | null;
}

export interface CompactClosure {
  kind: 'terminated' | 'superseded';
  effectiveOn: CalendarDate;
  reason: string;
  decisionReference: string | null;
  /** For a supersession: the compact that replaces this one. */
  successorCompactId: string | null;
}

export interface CorrectionRecord {
  factId: string;
  correctedEventType: CorrectableEventType;
  reason: string;
  correction: Correction;
  previous: Correction;
}

/** A drafted compact, everything its events say, with corrections applied. */
export interface Compact {
  kind: 'compact';
  compactId: string;
  title: string;
  covers: string;
  description: string | null;
  /** Oldest first; the last is the current version. */
  versions: CompactVersion[];
  /** By organisation id, including partners that have left (their membership periods are closed). */
  partners: Record<string, Partner>;
  endorsements: EndorsementRecord[];
  /** Every signature on every version; those on older versions stay. */
  signatures: SignatureRecord[];
  term: Term;
  /** Each version that came into force, in order. */
  inForce: InForceRecord[];
  /** The current escalation path (the latest defined); null until one is defined. */
  escalationPath: EscalationPath | null;
  /** Every escalation path defined, in order (their effective dates only move forward): a dispute follows the one in effect on its date. */
  escalationPaths: EscalationPath[];
  /** Terminated or superseded; null while neither. */
  closure: CompactClosure | null;
  /** Correctable facts by factId: what a CorrectEvent may name. */
  facts: Record<string, CorrectableEventType>;
  corrections: CorrectionRecord[];
}

export type CompactState = { kind: 'none' } | Compact;

export const initialCompactState = (): CompactState => ({ kind: 'none' });

export function currentVersion(compact: Compact): CompactVersion | undefined {
  return compact.versions[compact.versions.length - 1];
}
