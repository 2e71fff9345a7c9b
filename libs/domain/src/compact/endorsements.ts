import { DomainRuleViolation } from '../shared/decider';
import type { CalendarDate } from './calendar-dates';

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
  contentHash: string;
  /** The board or equivalent that met: "Health and Wellbeing Board Commissioning Executive Group". */
  boardName: string;
  meetingDate: CalendarDate;
  outcome: EndorsementOutcome;
  concerns: EndorsementConcern[];
  /** Why a board declined, where it said. */
  reason: string | null;
  /** True once a correction has changed it (the original event stays in the stream). */
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

/** A board cannot endorse a version at a meeting held before the version's date. */
export function assertMeetingAfterVersion(version: { label: string; dated: CalendarDate }, meetingDate: CalendarDate, boardName: string): void {
  if (meetingDate < version.dated) {
    throw new DomainRuleViolation('endorsement-before-version', `the ${boardName} meeting on ${meetingDate} came before version ${version.label} (dated ${version.dated})`);
  }
}
