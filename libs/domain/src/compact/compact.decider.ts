import { assertNever, type Decider, DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import { applyAmendment } from './amendments';
import { assertCalendarDate, type CalendarDate } from './calendar-dates';
import type {
  AdmitPartner,
  AskPartnerToLeave,
  ChangeRepresentatives,
  CompactCommand,
  DefineEscalationPath,
  PublishAmendment,
  PublishVersion,
  RecordBoardEndorsement,
  RecordCameIntoForce,
  RecordSuperseded,
  SetTerm,
  SignVersion,
  TerminateCompact,
  WithdrawPartner,
} from './compact.commands';
import type { CompactEvent, CompactVersionPublished } from './compact.events';
import { compactEventCodec } from './compact.codec';
import { evolveCompact } from './compact.evolve';
import { type Compact, type CompactState, type CompactVersion, currentVersion, initialCompactState } from './compact.state';
import { decideCorrection } from './corrections';
import { assertEndorsementConsistent, assertMeetingAfterVersion } from './endorsements';
import { sameEscalationLevels, validateEscalationLevels } from './escalation-path';
import { comingIntoForce } from './in-force';
import {
  assertCurrentMember,
  assertMemberOn,
  assertOrganisationSlug,
  assertOrganisationType,
  assertRepresentative,
  currentMembership,
  isCurrentMember,
  nameOf,
  partnerNamed,
} from './partners';
import { type HashVersionContent, type Section, sameSections, validateSections } from './sections';
import { assertSignatureDateWithinVersion, assertSignifies } from './signatures';
import { assertOpenOn } from './status-at-date';
import { validateTerm } from './terms';
import { compareVersionLabels, normaliseVersionLabel, sameVersionLabel } from './version-labels';

export interface CompactDeciderDependencies {
  /**
   * The content hash of a version: SHA-256 over the RFC 8785 canonical JSON of
   * `{ label, sections }`, supplied by the application (the domain imports no crypto).
   */
  hashVersionContent: HashVersionContent;
}

export type CompactDecider = Decider<CompactCommand, CompactEvent, CompactState>;

/** The compact's decider, given the hash function it needs to seal each version's content. */
export function createCompactDecider({ hashVersionContent }: CompactDeciderDependencies): CompactDecider {
  return {
    initialState: initialCompactState,
    evolve: evolveCompact,
    decide: (command, state) => decideCompact(command, state, hashVersionContent),
    decode: compactEventCodec.decode,
  };
}

export function decideCompact(command: CompactCommand, state: CompactState, hashVersionContent: HashVersionContent): CompactEvent[] {
  if (command.type === 'DraftCompact') {
    if (state.kind !== 'none') {
      throw new DomainRuleViolation('compact-already-drafted', `compact ${command.data.compactId} has already been drafted`);
    }
    const { compactId, title, covers, description } = command.data;
    return [{ type: 'CompactDrafted', data: { compactId, title, covers, description: description ?? null } }];
  }
  if (state.kind === 'none') throw new NotFoundInDomain('no compact has been drafted in this stream');
  const compact = state;
  switch (command.type) {
    case 'PublishVersion':
      return [publishVersion(compact, command, hashVersionContent)];
    case 'PublishAmendment':
      return [publishAmendment(compact, command, hashVersionContent)];
    case 'AdmitPartner':
      return admitPartner(compact, command);
    case 'ChangeRepresentatives':
      return changeRepresentatives(compact, command);
    case 'WithdrawPartner':
      return withdrawPartner(compact, command);
    case 'AskPartnerToLeave':
      return askPartnerToLeave(compact, command);
    case 'RecordBoardEndorsement':
      return recordBoardEndorsement(compact, command);
    case 'SignVersion':
      return signVersion(compact, command);
    case 'SetTerm':
      return setTerm(compact, command);
    case 'RecordCameIntoForce':
      return recordCameIntoForce(compact, command);
    case 'TerminateCompact':
      return terminate(compact, command);
    case 'RecordSuperseded':
      return recordSuperseded(compact, command);
    case 'DefineEscalationPath':
      return defineEscalationPath(compact, command);
    case 'CorrectEvent':
      return [decideCorrection(compact, command.data)];
    default:
      return assertNever(command);
  }
}

// ---------------------------------------------------------------- versions

function publishVersion(compact: Compact, { data }: PublishVersion, hash: HashVersionContent): CompactVersionPublished {
  const label = assertNextVersion(compact, data);
  const sections = validateSections(data.sections);
  const current = currentVersion(compact);
  if (current && sameSections(current.sections, sections)) {
    throw new DomainRuleViolation('version-changes-nothing', `version ${label} has the same sections as version ${current.label}`);
  }
  return versionPublished(label, data, sections, null, hash);
}

function publishAmendment(compact: Compact, { data }: PublishAmendment, hash: HashVersionContent): CompactVersionPublished {
  const current = currentVersion(compact);
  if (!current) throw new DomainRuleViolation('no-version-to-amend', 'the compact has no version yet to amend; publish a first version');
  const label = assertNextVersion(compact, data);
  const { sections, summary } = applyAmendment(current.sections, {
    replace: data.replace ?? [],
    add: data.add ?? [],
    remove: data.remove ?? [],
    replacePhrases: data.replacePhrases ?? [],
  });
  return versionPublished(label, data, sections, { amends: current.label, ...summary }, hash);
}

/** Checks label, note and date of the next version; returns the normalised label. */
function assertNextVersion(compact: Compact, data: { label: string; note: string; dated: string }): string {
  const label = normaliseVersionLabel(data.label);
  assertCalendarDate(data.dated, `the date of version ${label}`);
  if (typeof data.note !== 'string' || data.note.trim() === '') {
    throw new DomainRuleViolation('version-note-required', `version ${label} needs a note saying what changed and why`);
  }
  assertOpenOn(compact, data.dated);
  const current = currentVersion(compact);
  if (current && compareVersionLabels(label, current.label) <= 0) {
    throw new DomainRuleViolation('version-label-not-greater', `version ${label} must come after the current version ${current.label}`);
  }
  if (current && data.dated < current.dated) {
    throw new DomainRuleViolation('version-dated-before-previous', `version ${label} is dated ${data.dated}, before version ${current.label} (${current.dated})`);
  }
  if (current) {
    // From its date the new version is the one partners sign and that comes into force: the current one's facts must be earlier.
    const signature = compact.signatures.find((s) => s.versionLabel === current.label && s.signedOn >= data.dated);
    if (signature) {
      throw new DomainRuleViolation(
        'version-dated-before-signature',
        `${nameOf(compact.partners, signature.organisationId)} signed version ${current.label} on ${signature.signedOn}, so version ${label} cannot be dated ${data.dated}`,
      );
    }
    const inForce = compact.inForce.find((r) => r.versionLabel === current.label && r.effectiveOn >= data.dated);
    if (inForce) {
      throw new DomainRuleViolation('version-dated-before-in-force', `version ${current.label} came into force on ${inForce.effectiveOn}, so version ${label} cannot be dated ${data.dated}`);
    }
  }
  return label;
}

function versionPublished(
  label: string,
  data: { note: string; dated: string },
  sections: Section[],
  amendment: CompactVersionPublished['data']['amendment'],
  hash: HashVersionContent,
): CompactVersionPublished {
  return {
    type: 'CompactVersionPublished',
    data: { label, note: data.note, dated: data.dated, sections, contentHash: hash({ label, sections }), amendment },
    effectiveAt: data.dated,
  };
}

function findVersion(compact: Compact, label: string): { version: CompactVersion; index: number } {
  const wanted = normaliseVersionLabel(label);
  const index = compact.versions.findIndex((v) => sameVersionLabel(v.label, wanted));
  if (index < 0) throw new DomainRuleViolation('version-not-found', `version ${wanted} of this compact does not exist`);
  return { version: compact.versions[index], index };
}

// ---------------------------------------------------------------- partners

function assertNewFactId(compact: Compact, factId: unknown): asserts factId is string {
  if (typeof factId !== 'string' || factId.trim() === '') throw new DomainRuleViolation('fact-id-required', 'the command must carry a factId naming the new fact');
  if (compact.facts[factId] !== undefined) throw new DomainRuleViolation('fact-id-already-used', `fact id ${factId} is already used in this compact`);
}

function admitPartner(compact: Compact, { data }: AdmitPartner): CompactEvent[] {
  assertNewFactId(compact, data.factId);
  assertOrganisationSlug(data.organisationId);
  if (typeof data.name !== 'string' || data.name.trim() === '') throw new DomainRuleViolation('partner-name-required', `${data.organisationId} needs a name`);
  assertOrganisationType(data.organisationType);
  assertRepresentative(data.lead, `named lead of ${data.name}`);
  if (data.deputy !== null) assertRepresentative(data.deputy, `named deputy of ${data.name}`);
  assertCalendarDate(data.effectiveOn, `the date ${data.name} joins`);
  assertOpenOn(compact, data.effectiveOn);
  const existing = partnerNamed(compact.partners, data.organisationId);
  if (existing && isCurrentMember(existing)) {
    throw new DomainRuleViolation('partner-already-member', `${existing.name} is already a partner of this compact`);
  }
  const lastLeft = existing?.memberships[existing.memberships.length - 1]?.until;
  if (lastLeft && data.effectiveOn < lastLeft) {
    throw new DomainRuleViolation('readmission-before-departure', `${existing.name} left on ${lastLeft}; it cannot be admitted again from ${data.effectiveOn}`);
  }
  const { factId, organisationId, name, organisationType, lead, deputy, effectiveOn } = data;
  return [
    {
      type: 'PartnerAdmitted',
      data: { factId, organisationId, name, organisationType, lead: person(lead), deputy: deputy ? person(deputy) : null, effectiveOn },
      effectiveAt: effectiveOn,
    },
  ];
}

function changeRepresentatives(compact: Compact, { data }: ChangeRepresentatives): CompactEvent[] {
  const partner = assertCurrentMember(compact.partners, data.organisationId);
  assertRepresentative(data.lead, `named lead of ${partner.name}`);
  if (data.deputy !== null) assertRepresentative(data.deputy, `named deputy of ${partner.name}`);
  assertCalendarDate(data.effectiveOn, `the date ${partner.name}'s representatives change`);
  assertOpenOn(compact, data.effectiveOn);
  if (samePerson(partner.lead, data.lead) && samePerson(partner.deputy, data.deputy)) {
    throw new DomainRuleViolation('representatives-unchanged', `${partner.name}'s named lead and deputy are already ${partner.lead.name} and ${partner.deputy?.name ?? 'none'}`);
  }
  const { organisationId, lead, deputy, effectiveOn } = data;
  return [{ type: 'PartnerRepresentativesChanged', data: { organisationId, lead: person(lead), deputy: deputy ? person(deputy) : null, effectiveOn }, effectiveAt: effectiveOn }];
}

/** Only a representative's name and role go into an event. */
function person({ name, role }: { name: string; role: string }): { name: string; role: string } {
  return { name, role };
}

function samePerson(a: { name: string; role: string } | null, b: { name: string; role: string } | null): boolean {
  return a === null || b === null ? a === b : a.name === b.name && a.role === b.role;
}

/** Common checks for a partner leaving; returns the partner's name. */
function assertCanLeave(compact: Compact, organisationId: string, effectiveOn: string, reason: string): string {
  const partner = assertCurrentMember(compact.partners, organisationId);
  assertCalendarDate(effectiveOn, `the date ${partner.name} leaves`);
  if (typeof reason !== 'string' || reason.trim() === '') throw new DomainRuleViolation('reason-required', `say why ${partner.name} leaves`);
  assertOpenOn(compact, effectiveOn);
  const period = currentMembership(partner);
  if (period && effectiveOn <= period.from) {
    throw new DomainRuleViolation('departure-before-admission', `${partner.name} joined on ${period.from}; it cannot leave on ${effectiveOn}`);
  }
  const later = compact.signatures.find((s) => s.organisationId === organisationId && s.signedOn >= effectiveOn);
  if (later) {
    throw new DomainRuleViolation('departure-before-signature', `${partner.name} signed version ${later.versionLabel} on ${later.signedOn}, so it cannot have left on ${effectiveOn}`);
  }
  const endorsed = compact.endorsements.find((e) => e.organisationId === organisationId && e.meetingDate >= effectiveOn);
  if (endorsed) {
    throw new DomainRuleViolation(
      'departure-before-endorsement',
      `${endorsed.boardName} of ${partner.name} met on version ${endorsed.versionLabel} on ${endorsed.meetingDate}, so ${partner.name} cannot have left on ${effectiveOn}`,
    );
  }
  return partner.name;
}

function withdrawPartner(compact: Compact, { data }: WithdrawPartner): CompactEvent[] {
  const name = assertCanLeave(compact, data.organisationId, data.effectiveOn, data.reason);
  assertCalendarDate(data.noticeGivenOn, `the date ${name} gave notice`);
  if (data.effectiveOn < data.noticeGivenOn) {
    throw new DomainRuleViolation('withdrawal-before-notice', `${name}'s withdrawal cannot take effect (${data.effectiveOn}) before its notice (${data.noticeGivenOn})`);
  }
  const { organisationId, noticeGivenOn, effectiveOn, reason } = data;
  return withInForce(compact, [{ type: 'PartnerWithdrawn', data: { organisationId, noticeGivenOn, effectiveOn, reason }, effectiveAt: effectiveOn }], {
    kind: 'departure',
    organisationId: data.organisationId,
    effectiveOn: data.effectiveOn,
  });
}

function askPartnerToLeave(compact: Compact, { data }: AskPartnerToLeave): CompactEvent[] {
  const name = assertCanLeave(compact, data.organisationId, data.effectiveOn, data.reason);
  if (!data.basis || !['decision', 'dispute'].includes(data.basis.kind) || typeof data.basis.reference !== 'string' || data.basis.reference.trim() === '') {
    throw new DomainRuleViolation('leaving-basis-required', `asking ${name} to leave must name the decision or dispute that led to it`);
  }
  const { organisationId, reason, effectiveOn } = data;
  const basis = { kind: data.basis.kind, reference: data.basis.reference };
  return withInForce(compact, [{ type: 'PartnerAskedToLeave', data: { organisationId, reason, basis, effectiveOn }, effectiveAt: effectiveOn }], {
    kind: 'departure',
    organisationId: data.organisationId,
    effectiveOn: data.effectiveOn,
  });
}

// ---------------------------------------------------------------- endorsements and signatures

function recordBoardEndorsement(compact: Compact, { data }: RecordBoardEndorsement): CompactEvent[] {
  assertNewFactId(compact, data.factId);
  const { version } = findVersion(compact, data.versionLabel);
  if (typeof data.boardName !== 'string' || data.boardName.trim() === '') {
    throw new DomainRuleViolation('board-name-required', 'an endorsement must name the board that met');
  }
  const concerns = (data.concerns ?? []).map((c) => ({ concern: c.concern, response: c.response ?? null }));
  assertEndorsementConsistent(data.outcome, concerns);
  assertCalendarDate(data.meetingDate, `the date the ${data.boardName} met`);
  assertMemberOn(compact.partners, data.organisationId, data.meetingDate);
  assertMeetingAfterVersion(version, data.meetingDate, data.boardName);
  assertOpenOn(compact, data.meetingDate);
  return [
    {
      type: 'BoardEndorsementRecorded',
      data: {
        factId: data.factId,
        organisationId: data.organisationId,
        versionLabel: version.label,
        contentHash: version.contentHash,
        boardName: data.boardName,
        meetingDate: data.meetingDate,
        outcome: data.outcome,
        concerns,
        reason: data.reason ?? null,
      },
      effectiveAt: data.meetingDate,
    },
  ];
}

function signVersion(compact: Compact, { data }: SignVersion): CompactEvent[] {
  assertNewFactId(compact, data.factId);
  const { version, index } = findVersion(compact, data.versionLabel);
  if (data.contentHash !== version.contentHash) {
    throw new DomainRuleViolation(
      'signature-hash-mismatch',
      `the text signed (hash ${data.contentHash}) is not version ${version.label} (hash ${version.contentHash}); the signatory must sign the version as published`,
    );
  }
  assertRepresentative(data.signatory, 'signatory');
  assertSignifies(data.signifies);
  assertCalendarDate(data.signedOn, 'the date on the signature');
  const partner = assertMemberOn(compact.partners, data.organisationId, data.signedOn);
  const already = compact.signatures.find((s) => s.organisationId === data.organisationId && s.versionLabel === version.label);
  if (already) {
    throw new DomainRuleViolation('partner-already-signed', `${partner.name} has already signed version ${version.label} (${already.signatory.name}, ${already.signedOn})`);
  }
  assertSignatureDateWithinVersion(compact.versions, index, data.signedOn, partner.name);
  assertOpenOn(compact, data.signedOn);
  const signed: CompactEvent = {
    type: 'PartnerSigned',
    data: {
      factId: data.factId,
      organisationId: data.organisationId,
      versionLabel: version.label,
      contentHash: version.contentHash,
      signatory: person(data.signatory),
      signedOn: data.signedOn,
      signifies: [...data.signifies],
    },
    effectiveAt: data.signedOn,
  };
  return withInForce(compact, [signed], { kind: 'signature', factId: data.factId });
}

// ---------------------------------------------------------------- term, coming into force, closure

function setTerm(compact: Compact, { data }: SetTerm): CompactEvent[] {
  assertOpenOn(compact, null);
  const term = {
    inForceRule: data.inForceRule,
    effectiveFrom: data.effectiveFrom ?? null,
    expiresOn: data.expiresOn ?? null,
    refreshDueBy: data.refreshDueBy ?? null,
    durationMonths: data.durationMonths ?? null,
    decisionReference: data.decisionReference ?? null,
  };
  validateTerm(term);
  const { decisionReference: _a, ...now } = compact.term;
  const { decisionReference: _b, ...wanted } = term;
  if (JSON.stringify(now) === JSON.stringify(wanted)) throw new DomainRuleViolation('term-unchanged', 'the compact already has this term');
  return withInForce(compact, [{ type: 'CompactTermSet', data: term }], { kind: 'rule-set' });
}

function recordCameIntoForce(compact: Compact, { data }: RecordCameIntoForce): CompactEvent[] {
  if (compact.term.inForceRule !== 'explicit-decision') {
    throw new DomainRuleViolation(
      'in-force-rule-not-explicit',
      'this compact comes into force when every partner has signed the current version; set its term to the explicit-decision rule to record a decision',
    );
  }
  if (typeof data.decisionReference !== 'string' || data.decisionReference.trim() === '') {
    throw new DomainRuleViolation('decision-reference-required', 'name the decision that brought the compact into force');
  }
  const { version } = findVersion(compact, data.versionLabel);
  const current = currentVersion(compact) as CompactVersion;
  if (version.label !== current.label) {
    throw new DomainRuleViolation('version-not-current', `version ${version.label} is not the current version (${current.label})`);
  }
  if (compact.inForce.some((r) => r.versionLabel === version.label)) {
    throw new DomainRuleViolation('version-already-in-force', `version ${version.label} is already in force`);
  }
  assertCalendarDate(data.effectiveOn, 'the date the compact came into force');
  if (data.effectiveOn < version.dated) {
    throw new DomainRuleViolation('in-force-before-version', `version ${version.label} is dated ${version.dated}; it cannot have come into force on ${data.effectiveOn}`);
  }
  const previous = compact.inForce[compact.inForce.length - 1];
  if (previous && data.effectiveOn < previous.effectiveOn) {
    throw new DomainRuleViolation('in-force-before-previous', `version ${previous.versionLabel} came into force on ${previous.effectiveOn}; version ${version.label} cannot come into force before it`);
  }
  assertOpenOn(compact, data.effectiveOn);
  return [
    {
      type: 'CompactCameIntoForce',
      data: {
        versionLabel: version.label,
        contentHash: version.contentHash,
        effectiveOn: data.effectiveOn,
        rule: 'explicit-decision',
        decisionReference: data.decisionReference,
        signatureFactIds: [],
        completedBy: null,
      },
      effectiveAt: data.effectiveOn,
    },
  ];
}

/**
 * The last dated fact the ledger holds: a version, a signature, an endorsement, a coming
 * into force, a partner joining or leaving. A closure is refused on or before it, as each
 * of those is refused on or after a closure already recorded (assertOpenOn).
 */
function latestDatedFact(compact: Compact): { date: CalendarDate; what: string } | null {
  const facts: Array<{ date: CalendarDate; what: string }> = [
    ...compact.versions.map((v) => ({ date: v.dated, what: `version ${v.label} is dated` })),
    ...compact.signatures.map((s) => ({ date: s.signedOn, what: `${nameOf(compact.partners, s.organisationId)} signed version ${s.versionLabel}` })),
    ...compact.endorsements.map((e) => ({ date: e.meetingDate, what: `${e.boardName} met on version ${e.versionLabel}` })),
    ...compact.inForce.map((r) => ({ date: r.effectiveOn, what: `version ${r.versionLabel} came into force` })),
    ...Object.values(compact.partners).flatMap((p) =>
      p.memberships.flatMap((m) => [{ date: m.from, what: `${p.name} joined` }, ...(m.until === null ? [] : [{ date: m.until, what: `${p.name} left` }])]),
    ),
  ];
  return facts.reduce<{ date: CalendarDate; what: string } | null>((latest, fact) => (latest === null || fact.date > latest.date ? fact : latest), null);
}

function assertClosureAfterRecordedFacts(compact: Compact, effectiveOn: CalendarDate, closure: string): void {
  const latest = latestDatedFact(compact);
  if (latest !== null && effectiveOn <= latest.date) {
    throw new DomainRuleViolation('closure-before-recorded-facts', `${latest.what} on ${latest.date}, so the compact cannot have been ${closure} on ${effectiveOn}`);
  }
}

function terminate(compact: Compact, { data }: TerminateCompact): CompactEvent[] {
  if (compact.closure?.kind === 'terminated') {
    throw new DomainRuleViolation('compact-already-terminated', `the compact was already terminated on ${compact.closure.effectiveOn}`);
  }
  assertOpenOn(compact, null);
  assertCalendarDate(data.effectiveOn, 'the date of termination');
  if (typeof data.reason !== 'string' || data.reason.trim() === '') throw new DomainRuleViolation('reason-required', 'say why the compact is terminated');
  assertClosureAfterRecordedFacts(compact, data.effectiveOn, 'terminated');
  return [{ type: 'CompactTerminated', data: { effectiveOn: data.effectiveOn, reason: data.reason, decisionReference: data.decisionReference ?? null }, effectiveAt: data.effectiveOn }];
}

function recordSuperseded(compact: Compact, { data }: RecordSuperseded): CompactEvent[] {
  if (compact.closure?.kind === 'superseded') {
    throw new DomainRuleViolation('compact-already-superseded', `the compact was already superseded by ${compact.closure.successorCompactId} on ${compact.closure.effectiveOn}`);
  }
  assertOpenOn(compact, null);
  if (typeof data.successorCompactId !== 'string' || data.successorCompactId.trim() === '') {
    throw new DomainRuleViolation('successor-required', 'name the compact that supersedes this one');
  }
  if (data.successorCompactId === compact.compactId) throw new DomainRuleViolation('successor-is-this-compact', 'a compact cannot supersede itself');
  assertCalendarDate(data.effectiveOn, 'the date the compact was superseded');
  assertClosureAfterRecordedFacts(compact, data.effectiveOn, 'superseded');
  return [
    {
      type: 'CompactSuperseded',
      data: { successorCompactId: data.successorCompactId, effectiveOn: data.effectiveOn, reason: data.reason ?? '', decisionReference: data.decisionReference ?? null },
      effectiveAt: data.effectiveOn,
    },
  ];
}

// ---------------------------------------------------------------- escalation path

function defineEscalationPath(compact: Compact, { data }: DefineEscalationPath): CompactEvent[] {
  assertOpenOn(compact, null);
  const levels = validateEscalationLevels(data.levels);
  if (typeof data.note !== 'string' || data.note.trim() === '') {
    throw new DomainRuleViolation('escalation-path-note-required', 'an escalation path needs a note saying where it comes from or what changed');
  }
  assertCalendarDate(data.effectiveOn, 'the date the escalation path takes effect');
  const current = compact.escalationPath;
  if (current && data.effectiveOn < current.effectiveOn) {
    throw new DomainRuleViolation(
      'escalation-path-dated-before-previous',
      `the escalation path cannot take effect on ${data.effectiveOn}, before the current one (${current.effectiveOn})`,
    );
  }
  if (current && sameEscalationLevels(current.levels, levels)) {
    throw new DomainRuleViolation('escalation-path-unchanged', 'the compact already has this escalation path');
  }
  return [{ type: 'EscalationPathDefined', data: { levels, note: data.note, effectiveOn: data.effectiveOn }, effectiveAt: data.effectiveOn }];
}

/** Adds CompactCameIntoForce when the events complete the all-partners-signed rule. */
function withInForce(compact: Compact, events: CompactEvent[], completedBy: Parameters<typeof comingIntoForce>[1]): CompactEvent[] {
  const after = events.reduce(evolveCompact, compact as CompactState);
  if (after.kind === 'none') return events;
  const cameIntoForce = comingIntoForce(after, completedBy);
  return cameIntoForce ? [...events, cameIntoForce] : events;
}
