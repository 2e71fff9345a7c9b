import { parseDecisionReference } from '../meeting/decision-consequences';
import { DomainRuleViolation } from '../shared/decider';
import type { CalendarDate } from './calendar-dates';
import type { CompactCommand } from './compact.commands';
import type { Compact } from './compact.state';
import { certainlyBefore, describeDate, type PaperDate } from './paper-date';
import type { LeavingBasis } from './partners';

/*
 * References to other streams. A compact's facts may name a dispute (a partner asked to leave
 * on a dispute's outcome), a board decision (`meeting/<meetingId>/decisions/<decisionId>`) or
 * another compact (the one that supersedes it). The compact's decider reads no other stream:
 * the application reads what a command names (`referencesNamedBy`) and passes what it found in
 * the command (`references`), as RaiseDispute carries what it needs of its compact.
 */

/** A dispute as a compact's fact may rest on it. */
export interface DisputeReference {
  disputeId: string;
  compactId: string;
  raisedOn: CalendarDate;
  /** The raiser and those it is raised against. */
  parties: string[];
}

/** A board decision as a compact's fact may rest on it. */
export interface DecisionReference {
  meetingId: string;
  decisionId: string;
  /** The compact the meeting's board serves. */
  compactId: string;
  decidedOn: CalendarDate;
  carried: boolean;
}

/** What the application found for each reference a command names; null where nothing of that name exists. */
export interface CompactReferences {
  disputes: Record<string, DisputeReference | null>;
  /** Keyed by the reference as written: `meeting/<meetingId>/decisions/<decisionId>`. */
  decisions: Record<string, DecisionReference | null>;
  compacts: Record<string, { compactId: string; title: string } | null>;
}

export const noReferences = (): CompactReferences => ({ disputes: {}, decisions: {}, compacts: {} });

/** What a command names in other streams, for the application to read before it decides. */
export interface ReferencesNamed {
  disputes: string[];
  decisions: Array<{ reference: string; meetingId: string; decisionId: string }>;
  compacts: string[];
}

/**
 * What a command names in other streams. For corrections, give the compact as it stands: a
 * departure whose date is corrected is checked against the basis it already names.
 */
export function referencesNamedBy(command: CompactCommand, compact: Compact | null = null): ReferencesNamed {
  const named: ReferencesNamed = { disputes: [], decisions: [], compacts: [] };
  const basis = (b: LeavingBasis | undefined) => {
    if (b?.kind === 'dispute' && typeof b.reference === 'string') named.disputes.push(b.reference);
    if (b?.kind === 'decision') decision(b.reference);
  };
  const decision = (reference: unknown) => {
    const parsed = typeof reference === 'string' ? parseDecisionReference(reference) : null;
    if (parsed && !named.decisions.some((d) => d.reference === reference)) named.decisions.push({ reference: reference as string, ...parsed });
  };
  switch (command.type) {
    case 'AskPartnerToLeave':
      basis(command.data.basis);
      break;
    case 'SetTerm':
    case 'RecordCameIntoForce':
    case 'TerminateCompact':
      decision(command.data.decisionReference);
      break;
    case 'RecordSuperseded':
      decision(command.data.decisionReference);
      if (typeof command.data.successorCompactId === 'string') named.compacts.push(command.data.successorCompactId);
      break;
    case 'CorrectFacts':
      for (const { factId, correction } of command.data.corrections ?? []) {
        const fields = correction as Record<string, unknown>;
        if (fields?.basis !== undefined) basis(fields.basis as LeavingBasis);
        else if (fields?.fact === 'asked-to-leave' && compact) {
          const ending = Object.values(compact.partners)
            .flatMap((p) => p.memberships)
            .find((m) => m.ending?.factId === factId)?.ending;
          if (ending?.kind === 'asked-to-leave') basis(ending.basis);
        }
        decision(fields?.decisionReference);
        if (typeof fields?.successorCompactId === 'string') named.compacts.push(fields.successorCompactId);
      }
      break;
    default:
      break;
  }
  return named;
}

