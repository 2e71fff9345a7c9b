import { DomainRuleViolation } from '../shared/decider';
import type { CorrectableEventType, EventCorrected } from './compact.events';
import type { Compact, CompactClosure } from './compact.state';
import { newViolations } from './consistency';
import { assertEndorsementConsistent, type EndorsementConcern, type EndorsementOutcome } from './endorsements';
import { type EscalationLevel, type EscalationPathRecord, validateEscalationLevels } from './escalation-path';
import { inForceDate } from './in-force';
import { isPaperDate, type PaperDate, type PaperDateInput, readOptionalPaperDate, readPaperDate } from './paper-date';
import { assertOrganisationType, assertRepresentative, type LeavingBasis, type MembershipPeriod, type OrganisationType, type Partner, type Representative } from './partners';
import { assertLeavingBasis, assertReferencesHold, type CompactReferences } from './references';
import { assertSignifies, type SignificanceCode } from './signatures';
import { type InForceRule, type Term, validateTerm } from './terms';

/*
 * Corrections (docs/domain.md, "Correction"). Every fact taken from a paper carries a `factId`
 * (given by the command that recorded it; derived for events stored before facts had one), and
 * a correction names it and gives only the fields that change. The original event stays in the
 * stream untouched; EventCorrected carries the changed fields and their previous values, and
 * evolve() applies them. Several corrections may be made together (CorrectFacts), appended as
 * one: each is checked for its own fields in turn, and then the compact as it would stand with
 * all of them is checked as a whole (consistency.ts), so a version's date and an endorsement's
 * date that must move past each other can be corrected in one request, and either alone
 * wherever the record it leaves is consistent.
 *
 * Not correctable: a version's text (its hash is what partners signed: publish a new version),
 * identities (the organisation, the version a fact belongs to: record the right fact instead),
 * and the coming into force that follows from signatures (correct the signatures).
 */
export type Correction =
  | { fact: 'version'; dated?: PaperDate; note?: string | null }
  | { fact: 'admission'; name?: string; organisationType?: OrganisationType; effectiveOn?: PaperDate }
  | { fact: 'withdrawal'; noticeGivenOn?: PaperDate; effectiveOn?: PaperDate; reason?: string }
  | { fact: 'asked-to-leave'; effectiveOn?: PaperDate; reason?: string; basis?: LeavingBasis }
  | { fact: 'endorsement'; boardName?: string; meetingDate?: PaperDate; outcome?: EndorsementOutcome; concerns?: EndorsementConcern[]; reason?: string | null }
  | { fact: 'endorsement-request'; boardName?: string; meetingDate?: PaperDate; asked?: string }
  | { fact: 'signature'; signatory?: Representative; signedOn?: PaperDate; signifies?: SignificanceCode[] }
  | {
      fact: 'term';
      inForceRule?: InForceRule;
      effectiveFrom?: PaperDate | null;
      expiresOn?: PaperDate | null;
      refreshDueBy?: PaperDate | null;
      durationMonths?: number | null;
      decisionReference?: string | null;
    }
  | { fact: 'in-force'; effectiveOn?: PaperDate; decisionReference?: string }
  | { fact: 'termination'; effectiveOn?: PaperDate; reason?: string; decisionReference?: string | null }
  | { fact: 'supersession'; successorCompactId?: string; effectiveOn?: PaperDate; reason?: string; decisionReference?: string | null }
  | { fact: 'escalation-path'; levels?: EscalationLevel[]; note?: string; effectiveOn?: PaperDate };

export type CorrectableFact = Correction['fact'];

/** A correction as a command gives it: its dates in either form a date may be given in. */
export type CorrectionInput = Correction extends infer C
  ? C extends Correction
    ? { [K in keyof C]: C[K] extends PaperDate | undefined ? PaperDateInput : C[K] extends PaperDate | null | undefined ? PaperDateInput | null : C[K] }
    : never
  : never;

export const CORRECTABLE_FACTS: Record<CorrectableEventType, CorrectableFact> = {
  CompactVersionPublished: 'version',
  PartnerAdmitted: 'admission',
  PartnerWithdrawn: 'withdrawal',
  PartnerAskedToLeave: 'asked-to-leave',
  BoardEndorsementRecorded: 'endorsement',
  EndorsementRequested: 'endorsement-request',
  PartnerSigned: 'signature',
  CompactTermSet: 'term',
  CompactCameIntoForce: 'in-force',
  CompactTerminated: 'termination',
  CompactSuperseded: 'supersession',
  EscalationPathDefined: 'escalation-path',
};

