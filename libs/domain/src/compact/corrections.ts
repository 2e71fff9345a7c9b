import { DomainRuleViolation } from '../shared/decider';
import { assertCalendarDate, type CalendarDate } from './calendar-dates';
import type { CorrectableEventType, EventCorrected } from './compact.events';
import type { Compact } from './compact.state';
import { assertEndorsementConsistent, assertMeetingAfterVersion, type EndorsementConcern, type EndorsementOutcome, type EndorsementRecord } from './endorsements';
import { inForceDate } from './in-force';
import { assertMemberOn, assertOrganisationType, assertRepresentative, type MembershipPeriod, type OrganisationType, type Partner, type Representative } from './partners';
import { assertSignatureDateWithinVersion, assertSignifies, type SignatureRecord, type SignificanceCode } from './signatures';

/*
 * Corrections. Design: a correctable fact carries a `factId` in its data, given by the command
 * that recorded it (ids arrive in commands; the domain makes none). The decider never sees the
 * store's envelope, so it cannot validate an eventId, but it can validate a factId: state keeps
 * a registry of factId -> event type, and CorrectEvent names the factId. (The application may
 * use the same UUID for the factId and the envelope's eventId, so "the event it corrects" and
 * "the fact it corrects" are one id.)
 *
 * Correctable: the facts entered from paper, where a typing slip is likely:
 * - a signature (PartnerSigned): signatory, paper date, what it signifies;
 * - a board endorsement (BoardEndorsementRecorded): board, meeting date, outcome, concerns, reason;
 * - an admission (PartnerAdmitted): the organisation's name, its type, the effective date.
 * Not correctable: a version's content (its hash is what partners signed: publish a new
 * version instead), identities (organisation, version label: record the right fact instead),
 * and decisions (term, coming into force, departures, closure: record a new decision).
 *
 * The corrected value must pass the rules the original passed (a corrected signature date must
 * still fall while the partner was a member and the version was current). The EventCorrected
 * event carries only the changed fields and their previous values; evolve() applies them, so
 * state holds the corrected value while the original event stays in the stream untouched.
 * A fact can be corrected again; corrections apply in order.
 */
export type Correction =
  | { fact: 'signature'; signatory?: Representative; signedOn?: CalendarDate; signifies?: SignificanceCode[] }
  | {
      fact: 'endorsement';
      boardName?: string;
      meetingDate?: CalendarDate;
      outcome?: EndorsementOutcome;
      concerns?: EndorsementConcern[];
      reason?: string | null;
    }
  | { fact: 'admission'; name?: string; organisationType?: OrganisationType; effectiveOn?: CalendarDate };

export type CorrectableFact = Correction['fact'];

export const CORRECTABLE_FACTS: Record<CorrectableEventType, CorrectableFact> = {
  PartnerSigned: 'signature',
  BoardEndorsementRecorded: 'endorsement',
  PartnerAdmitted: 'admission',
};

const FIELDS: { [K in CorrectableFact]: Array<Exclude<keyof Extract<Correction, { fact: K }>, 'fact'>> } = {
  signature: ['signatory', 'signedOn', 'signifies'],
  endorsement: ['boardName', 'meetingDate', 'outcome', 'concerns', 'reason'],
  admission: ['name', 'organisationType', 'effectiveOn'],
};

