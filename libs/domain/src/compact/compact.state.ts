import type { AmendmentSummary, DescribedChanges } from './amendments';
import type { CorrectableEventType } from './compact.events';
import type { Correction } from './corrections';
import type { EndorsementRecord, EndorsementRequestRecord } from './endorsements';
import type { EscalationPathRecord } from './escalation-path';
import type { PaperDate } from './paper-date';
import type { Partner } from './partners';
import type { Section } from './sections';
import type { SignatureRecord } from './signatures';
import type { InForceRecord, Term } from './terms';

export interface CompactVersion {
  factId: string;
  label: string;
  note: string | null;
  dated: PaperDate;
  /** Null where the paper does not carry the version's text. */
  sections: Section[] | null;
  contentHash: string | null;
  amendment: AmendmentSummary | null;
  describedChanges: DescribedChanges | null;
}

export interface CompactClosure {
  factId: string;
  kind: 'terminated' | 'superseded';
  effectiveOn: PaperDate;
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
  endorsementRequests: EndorsementRequestRecord[];
  /** Every signature on every version; those on older versions stay. */
  signatures: SignatureRecord[];
  /** The term in effect: the last set (or the default, never set). */
  term: Term;
  /** Every term set, in order (a correction may name an earlier one). */
  terms: Term[];
  /** Each version that came into force, in order. */
  inForce: InForceRecord[];
  /** The current escalation path (the latest defined); null until one is defined. */
  escalationPath: EscalationPathRecord | null;
  /** Every escalation path defined, in order: a dispute follows the one in effect on its date. */
  escalationPaths: EscalationPathRecord[];
  /** Terminated or superseded; null while neither. */
  closure: CompactClosure | null;
  /** Correctable facts by factId: what a correction may name. */
  facts: Record<string, CorrectableEventType>;
  corrections: CorrectionRecord[];
}

export type CompactState = { kind: 'none' } | Compact;

export const initialCompactState = (): CompactState => ({ kind: 'none' });

export function currentVersion(compact: Compact): CompactVersion | undefined {
  return compact.versions[compact.versions.length - 1];
}