const FIELDS: { [K in CorrectableFact]: string[] } = {
  version: ['dated', 'note'],
  admission: ['name', 'organisationType', 'effectiveOn'],
  withdrawal: ['noticeGivenOn', 'effectiveOn', 'reason'],
  'asked-to-leave': ['effectiveOn', 'reason', 'basis'],
  endorsement: ['boardName', 'meetingDate', 'outcome', 'concerns', 'reason'],
  'endorsement-request': ['boardName', 'meetingDate', 'asked'],
  signature: ['signatory', 'signedOn', 'signifies'],
  term: ['inForceRule', 'effectiveFrom', 'expiresOn', 'refreshDueBy', 'durationMonths', 'decisionReference'],
  'in-force': ['effectiveOn', 'decisionReference'],
  termination: ['effectiveOn', 'reason', 'decisionReference'],
  supersession: ['successorCompactId', 'effectiveOn', 'reason', 'decisionReference'],
  'escalation-path': ['levels', 'note', 'effectiveOn'],
};

/** Date fields, and whether null is a value they may take (a term's dates may be none). */
const DATE_FIELDS: Record<string, 'required' | 'nullable'> = {
  dated: 'required',
  effectiveOn: 'required',
  noticeGivenOn: 'required',
  meetingDate: 'required',
  signedOn: 'required',
  effectiveFrom: 'nullable',
  expiresOn: 'nullable',
  refreshDueBy: 'nullable',
};

export interface CorrectionRequest {
  factId: string;
  reason: string;
  correction: CorrectionInput;
}

/**
 * Validates corrections, each against the compact as the ones before it leave it and all of
 * them against the compact as a whole, and returns the EventCorrected events to append together.
 */
export function decideCorrections(compact: Compact, corrections: CorrectionRequest[], references: CompactReferences | undefined): EventCorrected[] {
  if (!Array.isArray(corrections) || corrections.length === 0) throw new DomainRuleViolation('corrections-required', 'name at least one fact to correct');
  const seen = new Set<string>();
  let state = compact;
  const events: EventCorrected[] = [];
  for (const request of corrections) {
    if (seen.has(request?.factId)) throw new DomainRuleViolation('fact-corrected-twice', `fact ${request.factId} is named twice; give every change to it in one correction`);
    seen.add(request?.factId);
    const event = correctionEvent(state, request, references);
    state = applyCorrection(state, event);
    events.push(event);
  }
  const [violation] = newViolations(compact, state);
  if (violation) throw violation;
  return events;
}

function correctionEvent(compact: Compact, request: CorrectionRequest, references: CompactReferences | undefined): EventCorrected {
  const { factId, reason } = request ?? ({} as CorrectionRequest);
  const eventType = typeof factId === 'string' && Object.hasOwn(compact.facts, factId) ? compact.facts[factId] : undefined;
  if (eventType === undefined) throw new DomainRuleViolation('correction-target-unknown', `no correctable fact with id ${factId} is recorded in this compact`);
  if (typeof reason !== 'string' || reason.trim() === '') throw new DomainRuleViolation('correction-reason-required', 'a correction must say why it is made');
  const fact = CORRECTABLE_FACTS[eventType];
  const given = request.correction as Record<string, unknown> | undefined;
  if (!given || given.fact !== fact) {
    throw new DomainRuleViolation('correction-target-mismatch', `fact ${factId} is a ${fact} (${eventType}), not a ${String(given?.fact)}`);
  }
  const allowed = FIELDS[fact];
  for (const key of Object.keys(given)) {
    if (key !== 'fact' && !allowed.includes(key)) {
      throw new DomainRuleViolation('field-not-correctable', `${key} of a ${fact} cannot be corrected; correctable: ${allowed.join(', ')}`);
    }
  }
  const current = currentValues(compact, factId, fact);
  const changed: Record<string, unknown> = { fact };
  const previous: Record<string, unknown> = { fact };
  for (const key of allowed) {
    if (given[key] === undefined) continue;
    const value = normalised(key, given[key], `the corrected ${key}`);
    if (samePlainData(value, current[key]) || sameDateAsRecorded(value, current[key])) continue;
    changed[key] = value;
    previous[key] = current[key] ?? null;
  }
  if (Object.keys(changed).length === 1) throw new DomainRuleViolation('correction-changes-nothing', `the correction leaves ${fact} ${factId} as it is`);
  const correction = changed as Correction;
  validateFields(compact, factId, correction, { ...current, ...changed }, references);
  return { type: 'EventCorrected', data: { factId, correctedEventType: eventType, reason, correction, previous: previous as Correction } };
}

