import { DomainRuleViolation } from '../shared/decider';
import { certainlyBefore, describeDate, type PaperDate } from './paper-date';

/** A partner board's answer to the compact (001: endorsed, endorsed with concerns, or declined). */
export const ENDORSEMENT_OUTCOMES = ['endorsed', 'endorsed-with-concerns', 'declined'] as const;
export type EndorsementOutcome = (typeof ENDORSEMENT_OUTCOMES)[number];

/** 001: "There is no reference to parity of esteem" / "Response: ... a standing agenda item". */
export interface EndorsementConcern {
  concern: string;
  /** The programme's recorded response; null while none has been given. */
  response: string | null;
}

export interface EndorsementRecord {
  factId: string;
  organisationId: string;
  versionLabel: string;
  /** Null where the ledger does not hold the version's text. */
  contentHash: string | null;
  /** The board or equivalent that met: "Health and Wellbeing Board Commissioning Executive Group". */
  boardName: string;
  meetingDate: PaperDate;
  outcome: EndorsementOutcome;
  concerns: EndorsementConcern[];
  /** Why a board declined, where it said. */
  reason: string | null;
  /** What the ledger took that the paper does not say, and why (001: whose board the CEG is); null where nothing. */
  assumption: string | null;
  /** True once a correction has changed it (the original event stays in the stream). */
  corrected: boolean;
}

/**
 * A board asked to endorse a version, with no outcome on the paper (001: the Health and
 * Wellbeing Board was asked on 28 January 2015): recorded for what it was, not as an endorsement.
 */
export interface EndorsementRequestRecord {
  factId: string;
  /** Null where the paper names only the board. */
  organisationId: string | null;
  versionLabel: string;
  contentHash: string | null;
  boardName: string;
  meetingDate: PaperDate;
  /** What the board was asked, in the paper's words. */
  asked: string;
  assumption: string | null;
  corrected: boolean;
}

/** Concerns go with "endorsed with concerns" and with nothing else; each needs words. */
export function assertEndorsementConsistent(outcome: unknown, concerns: EndorsementConcern[]): asserts outcome is EndorsementOutcome {
  if (typeof outcome !== 'string' || !(ENDORSEMENT_OUTCOMES as readonly string[]).includes(outcome)) {
    throw new DomainRuleViolation('unknown-endorsement-outcome', `${JSON.stringify(outcome)} is not an endorsement outcome; use ${ENDORSEMENT_OUTCOMES.join(', ')}`);
  }
  if (outcome === 'endorsed-with-concerns' && concerns.length === 0) {
    throw new DomainRuleViolation('concerns-required', 'an endorsement with concerns must list each concern');
  }
  if (outcome !== 'endorsed-with-concerns' && concerns.length > 0) {
    throw new DomainRuleViolation('concerns-without-concerned-outcome', `concerns are recorded only with the outcome endorsed-with-concerns, not ${outcome}`);
  }
  for (const item of concerns) {
    if (typeof item.concern !== 'string' || item.concern.trim() === '') {
      throw new DomainRuleViolation('concerns-required', 'each concern must say what the concern is');
    }
  }
}

/**
 * A board cannot consider a version at a meeting held before the version's date: refused when
 * the meeting is certainly earlier; a date known only to a span that may fall on or after the
 * version's is accepted.
 */
export function assertMeetingAfterVersion(version: { label: string; dated: PaperDate }, meetingDate: PaperDate, boardName: string): void {
  if (certainlyBefore(meetingDate, version.dated)) {
    throw new DomainRuleViolation(
      'endorsement-before-version',
      `the ${boardName} meeting on ${describeDate(meetingDate)} came before version ${version.label} (dated ${describeDate(version.dated)})`,
    );
  }
}