/** A leaving basis has a kind (decision or dispute) and a reference; a decision's is `meeting/<meetingId>/decisions/<decisionId>`. */
export function assertLeavingBasis(basis: LeavingBasis | undefined, partnerName: string): void {
  if (!basis || !['decision', 'dispute'].includes(basis.kind) || typeof basis.reference !== 'string' || basis.reference.trim() === '') {
    throw new DomainRuleViolation('leaving-basis-required', `asking ${partnerName} to leave must name the decision or dispute that led to it`);
  }
  if (basis.kind === 'decision' && parseDecisionReference(basis.reference) === null) {
    throw new DomainRuleViolation(
      'decision-reference-malformed',
      `a decision is named meeting/<meetingId>/decisions/<decisionId>, not ${JSON.stringify(basis.reference)}`,
    );
  }
}

export interface ReferencingFact {
  /** A partner asked to leave on this basis, on this date. */
  basis?: LeavingBasis;
  organisationId?: string;
  effectiveOn?: PaperDate | CalendarDate | null;
  /** A decision named in a decisionReference field; checked where it has the meeting/.../decisions/... form (a paper's own words are kept as written). */
  decisionReference?: string | null;
  successorCompactId?: string;
}

/**
 * Refuses a fact whose references name nothing on this compact by its date:
 * `referenced-dispute-not-found`, `referenced-dispute-on-another-compact`,
 * `referenced-dispute-later` (raised after the fact that rests on it), `referenced-dispute-not-about-partner`;
 * `referenced-decision-not-found`, `referenced-decision-on-another-compact`, `referenced-decision-later`,
 * `referenced-decision-not-carried`; `referenced-compact-not-found`. A date known only to a span is
 * refused only when the reference certainly came later.
 */
export function assertReferencesHold(fact: ReferencingFact, compact: Compact, references: CompactReferences | undefined): void {
  const when = fact.effectiveOn ?? null;
  if (fact.basis?.kind === 'dispute') {
    const dispute = lookup(references?.disputes, fact.basis.reference, 'dispute');
    if (dispute === null) throw new DomainRuleViolation('referenced-dispute-not-found', `no dispute ${fact.basis.reference} has been raised`);
    if (dispute.compactId !== compact.compactId) {
      throw new DomainRuleViolation('referenced-dispute-on-another-compact', `dispute ${dispute.disputeId} was raised under another compact, not ${compact.title}`);
    }
    if (when !== null && certainlyBefore(when, dispute.raisedOn)) {
      throw new DomainRuleViolation('referenced-dispute-later', `dispute ${dispute.disputeId} was raised on ${dispute.raisedOn}, after ${describeDate(when)}`);
    }
    if (fact.organisationId && !dispute.parties.includes(fact.organisationId)) {
      throw new DomainRuleViolation('referenced-dispute-not-about-partner', `${fact.organisationId} is not a party to dispute ${dispute.disputeId} (parties: ${dispute.parties.join(', ')})`);
    }
  }
  const decisions = [fact.basis?.kind === 'decision' ? fact.basis.reference : null, fact.decisionReference ?? null].filter(
    (reference): reference is string => typeof reference === 'string' && parseDecisionReference(reference) !== null,
  );
  for (const reference of decisions) {
    const decision = lookup(references?.decisions, reference, 'decision');
    if (decision === null) throw new DomainRuleViolation('referenced-decision-not-found', `no decision ${reference} is recorded: the meeting or the decision does not exist`);
    if (decision.compactId !== compact.compactId) {
      throw new DomainRuleViolation('referenced-decision-on-another-compact', `decision ${reference} was taken by a board of another compact, not ${compact.title}`);
    }
    if (when !== null && certainlyBefore(when, decision.decidedOn)) {
      throw new DomainRuleViolation('referenced-decision-later', `decision ${reference} was taken on ${decision.decidedOn}, after ${describeDate(when)}`);
    }
    if (!decision.carried) throw new DomainRuleViolation('referenced-decision-not-carried', `decision ${reference} was not carried`);
  }
  if (fact.successorCompactId !== undefined && lookup(references?.compacts, fact.successorCompactId, 'compact') === null) {
    throw new DomainRuleViolation('referenced-compact-not-found', `no compact ${fact.successorCompactId} has been drafted`);
  }
}

function lookup<T>(table: Record<string, T | null> | undefined, key: string, what: string): T | null {
  if (!table || !Object.hasOwn(table, key)) {
    throw new DomainRuleViolation('reference-not-checked', `the ${what} ${key} is named, but the command does not carry what it is: the application must read it before deciding`);
  }
  return table[key];
}