/** A date given as a bare value (its words not transcribed, nothing assumed) that is the date recorded changes nothing: the paper's words stay. */
function sameDateAsRecorded(given: unknown, current: unknown): boolean {
  if (!isPaperDate(given) || !isPaperDate(current)) return false;
  return given.asWritten === null && given.assumed === null && current.assumed === null && given.precision === current.precision && given.value === current.value;
}

function normalised(key: string, value: unknown, what: string): unknown {
  const date = DATE_FIELDS[key];
  if (date === 'required') return readPaperDate(value, what);
  if (date === 'nullable') return readOptionalPaperDate(value, what);
  return value;
}

/** Each kind's own rules on its fields, as the original fact's command checks them; cross-fact rules follow on the whole. */
function validateFields(compact: Compact, factId: string, correction: Correction, merged: Record<string, unknown>, references: CompactReferences | undefined): void {
  const text = (value: unknown, rule: string, message: string) => {
    if (typeof value !== 'string' || value.trim() === '') throw new DomainRuleViolation(rule, message);
  };
  switch (correction.fact) {
    case 'version':
      if (correction.note !== undefined && (correction.note !== null || compact.versions[0]?.factId !== factId)) {
        text(correction.note, 'version-note-required', 'a version after the first needs a note saying what changed and why');
      }
      return;
    case 'admission':
      if (correction.name !== undefined) text(correction.name, 'partner-name-required', 'a partner must have a name');
      if (correction.organisationType !== undefined) assertOrganisationType(correction.organisationType);
      return;
    case 'withdrawal':
      if (correction.reason !== undefined) text(correction.reason, 'reason-required', 'say why the partner left');
      return;
    case 'asked-to-leave': {
      if (correction.reason !== undefined) text(correction.reason, 'reason-required', 'say why the partner was asked to leave');
      // A new basis, or a new date, is checked as the original was: the dispute or decision exists, on this compact, by that date.
      if (correction.basis === undefined && correction.effectiveOn === undefined) return;
      const { partner } = findDeparture(compact, factId);
      assertLeavingBasis(merged.basis as LeavingBasis, partner.name);
      if (correction.basis) correction.basis = { kind: correction.basis.kind, reference: correction.basis.reference };
      assertReferencesHold({ basis: merged.basis as LeavingBasis, organisationId: partner.organisationId, effectiveOn: merged.effectiveOn as PaperDate }, compact, references);
      return;
    }
    case 'endorsement':
      text(merged.boardName, 'board-name-required', 'an endorsement must name the board that met');
      assertEndorsementConsistent(merged.outcome, (merged.concerns as EndorsementConcern[]).map((c) => ({ concern: c.concern, response: c.response ?? null })));
      if (correction.concerns) correction.concerns = correction.concerns.map((c) => ({ concern: c.concern, response: c.response ?? null }));
      return;
    case 'endorsement-request':
      text(merged.boardName, 'board-name-required', 'a request to endorse must name the board asked');
      text(merged.asked, 'endorsement-request-asked-required', 'say what the board was asked');
      return;
    case 'signature':
      if (correction.signatory !== undefined) {
        assertRepresentative(correction.signatory, 'signatory');
        correction.signatory = { name: correction.signatory.name, role: correction.signatory.role ?? null };
      }
      if (correction.signifies !== undefined) assertSignifies(correction.signifies);
      return;
    case 'term':
      validateTerm(merged as unknown as Term);
      if (typeof merged.decisionReference === 'string') assertReferencesHold({ decisionReference: merged.decisionReference }, compact, references);
      return;
    case 'in-force': {
      const record = compact.inForce.find((r) => r.factId === factId);
      if (record?.rule !== 'explicit-decision') {
        throw new DomainRuleViolation('in-force-follows-signatures', `version ${record?.versionLabel} came into force on its signatures; correct the signatures instead`);
      }
      text(merged.decisionReference, 'decision-reference-required', 'name the decision that brought the compact into force');
      assertReferencesHold({ decisionReference: merged.decisionReference as string }, compact, references);
      return;
    }
    case 'termination':
      if (correction.reason !== undefined) text(correction.reason, 'reason-required', 'say why the compact is terminated');
      if (typeof merged.decisionReference === 'string') assertReferencesHold({ decisionReference: merged.decisionReference }, compact, references);
      return;
    case 'supersession':
      text(merged.successorCompactId, 'successor-required', 'name the compact that supersedes this one');
      if (merged.successorCompactId === compact.compactId) throw new DomainRuleViolation('successor-is-this-compact', 'a compact cannot supersede itself');
      assertReferencesHold(
        { successorCompactId: merged.successorCompactId as string, decisionReference: (merged.decisionReference as string | null) ?? undefined },
        compact,
        references,
      );
      return;
    case 'escalation-path':
      if (correction.levels !== undefined) correction.levels = validateEscalationLevels(correction.levels);
      if (correction.note !== undefined) text(correction.note, 'escalation-path-note-required', 'an escalation path needs a note saying where it comes from');
      return;
  }
}