/** Validates a correction against the fact it names and returns the EventCorrected to record. */
export function decideCorrection(compact: Compact, data: { factId: string; reason: string; correction: Correction }): EventCorrected {
  const { factId, reason, correction } = data;
  const eventType = compact.facts[factId];
  if (eventType === undefined) throw new DomainRuleViolation('correction-target-unknown', `no correctable fact with id ${factId} is recorded in this compact`);
  if (typeof reason !== 'string' || reason.trim() === '') throw new DomainRuleViolation('correction-reason-required', 'a correction must say why it is made');
  const fact = CORRECTABLE_FACTS[eventType];
  if (!correction || correction.fact !== fact) {
    throw new DomainRuleViolation('correction-target-mismatch', `fact ${factId} is a ${fact} (${eventType}), not a ${String(correction?.fact)}`);
  }
  const allowed = FIELDS[fact] as string[];
  for (const key of Object.keys(correction)) {
    if (key !== 'fact' && !allowed.includes(key)) {
      throw new DomainRuleViolation('field-not-correctable', `${key} of a ${fact} cannot be corrected; correctable: ${allowed.join(', ')}`);
    }
  }
  const current = currentValues(compact, factId, fact);
  const changed: Record<string, unknown> = { fact };
  const previous: Record<string, unknown> = { fact };
  for (const key of allowed) {
    const value = (correction as Record<string, unknown>)[key];
    if (value === undefined || samePlainData(value, current[key])) continue;
    changed[key] = value;
    previous[key] = current[key];
  }
  if (Object.keys(changed).length === 1) throw new DomainRuleViolation('correction-changes-nothing', `the correction leaves ${fact} ${factId} as it is`);

  const corrected = changed as Correction;
  switch (corrected.fact) {
    case 'signature':
      validateSignatureCorrection(compact, findSignature(compact, factId), corrected);
      break;
    case 'endorsement':
      validateEndorsementCorrection(compact, findEndorsement(compact, factId), corrected);
      break;
    case 'admission':
      validateAdmissionCorrection(compact, factId, corrected);
      break;
  }
  return { type: 'EventCorrected', data: { factId, correctedEventType: eventType, reason, correction: corrected, previous: previous as Correction } };
}

function currentValues(compact: Compact, factId: string, fact: CorrectableFact): Record<string, unknown> {
  switch (fact) {
    case 'signature': {
      const s = findSignature(compact, factId);
      return { signatory: s.signatory, signedOn: s.signedOn, signifies: s.signifies };
    }
    case 'endorsement': {
      const e = findEndorsement(compact, factId);
      return { boardName: e.boardName, meetingDate: e.meetingDate, outcome: e.outcome, concerns: e.concerns, reason: e.reason };
    }
    case 'admission': {
      const { partner, period } = findAdmission(compact, factId);
      return { name: partner.name, organisationType: partner.organisationType, effectiveOn: period.from };
    }
  }
}

function validateSignatureCorrection(compact: Compact, signature: SignatureRecord, correction: Extract<Correction, { fact: 'signature' }>): void {
  if (correction.signatory !== undefined) assertRepresentative(correction.signatory, 'signatory');
  if (correction.signifies !== undefined) assertSignifies(correction.signifies);
  if (correction.signedOn !== undefined) {
    assertCalendarDate(correction.signedOn, 'the corrected signature date');
    const partner = assertMemberOn(compact.partners, signature.organisationId, correction.signedOn);
    const index = compact.versions.findIndex((v) => v.label === signature.versionLabel);
    assertSignatureDateWithinVersion(compact.versions, index, correction.signedOn, partner.name);
  }
}

function validateEndorsementCorrection(compact: Compact, endorsement: EndorsementRecord, correction: Extract<Correction, { fact: 'endorsement' }>): void {
  const merged = { ...endorsement, ...correction };
  if (typeof merged.boardName !== 'string' || merged.boardName.trim() === '') {
    throw new DomainRuleViolation('board-name-required', 'an endorsement must name the board that met');
  }
  assertEndorsementConsistent(merged.outcome, merged.concerns);
  if (correction.meetingDate !== undefined) {
    assertCalendarDate(correction.meetingDate, 'the corrected meeting date');
    assertMemberOn(compact.partners, endorsement.organisationId, correction.meetingDate);
    const version = compact.versions.find((v) => v.label === endorsement.versionLabel);
    if (version) assertMeetingAfterVersion(version, correction.meetingDate, merged.boardName);
  }
}

