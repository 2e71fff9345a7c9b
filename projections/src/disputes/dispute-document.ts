import {
  type DisputeCompactReference,
  type DisputeEvent,
  disputeEventCodec,
  type DisputeSubject,
  type EscalationPath,
  type EvidenceFile,
  escalationLevel,
} from '@compact-ledger/domain';
import type { RecordedEvent } from '@compact-ledger/event-store';

/**
 * One dispute as GET /disputes/:id shows it. The read model's own shape, folded from the
 * dispute's events by `evolveDisputeDocument`: a change to the decider's state does not
 * change it.
 */
export interface DisputeDocument {
  disputeId: string;
  compact: DisputeCompactReference;
  escalationPath: EscalationPath;
  status: 'open' | 'resolved' | 'withdrawn';
  raisedBy: string;
  against: string[];
  about: DisputeSubject[];
  summary: string;
  raisedOn: string;
  currentLevel: number;
  currentLevelName: string;
  levelsReached: Array<{ level: number; reachedOn: string; reason: string | null; requestedBy: string | null }>;
  mediators: Array<{ subject: string; name: string; role: string; organisation: string | null; level: number; appointedOn: string }>;
  responses: Array<{ respondent: string; response: string; respondedOn: string; level: number }>;
  independentChair: { level: number; chair: { name: string; organisation: string | null }; agreedBy: string[]; agreedOn: string } | null;
  evidence: Array<{ evidenceId: string; submittedBy: string; description: string; file: EvidenceFile; submittedOn: string; level: number }>;
  resolution: { level: number; terms: string; agreedBy: string[]; resolvedOn: string } | null;
  withdrawal: { level: number; withdrawnBy: string; reason: string; withdrawnOn: string } | null;
  /** The date of the latest step. */
  lastStepOn: string;
  /** The stream's revision: the ETag, and the If-Match of the next command. */
  revision: number;
  raisedRecordedAt: string;
}

export const DISPUTE_STREAM = /^dispute-(.+)$/;

/** The document after one more of the dispute's events; an event of a type this version does not know changes nothing. */
export function evolveDisputeDocument(document: DisputeDocument | null, recorded: RecordedEvent): DisputeDocument | null {
  const event = disputeEventCodec.decode(recorded);
  if (event === null) return document === null ? null : { ...document, revision: recorded.revision };
  if (event.type === 'DisputeRaised') return raised(event, recorded);
  if (document === null) return null;
  return { ...step(document, event), revision: recorded.revision };
}

function raised({ data }: Extract<DisputeEvent, { type: 'DisputeRaised' }>, recorded: RecordedEvent): DisputeDocument {
  return {
    disputeId: data.disputeId,
    compact: data.compact,
    escalationPath: data.escalationPath,
    status: 'open',
    raisedBy: data.raisedBy,
    against: data.against,
    about: data.about,
    summary: data.summary,
    raisedOn: data.raisedOn,
    currentLevel: data.level,
    currentLevelName: levelName(data.escalationPath, data.level),
    levelsReached: [{ level: data.level, reachedOn: data.raisedOn, reason: null, requestedBy: data.raisedBy }],
    mediators: [],
    responses: [],
    independentChair: null,
    evidence: [],
    resolution: null,
    withdrawal: null,
    lastStepOn: data.raisedOn,
    revision: recorded.revision,
    raisedRecordedAt: recorded.metadata.recordedAt,
  };
}

function step(document: DisputeDocument, event: Exclude<DisputeEvent, { type: 'DisputeRaised' }>): DisputeDocument {
  switch (event.type) {
    case 'DisputeResponded':
      return { ...document, responses: [...document.responses, { ...event.data }], lastStepOn: event.data.respondedOn };
    case 'MediatorAppointed': {
      const { level, mediator, appointedOn } = event.data;
      return { ...document, mediators: [...document.mediators, { ...mediator, level, appointedOn }], lastStepOn: appointedOn };
    }
    case 'DisputeEscalated': {
      const { toLevel, reason, requestedBy, escalatedOn } = event.data;
      return {
        ...document,
        currentLevel: toLevel,
        currentLevelName: levelName(document.escalationPath, toLevel),
        levelsReached: [...document.levelsReached, { level: toLevel, reachedOn: escalatedOn, reason, requestedBy }],
        lastStepOn: escalatedOn,
      };
    }
    case 'IndependentChairAgreed':
      return { ...document, independentChair: { ...event.data }, lastStepOn: event.data.agreedOn };
    case 'DisputeEvidenceSubmitted':
      return { ...document, evidence: [...document.evidence, { ...event.data }], lastStepOn: event.data.submittedOn };
    case 'DisputeResolved':
      return { ...document, status: 'resolved', resolution: { ...event.data }, lastStepOn: event.data.resolvedOn };
    case 'DisputeWithdrawn':
      return { ...document, status: 'withdrawn', withdrawal: { ...event.data }, lastStepOn: event.data.withdrawnOn };
  }
}

function levelName(path: EscalationPath, level: number): string {
  return escalationLevel(path.levels, level)?.name ?? `Level ${level}`;
}
