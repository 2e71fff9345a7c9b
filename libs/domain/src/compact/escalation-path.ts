import { DomainRuleViolation } from '../shared/decider';
import type { PaperDate } from './paper-date';

/**
 * A compact's escalation path (docs/domain.md): the ordered levels
 * a dispute moves up, one at a time. 001 (Nottingham): 1. the accountable officers resolve it
 * bilaterally; 2. mediation by the Lay Chair, the Critical Friend and/or the Health and Wellbeing
 * Board chairs; 3. a board-to-board meeting with an agreed independent chair.
 */
export interface EscalationLevel {
  /** 1, 2, 3, ...: contiguous from 1, in order. */
  level: number;
  /** A short name: `Bilateral resolution`. */
  name: string;
  /** Who acts at this level, in the compact's words: `The accountable officers of the parties`. */
  whoActs: string;
  /** Mediators may be appointed at this level. */
  mediation: boolean;
  /** A board-to-board meeting with an agreed independent chair; resolution here needs the chair agreed first. */
  independentChair: boolean;
  /**
   * How long a dispute may stay at this level, in working days (England's: weekends and bank
   * holidays do not count); absent where the compact sets no limit. Optional, so paths recorded
   * before limits existed read as they were.
   */
  workingDayLimit?: number;
}

/** The path as defined on the compact; redefining it records a new one (disputes already raised keep theirs). */
export interface EscalationPath {
  levels: EscalationLevel[];
  /** Where the path comes from and what changed (`Section 8, Keeping the compact alive`). */
  note: string;
  /** The date the path took effect on the paper (with the version whose text sets it out, its date). */
  effectiveOn: PaperDate;
}

/** A path as the compact holds it: with the id a correction names. Disputes keep the path itself. */
export interface EscalationPathRecord extends EscalationPath {
  factId: string;
}

/**
 * Refuses a path with no level (`escalation-path-empty`), levels not numbered 1, 2, 3, ... in order
 * (`escalation-levels-not-contiguous`), a blank name (`escalation-level-name-required`), a blank
 * who-acts (`escalation-level-who-acts-required`), a flag that is not true or false
 * (`escalation-level-flag-invalid`) or a time limit that is not a whole number of working days
 * above 0 (`escalation-level-limit-invalid`). Returns the levels as plain data (no extra fields;
 * `workingDayLimit` only where one is set).
 */
export function validateEscalationLevels(levels: EscalationLevel[] | null | undefined): EscalationLevel[] {
  if (!Array.isArray(levels) || levels.length === 0) {
    throw new DomainRuleViolation('escalation-path-empty', 'an escalation path needs at least one level');
  }
  return levels.map((level, i) => {
    if (level?.level !== i + 1) {
      throw new DomainRuleViolation(
        'escalation-levels-not-contiguous',
        `escalation levels must be numbered 1, 2, 3, ... in order; position ${i + 1} is numbered ${JSON.stringify(level?.level)}`,
      );
    }
    if (typeof level.name !== 'string' || level.name.trim() === '') {
      throw new DomainRuleViolation('escalation-level-name-required', `escalation level ${level.level} needs a name`);
    }
    if (typeof level.whoActs !== 'string' || level.whoActs.trim() === '') {
      throw new DomainRuleViolation('escalation-level-who-acts-required', `escalation level ${level.level} (${level.name}) must say who acts at it`);
    }
    if (typeof level.mediation !== 'boolean' || typeof level.independentChair !== 'boolean') {
      throw new DomainRuleViolation('escalation-level-flag-invalid', `escalation level ${level.level} (${level.name}) must say true or false for mediation and independentChair`);
    }
    const limit = level.workingDayLimit;
    if (limit !== undefined && limit !== null && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
      throw new DomainRuleViolation(
        'escalation-level-limit-invalid',
        `escalation level ${level.level} (${level.name}): a time limit is a whole number of working days above 0, not ${JSON.stringify(limit)}`,
      );
    }
    const plain: EscalationLevel = { level: level.level, name: level.name, whoActs: level.whoActs, mediation: level.mediation, independentChair: level.independentChair };
    return limit === undefined || limit === null ? plain : { ...plain, workingDayLimit: limit };
  });
}

/** The level with this number, if the path has it. */
export function escalationLevel(levels: EscalationLevel[], level: number): EscalationLevel | undefined {
  return levels.find((l) => l.level === level);
}

/** Plain-data equality of two paths' levels. */
export function sameEscalationLevels(a: EscalationLevel[], b: EscalationLevel[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (level, i) =>
        level.level === b[i].level &&
        level.name === b[i].name &&
        level.whoActs === b[i].whoActs &&
        level.mediation === b[i].mediation &&
        level.independentChair === b[i].independentChair &&
        (level.workingDayLimit ?? null) === (b[i].workingDayLimit ?? null),
    )
  );
}