function currentValues(compact: Compact, factId: string, fact: CorrectableFact): Record<string, unknown> {
  switch (fact) {
    case 'version': {
      const v = compact.versions.find((x) => x.factId === factId)!;
      return { dated: v.dated, note: v.note };
    }
    case 'admission': {
      const { partner, period } = findAdmission(compact, factId);
      return { name: partner.name, organisationType: partner.organisationType, effectiveOn: period.from };
    }
    case 'withdrawal':
    case 'asked-to-leave': {
      const { period } = findDeparture(compact, factId);
      const ending = period.ending!;
      return ending.kind === 'withdrew'
        ? { noticeGivenOn: ending.noticeGivenOn, effectiveOn: period.until, reason: ending.reason }
        : { effectiveOn: period.until, reason: ending.reason, basis: ending.basis };
    }
    case 'endorsement': {
      const e = compact.endorsements.find((x) => x.factId === factId)!;
      return { boardName: e.boardName, meetingDate: e.meetingDate, outcome: e.outcome, concerns: e.concerns, reason: e.reason };
    }
    case 'endorsement-request': {
      const r = compact.endorsementRequests.find((x) => x.factId === factId)!;
      return { boardName: r.boardName, meetingDate: r.meetingDate, asked: r.asked };
    }
    case 'signature': {
      const s = compact.signatures.find((x) => x.factId === factId)!;
      return { signatory: s.signatory, signedOn: s.signedOn, signifies: s.signifies };
    }
    case 'term': {
      const { factId: _id, ...term } = compact.terms.find((t) => t.factId === factId)!;
      return term;
    }
    case 'in-force': {
      const r = compact.inForce.find((x) => x.factId === factId)!;
      return { effectiveOn: r.effectiveOn, decisionReference: r.decisionReference };
    }
    case 'termination':
    case 'supersession': {
      const c = compact.closure!;
      return { successorCompactId: c.successorCompactId, effectiveOn: c.effectiveOn, reason: c.reason, decisionReference: c.decisionReference };
    }
    case 'escalation-path': {
      const p = compact.escalationPaths.find((x) => x.factId === factId)!;
      return { levels: p.levels, note: p.note, effectiveOn: p.effectiveOn };
    }
  }
}