function validateAdmissionCorrection(compact: Compact, factId: string, correction: Extract<Correction, { fact: 'admission' }>): void {
  if (correction.name !== undefined && (typeof correction.name !== 'string' || correction.name.trim() === '')) {
    throw new DomainRuleViolation('partner-name-required', 'a partner must have a name');
  }
  if (correction.organisationType !== undefined) assertOrganisationType(correction.organisationType);
  if (correction.effectiveOn === undefined) return;
  assertCalendarDate(correction.effectiveOn, 'the corrected admission date');
  const { partner, period, index } = findAdmission(compact, factId);
  const from = correction.effectiveOn;
  const before = partner.memberships[index - 1];
  if (before?.until && from < before.until) {
    throw new DomainRuleViolation('readmission-before-departure', `${partner.name} cannot be admitted again on ${from}: it left on ${before.until}`);
  }
  if (period.until !== null && from >= period.until) {
    throw new DomainRuleViolation('departure-before-admission', `${partner.name} left on ${period.until}, so it cannot have been admitted on ${from}`);
  }
  const within = (date: CalendarDate) => date >= period.from && (period.until === null || date < period.until);
  const early = [
    ...compact.signatures.filter((s) => s.organisationId === partner.organisationId && within(s.signedOn) && s.signedOn < from).map((s) => `its signature of ${s.signedOn}`),
    ...compact.endorsements
      .filter((e) => e.organisationId === partner.organisationId && within(e.meetingDate) && e.meetingDate < from)
      .map((e) => `its board's endorsement of ${e.meetingDate}`),
  ];
  if (early.length > 0) {
    throw new DomainRuleViolation('correction-leaves-fact-outside-membership', `admitting ${partner.name} only on ${from} would leave ${early.join(' and ')} outside its membership`);
  }
}

/** evolve() for EventCorrected: the state takes the corrected values. */
export function applyCorrection(compact: Compact, event: EventCorrected): Compact {
  const { factId, correction } = event.data;
  const record = { factId, correctedEventType: event.data.correctedEventType, reason: event.data.reason, correction, previous: event.data.previous };
  const next: Compact = { ...compact, corrections: [...compact.corrections, record] };
  switch (correction.fact) {
    case 'signature': {
      const { fact: _fact, ...fields } = correction;
      next.signatures = compact.signatures.map((s) => (s.factId === factId ? { ...s, ...fields, corrected: true } : s));
      // A corrected paper date moves the in-force date it determined.
      next.inForce = compact.inForce.map((r) => {
        if (!r.signatureFactIds.includes(factId)) return r;
        const signatures = next.signatures.filter((s) => r.signatureFactIds.includes(s.factId));
        return { ...r, effectiveOn: inForceDate(signatures, r.completedBy) };
      });
      return next;
    }
    case 'endorsement': {
      const { fact: _fact, ...fields } = correction;
      next.endorsements = compact.endorsements.map((e) => (e.factId === factId ? { ...e, ...fields, corrected: true } : e));
      return next;
    }
    case 'admission': {
      const found = findAdmission(compact, factId);
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
  }
}

function findSignature(compact: Compact, factId: string): SignatureRecord {
  const found = compact.signatures.find((s) => s.factId === factId);
  if (!found) throw new DomainRuleViolation('correction-target-unknown', `no signature with id ${factId}`);
  return found;
}

function findEndorsement(compact: Compact, factId: string): EndorsementRecord {
  const found = compact.endorsements.find((e) => e.factId === factId);
  if (!found) throw new DomainRuleViolation('correction-target-unknown', `no endorsement with id ${factId}`);
  return found;
}

function findAdmission(compact: Compact, factId: string): { partner: Partner; period: MembershipPeriod; index: number } {
  for (const partner of Object.values(compact.partners)) {
    const index = partner.memberships.findIndex((p) => p.admissionFactId === factId);
    if (index >= 0) return { partner, period: partner.memberships[index], index };
  }
  throw new DomainRuleViolation('correction-target-unknown', `no admission with id ${factId}`);
}

/** Plain-data equality (JSON values, key order ignored). */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => samePlainData(item, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => samePlainData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return false;
}