/** evolve() for EventCorrected: the state takes the corrected values. */
export function applyCorrection(compact: Compact, event: EventCorrected): Compact {
  const { factId, correction } = event.data;
  const record = { factId, correctedEventType: event.data.correctedEventType, reason: event.data.reason, correction, previous: event.data.previous };
  const next: Compact = { ...compact, corrections: [...compact.corrections, record] };
  const { fact: _fact, ...fields } = correction as Correction & Record<string, unknown>;
  switch (correction.fact) {
    case 'version':
      next.versions = compact.versions.map((v) => (v.factId === factId ? { ...v, ...fields } : v));
      return next;
    case 'admission': {
      const found = findAdmission(compact, factId, false);
      if (!found) return next;
      const latest = found.index === found.partner.memberships.length - 1;
      const partner: Partner = {
        ...found.partner,
        name: correction.name !== undefined && latest ? correction.name : found.partner.name,
        organisationType: correction.organisationType !== undefined && latest ? correction.organisationType : found.partner.organisationType,
        memberships: found.partner.memberships.map((p, i) => (i === found.index && correction.effectiveOn !== undefined ? { ...p, from: correction.effectiveOn } : p)),
      };
      next.partners = { ...compact.partners, [partner.organisationId]: partner };
      return next;
    }
    case 'withdrawal':
    case 'asked-to-leave': {
      const found = findDeparture(compact, factId, false);
      if (!found) return next;
      const { effectiveOn, ...endingFields } = fields as { effectiveOn?: PaperDate };
      const memberships = found.partner.memberships.map((p) =>
        p === found.period ? { ...p, until: effectiveOn ?? p.until, ending: { ...p.ending!, ...endingFields } as MembershipPeriod['ending'] } : p,
      );
      next.partners = { ...compact.partners, [found.partner.organisationId]: { ...found.partner, memberships } };
      return next;
    }
    case 'endorsement':
      next.endorsements = compact.endorsements.map((e) => (e.factId === factId ? { ...e, ...fields, corrected: true } : e));
      return next;
    case 'endorsement-request':
      next.endorsementRequests = compact.endorsementRequests.map((r) => (r.factId === factId ? { ...r, ...fields, corrected: true } : r));
      return next;
    case 'signature': {
      next.signatures = compact.signatures.map((s) => (s.factId === factId ? { ...s, ...fields, corrected: true } : s));
      // A corrected paper date moves the in-force date it determined.
      next.inForce = compact.inForce.map((r) => {
        if (!r.signatureFactIds.includes(factId)) return r;
        const signatures = next.signatures.filter((s) => r.signatureFactIds.includes(s.factId));
        return { ...r, effectiveOn: inForceDate(signatures, r.completedBy) };
      });
      return next;
    }
    case 'term':
      next.terms = compact.terms.map((t) => (t.factId === factId ? { ...t, ...fields } : t));
      next.term = next.terms[next.terms.length - 1] ?? compact.term;
      return next;
    case 'in-force':
      next.inForce = compact.inForce.map((r) => (r.factId === factId ? { ...r, ...fields } : r));
      return next;
    case 'termination':
    case 'supersession':
      next.closure = compact.closure && compact.closure.factId === factId ? ({ ...compact.closure, ...fields } as CompactClosure) : compact.closure;
      return next;
    case 'escalation-path': {
      const paths = compact.escalationPaths.map((p): EscalationPathRecord => (p.factId === factId ? ({ ...p, ...fields } as EscalationPathRecord) : p));
      next.escalationPaths = paths;
      next.escalationPath = paths[paths.length - 1] ?? null;
      return next;
    }
  }
}

function findAdmission(compact: Compact, factId: string): { partner: Partner; period: MembershipPeriod; index: number };
function findAdmission(compact: Compact, factId: string, required: false): { partner: Partner; period: MembershipPeriod; index: number } | null;
function findAdmission(compact: Compact, factId: string, required = true): { partner: Partner; period: MembershipPeriod; index: number } | null {
  for (const partner of Object.values(compact.partners)) {
    const index = partner.memberships.findIndex((p) => p.admissionFactId === factId);
    if (index >= 0) return { partner, period: partner.memberships[index], index };
  }
  if (required) throw new DomainRuleViolation('correction-target-unknown', `no admission with id ${factId}`);
  return null;
}

function findDeparture(compact: Compact, factId: string): { partner: Partner; period: MembershipPeriod };
function findDeparture(compact: Compact, factId: string, required: false): { partner: Partner; period: MembershipPeriod } | null;
function findDeparture(compact: Compact, factId: string, required = true): { partner: Partner; period: MembershipPeriod } | null {
  for (const partner of Object.values(compact.partners)) {
    const period = partner.memberships.find((p) => p.ending?.factId === factId);
    if (period) return { partner, period };
  }
  if (required) throw new DomainRuleViolation('correction-target-unknown', `no departure with id ${factId}`);
  return null;
}

/** Plain-data equality (JSON values, key order ignored). */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return a === b;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => samePlainData(item, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => samePlainData((a as Record<string, unknown>)[key] ?? null, (b as Record<string, unknown>)[key] ?? null));
  }
  return false;
}
