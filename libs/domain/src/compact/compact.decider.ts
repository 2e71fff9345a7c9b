import { assertNever, type Decider, DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import { applyAmendment, validateDescribedChanges } from './amendments';
import { isCalendarDate } from './calendar-dates';
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
  RecordEndorsementRequest,
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
import { datedFacts } from './consistency';
import { decideCorrections } from './corrections';
import { assertEndorsementConsistent, assertMeetingAfterVersion } from './endorsements';
import { sameEscalationLevels, validateEscalationLevels } from './escalation-path';
import { factIds } from './fact-ids';
import { comingIntoForce } from './in-force';
import { certainlyBefore, certainlyOnOrBefore, describeDate, type PaperDate, readOptionalPaperDate, readPaperDate } from './paper-date';
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
  type Representative,
} from './partners';
import { assertLeavingBasis, assertReferencesHold } from './references';
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
    case 'RecordEndorsementRequest':
      return recordEndorsementRequest(compact, command);
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
    case 'CorrectFacts':
      return decideCorrections(compact, command.data.corrections, command.data.references);
    default:
      return assertNever(command);
  }
}

/** The envelope's effectiveAt: the date's value at its precision, left off for a date not given. */
const at = (date: PaperDate) => (date.value === null ? {} : { effectiveAt: date.value });

// ---------------------------------------------------------------- versions

function publishVersion(compact: Compact, { data }: PublishVersion, hash: HashVersionContent): CompactVersionPublished {
  const { label, dated, note } = assertNextVersion(compact, data);
  const sections = data.sections === null ? null : validateSections(data.sections);
  const current = currentVersion(compact);
  if (sections !== null && current?.sections && sameSections(current.sections, sections)) {
    throw new DomainRuleViolation('version-changes-nothing', `version ${label} has the same sections as version ${current.label}`);
  }
  const describedChanges = data.describedChanges ? validateDescribedChanges(data.describedChanges) : null;
  if (describedChanges) {
    const amended = compact.versions.find((v) => sameVersionLabel(v.label, normaliseVersionLabel(describedChanges.amends)));
    if (!amended) throw new DomainRuleViolation('version-not-found', `the note says version ${label} amends ${describedChanges.amends}, which this compact does not have`);
    describedChanges.amends = amended.label;
  }
  return versionPublished(compact, data.factId, label, note, dated, sections, null, describedChanges, hash);
}

function publishAmendment(compact: Compact, { data }: PublishAmendment, hash: HashVersionContent): CompactVersionPublished {
  const current = currentVersion(compact);
  if (!current) throw new DomainRuleViolation('no-version-to-amend', 'the compact has no version yet to amend; publish a first version');
  if (current.sections === null) {
    throw new DomainRuleViolation('version-text-not-recorded', `the ledger does not hold the text of version ${current.label}; publish the next version's whole text`);
  }
  const { label, dated, note } = assertNextVersion(compact, data);
  const { sections, summary } = applyAmendment(current.sections, {
    replace: data.replace ?? [],
    add: data.add ?? [],
    remove: data.remove ?? [],
    replacePhrases: data.replacePhrases ?? [],
  });
  return versionPublished(compact, data.factId, label, note, dated, sections, { amends: current.label, ...summary }, null, hash);
}

/** Checks label, note and date of the next version; returns them as the record holds them. */
function assertNextVersion(compact: Compact, data: { label: string; note: string | null; dated: unknown }): { label: string; dated: PaperDate; note: string | null } {
  const label = normaliseVersionLabel(data.label);
  const dated = readPaperDate(data.dated, `the date of version ${label}`);
  const first = compact.versions.length === 0;
  const note = data.note ?? null;
  if (!(first && note === null) && (typeof note !== 'string' || note.trim() === '')) {
    throw new DomainRuleViolation('version-note-required', `version ${label} needs a note saying what changed and why (only a first version the paper gives no note may have none)`);
  }
  assertOpenOn(compact, dated);
  const current = currentVersion(compact);
  if (current && compareVersionLabels(label, current.label) <= 0) {
    throw new DomainRuleViolation('version-label-not-greater', `version ${label} must come after the current version ${current.label}`);
  }
  if (current && certainlyBefore(dated, current.dated)) {
    throw new DomainRuleViolation('version-dated-before-previous', `version ${label} is dated ${describeDate(dated)}, before version ${current.label} (${describeDate(current.dated)})`);
  }
  if (current) {
    // From its date the new version is the one partners sign and that comes into force: the current one's facts must be earlier.
    const signature = compact.signatures.find((s) => s.versionLabel === current.label && certainlyOnOrBefore(dated, s.signedOn));
    if (signature) {
      throw new DomainRuleViolation(
        'version-dated-before-signature',
        `${nameOf(compact.partners, signature.organisationId)} signed version ${current.label} on ${describeDate(signature.signedOn)}, so version ${label} cannot be dated ${describeDate(dated)}`,
      );
    }
    const inForce = compact.inForce.find((r) => r.versionLabel === current.label && certainlyOnOrBefore(dated, r.effectiveOn));
    if (inForce) {
      throw new DomainRuleViolation(
        'version-dated-before-in-force',
        `version ${current.label} came into force on ${describeDate(inForce.effectiveOn)}, so version ${label} cannot be dated ${describeDate(dated)}`,
      );
    }
  }
  return { label, dated, note };
}

function versionPublished(
  compact: Compact,
  factId: string | undefined,
  label: string,
  note: string | null,
  dated: PaperDate,
  sections: Section[] | null,
  amendment: CompactVersionPublished['data']['amendment'],
  describedChanges: CompactVersionPublished['data']['describedChanges'],
  hash: HashVersionContent,
): CompactVersionPublished {
  const id = factId ?? factIds.version(label);
  assertNewFactId(compact, id);
  return {
    type: 'CompactVersionPublished',
    data: { factId: id, label, note, dated, sections, contentHash: sections === null ? null : hash({ label, sections }), amendment, describedChanges },
    ...at(dated),
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
  if (Object.hasOwn(compact.facts, factId)) throw new DomainRuleViolation('fact-id-already-used', `fact id ${factId} is already used in this compact`);
}

function admitPartner(compact: Compact, { data }: AdmitPartner): CompactEvent[] {
  assertNewFactId(compact, data.factId);
  assertOrganisationSlug(data.organisationId);
  if (typeof data.name !== 'string' || data.name.trim() === '') throw new DomainRuleViolation('partner-name-required', `${data.organisationId} needs a name`);
  assertOrganisationType(data.organisationType);
  if (data.lead !== null) assertRepresentative(data.lead, `named lead of ${data.name}`);
  if (data.deputy !== null) assertRepresentative(data.deputy, `named deputy of ${data.name}`);
  const effectiveOn = readPaperDate(data.effectiveOn, `the date ${data.name} joins`);
  assertOpenOn(compact, effectiveOn);
  const existing = partnerNamed(compact.partners, data.organisationId);
  if (existing && isCurrentMember(existing)) {
    throw new DomainRuleViolation('partner-already-member', `${existing.name} is already a partner of this compact`);
  }
  const lastLeft = existing?.memberships[existing.memberships.length - 1]?.until;
  if (lastLeft && certainlyBefore(effectiveOn, lastLeft)) {
    throw new DomainRuleViolation('readmission-before-departure', `${existing.name} left on ${describeDate(lastLeft)}; it cannot be admitted again from ${describeDate(effectiveOn)}`);
  }
  const { factId, organisationId, name, organisationType, lead, deputy } = data;
  return [
    {
      type: 'PartnerAdmitted',
      data: { factId, organisationId, name, organisationType, lead: lead ? person(lead) : null, deputy: deputy ? person(deputy) : null, effectiveOn },
      ...at(effectiveOn),
    },
  ];
}

function changeRepresentatives(compact: Compact, { data }: ChangeRepresentatives): CompactEvent[] {
  const partner = assertCurrentMember(compact.partners, data.organisationId);
  if (data.lead !== null) assertRepresentative(data.lead, `named lead of ${partner.name}`);
  if (data.deputy !== null) assertRepresentative(data.deputy, `named deputy of ${partner.name}`);
  if (!isCalendarDate(data.effectiveOn)) {
    throw new DomainRuleViolation('invalid-date', `the date ${partner.name}'s representatives change must be a calendar date written YYYY-MM-DD, not ${JSON.stringify(data.effectiveOn)}`);
  }
  assertOpenOn(compact, data.effectiveOn);
  if (samePerson(partner.lead, data.lead) && samePerson(partner.deputy, data.deputy)) {
    throw new DomainRuleViolation('representatives-unchanged', `${partner.name}'s named lead and deputy are already ${partner.lead?.name ?? 'none'} and ${partner.deputy?.name ?? 'none'}`);
  }
  const { organisationId, lead, deputy, effectiveOn } = data;
  return [
    { type: 'PartnerRepresentativesChanged', data: { organisationId, lead: lead ? person(lead) : null, deputy: deputy ? person(deputy) : null, effectiveOn }, effectiveAt: effectiveOn },
  ];
}

/** Only a representative's name and role go into an event. */
function person({ name, role }: Representative): Representative {
  return { name, role: role ?? null };
}

function samePerson(a: Representative | null, b: Representative | null): boolean {
  return a === null || b === null ? a === b : a.name === b.name && (a.role ?? null) === (b.role ?? null);
}

/** Common checks for a partner leaving; returns the partner's name. */
function assertCanLeave(compact: Compact, organisationId: string, effectiveOn: PaperDate, reason: string): string {
  const partner = assertCurrentMember(compact.partners, organisationId);
  if (typeof reason !== 'string' || reason.trim() === '') throw new DomainRuleViolation('reason-required', `say why ${partner.name} leaves`);
  assertOpenOn(compact, effectiveOn);
  const period = currentMembership(partner);
  if (period && certainlyOnOrBefore(effectiveOn, period.from)) {
    throw new DomainRuleViolation('departure-before-admission', `${partner.name} joined on ${describeDate(period.from)}; it cannot leave on ${describeDate(effectiveOn)}`);
  }
  const later = compact.signatures.find((s) => s.organisationId === organisationId && certainlyOnOrBefore(effectiveOn, s.signedOn));
  if (later) {
    throw new DomainRuleViolation(
      'departure-before-signature',
      `${partner.name} signed version ${later.versionLabel} on ${describeDate(later.signedOn)}, so it cannot have left on ${describeDate(effectiveOn)}`,
    );
  }
  const endorsed = compact.endorsements.find((e) => e.organisationId === organisationId && certainlyOnOrBefore(effectiveOn, e.meetingDate));
  if (endorsed) {
    throw new DomainRuleViolation(
      'departure-before-endorsement',
      `${endorsed.boardName} of ${partner.name} met on version ${endorsed.versionLabel} on ${describeDate(endorsed.meetingDate)}, so ${partner.name} cannot have left on ${describeDate(effectiveOn)}`,
    );
  }
  return partner.name;
}

function withdrawPartner(compact: Compact, { data }: WithdrawPartner): CompactEvent[] {
  const name = nameOf(compact.partners, data.organisationId);
  const effectiveOn = readPaperDate(data.effectiveOn, `the date ${name} leaves`);
  assertCanLeave(compact, data.organisationId, effectiveOn, data.reason);
  const noticeGivenOn = readPaperDate(data.noticeGivenOn, `the date ${name} gave notice`);
  if (certainlyBefore(effectiveOn, noticeGivenOn)) {
    throw new DomainRuleViolation('withdrawal-before-notice', `${name}'s withdrawal cannot take effect (${describeDate(effectiveOn)}) before its notice (${describeDate(noticeGivenOn)})`);
  }
  const factId = data.factId ?? factIds.withdrawal(data.organisationId, effectiveOn);
  assertNewFactId(compact, factId);
  const { organisationId, reason } = data;
  return withInForce(compact, [{ type: 'PartnerWithdrawn', data: { factId, organisationId, noticeGivenOn, effectiveOn, reason }, ...at(effectiveOn) }], {
    kind: 'departure',
    organisationId,
    effectiveOn,
  });
}

function askPartnerToLeave(compact: Compact, { data }: AskPartnerToLeave): CompactEvent[] {
  const name = nameOf(compact.partners, data.organisationId);
  const effectiveOn = readPaperDate(data.effectiveOn, `the date ${name} leaves`);
  assertCanLeave(compact, data.organisationId, effectiveOn, data.reason);
  assertLeavingBasis(data.basis, name);
  const basis = { kind: data.basis.kind, reference: data.basis.reference };
  assertReferencesHold({ basis, organisationId: data.organisationId, effectiveOn }, compact, data.references);
  const factId = data.factId ?? factIds.askedToLeave(data.organisationId, effectiveOn);
  assertNewFactId(compact, factId);
  const { organisationId, reason } = data;
  return withInForce(compact, [{ type: 'PartnerAskedToLeave', data: { factId, organisationId, reason, basis, effectiveOn }, ...at(effectiveOn) }], {
    kind: 'departure',
    organisationId,
    effectiveOn,
  });
}

// ---------------------------------------------------------------- endorsements and signatures

function optionalText(value: unknown, what: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') throw new DomainRuleViolation('assumption-invalid', `${what} must be words, or null`);
  return value;
}

function recordBoardEndorsement(compact: Compact, { data }: RecordBoardEndorsement): CompactEvent[] {
  assertNewFactId(compact, data.factId);
  const { version } = findVersion(compact, data.versionLabel);
  if (typeof data.boardName !== 'string' || data.boardName.trim() === '') {
    throw new DomainRuleViolation('board-name-required', 'an endorsement must name the board that met');
  }
  const concerns = (data.concerns ?? []).map((c) => ({ concern: c.concern, response: c.response ?? null }));
  assertEndorsementConsistent(data.outcome, concerns);
  const meetingDate = readPaperDate(data.meetingDate, `the date the ${data.boardName} met`);
  assertMemberOn(compact.partners, data.organisationId, meetingDate);
  assertMeetingAfterVersion(version, meetingDate, data.boardName);
  assertOpenOn(compact, meetingDate);
  return [
    {
      type: 'BoardEndorsementRecorded',
      data: {
        factId: data.factId,
        organisationId: data.organisationId,
        versionLabel: version.label,
        contentHash: version.contentHash,
        boardName: data.boardName,
        meetingDate,
        outcome: data.outcome,
        concerns,
        reason: data.reason ?? null,
        assumption: optionalText(data.assumption, 'what the ledger assumed'),
      },
      ...at(meetingDate),
    },
  ];
}

function recordEndorsementRequest(compact: Compact, { data }: RecordEndorsementRequest): CompactEvent[] {
  assertNewFactId(compact, data.factId);
  const { version } = findVersion(compact, data.versionLabel);
  if (typeof data.boardName !== 'string' || data.boardName.trim() === '') {
    throw new DomainRuleViolation('board-name-required', 'a request to endorse must name the board asked');
  }
  if (typeof data.asked !== 'string' || data.asked.trim() === '') {
    throw new DomainRuleViolation('endorsement-request-asked-required', 'say what the board was asked, in the paper\'s words');
  }
  const meetingDate = readPaperDate(data.meetingDate, `the date the ${data.boardName} was asked`);
  if (data.organisationId !== null) assertMemberOn(compact.partners, data.organisationId, meetingDate);
  assertMeetingAfterVersion(version, meetingDate, data.boardName);
  assertOpenOn(compact, meetingDate);
  return [
    {
      type: 'EndorsementRequested',
      data: {
        factId: data.factId,
        organisationId: data.organisationId ?? null,
        versionLabel: version.label,
        contentHash: version.contentHash,
        boardName: data.boardName,
        meetingDate,
        asked: data.asked,
        assumption: optionalText(data.assumption, 'what the ledger assumed'),
      },
      ...at(meetingDate),
    },
  ];
}

function signVersion(compact: Compact, { data }: SignVersion): CompactEvent[] {
  assertNewFactId(compact, data.factId);
  const { version, index } = findVersion(compact, data.versionLabel);
  if (version.contentHash === null) {
    throw new DomainRuleViolation('version-text-not-recorded', `the ledger does not hold the text of version ${version.label}; a signature names the hash of the text signed`);
  }
  if (data.contentHash !== version.contentHash) {
    throw new DomainRuleViolation(
      'signature-hash-mismatch',
      `the text signed (hash ${data.contentHash}) is not version ${version.label} (hash ${version.contentHash}); the signatory must sign the version as published`,
    );
  }
  assertRepresentative(data.signatory, 'signatory');
  assertSignifies(data.signifies);
  const signedOn = readPaperDate(data.signedOn, 'the date on the signature');
  const partner = assertMemberOn(compact.partners, data.organisationId, signedOn);
  const already = compact.signatures.find((s) => s.organisationId === data.organisationId && s.versionLabel === version.label);
  if (already) {
    throw new DomainRuleViolation(
      'partner-already-signed',
      `${partner.name} has already signed version ${version.label} (${already.signatory.name}, ${describeDate(already.signedOn)})`,
    );
  }
  assertSignatureDateWithinVersion(compact.versions, index, signedOn, partner.name);
  assertOpenOn(compact, signedOn);
  const signed: CompactEvent = {
    type: 'PartnerSigned',
    data: {
      factId: data.factId,
      organisationId: data.organisationId,
      versionLabel: version.label,
      contentHash: version.contentHash,
      signatory: person(data.signatory),
      signedOn,
      signifies: [...data.signifies],
      assumption: optionalText(data.assumption, 'what the ledger assumed'),
    },
    ...at(signedOn),
  };
  return withInForce(compact, [signed], { kind: 'signature', factId: data.factId });
}

// ---------------------------------------------------------------- term, coming into force, closure

function setTerm(compact: Compact, { data }: SetTerm): CompactEvent[] {
  assertOpenOn(compact, null);
  const term = {
    inForceRule: data.inForceRule,
    effectiveFrom: readOptionalPaperDate(data.effectiveFrom, 'the date the term runs from'),
    expiresOn: readOptionalPaperDate(data.expiresOn, 'the expiry date'),
    refreshDueBy: readOptionalPaperDate(data.refreshDueBy, 'the refresh due date'),
    durationMonths: data.durationMonths ?? null,
    decisionReference: data.decisionReference ?? null,
  };
  validateTerm(term);
  const { decisionReference: _a, factId: _f, ...now } = compact.term;
  const { decisionReference: _b, ...wanted } = term;
  if (JSON.stringify(now) === JSON.stringify(wanted)) throw new DomainRuleViolation('term-unchanged', 'the compact already has this term');
  assertReferencesHold({ decisionReference: term.decisionReference }, compact, data.references);
  const factId = data.factId ?? factIds.term(compact.terms.length + 1);
  assertNewFactId(compact, factId);
  return withInForce(compact, [{ type: 'CompactTermSet', data: { factId, ...term } }], { kind: 'rule-set' });
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
  const effectiveOn = readPaperDate(data.effectiveOn, 'the date the compact came into force');
  if (certainlyBefore(effectiveOn, version.dated)) {
    throw new DomainRuleViolation('in-force-before-version', `version ${version.label} is dated ${describeDate(version.dated)}; it cannot have come into force on ${describeDate(effectiveOn)}`);
  }
  const previous = compact.inForce[compact.inForce.length - 1];
  if (previous && certainlyBefore(effectiveOn, previous.effectiveOn)) {
    throw new DomainRuleViolation(
      'in-force-before-previous',
      `version ${previous.versionLabel} came into force on ${describeDate(previous.effectiveOn)}; version ${version.label} cannot come into force before it`,
    );
  }
  assertOpenOn(compact, effectiveOn);
  assertReferencesHold({ decisionReference: data.decisionReference, effectiveOn }, compact, data.references);
  const factId = data.factId ?? factIds.inForce(version.label);
  assertNewFactId(compact, factId);
  return [
    {
      type: 'CompactCameIntoForce',
      data: {
        factId,
        versionLabel: version.label,
        contentHash: version.contentHash,
        effectiveOn,
        rule: 'explicit-decision',
        decisionReference: data.decisionReference,
        signatureFactIds: [],
        completedBy: null,
      },
      ...at(effectiveOn),
    },
  ];
}

/** A closure is refused on or before any dated fact the ledger holds, as each of those is refused on or after a closure (assertOpenOn). */
function assertClosureAfterRecordedFacts(compact: Compact, effectiveOn: PaperDate, closure: string): void {
  const fact = datedFacts(compact).find((f) => certainlyOnOrBefore(effectiveOn, f.date));
  if (fact) {
    throw new DomainRuleViolation('closure-before-recorded-facts', `${fact.what} on ${describeDate(fact.date)}, so the compact cannot have been ${closure} on ${describeDate(effectiveOn)}`);
  }
}

function terminate(compact: Compact, { data }: TerminateCompact): CompactEvent[] {
  if (compact.closure?.kind === 'terminated') {
    throw new DomainRuleViolation('compact-already-terminated', `the compact was already terminated on ${describeDate(compact.closure.effectiveOn)}`);
  }
  assertOpenOn(compact, null);
  const effectiveOn = readPaperDate(data.effectiveOn, 'the date of termination');
  if (typeof data.reason !== 'string' || data.reason.trim() === '') throw new DomainRuleViolation('reason-required', 'say why the compact is terminated');
  assertClosureAfterRecordedFacts(compact, effectiveOn, 'terminated');
  const decisionReference = data.decisionReference ?? null;
  assertReferencesHold({ decisionReference, effectiveOn }, compact, data.references);
  const factId = data.factId ?? factIds.termination();
  assertNewFactId(compact, factId);
  return [{ type: 'CompactTerminated', data: { factId, effectiveOn, reason: data.reason, decisionReference }, ...at(effectiveOn) }];
}

function recordSuperseded(compact: Compact, { data }: RecordSuperseded): CompactEvent[] {
  if (compact.closure?.kind === 'superseded') {
    throw new DomainRuleViolation(
      'compact-already-superseded',
      `the compact was already superseded by ${compact.closure.successorCompactId} on ${describeDate(compact.closure.effectiveOn)}`,
    );
  }
  assertOpenOn(compact, null);
  if (typeof data.successorCompactId !== 'string' || data.successorCompactId.trim() === '') {
    throw new DomainRuleViolation('successor-required', 'name the compact that supersedes this one');
  }
  if (data.successorCompactId === compact.compactId) throw new DomainRuleViolation('successor-is-this-compact', 'a compact cannot supersede itself');
  const effectiveOn = readPaperDate(data.effectiveOn, 'the date the compact was superseded');
  assertClosureAfterRecordedFacts(compact, effectiveOn, 'superseded');
  const decisionReference = data.decisionReference ?? null;
  assertReferencesHold({ decisionReference, effectiveOn, successorCompactId: data.successorCompactId }, compact, data.references);
  const factId = data.factId ?? factIds.supersession();
  assertNewFactId(compact, factId);
  return [
    {
      type: 'CompactSuperseded',
      data: { factId, successorCompactId: data.successorCompactId, effectiveOn, reason: data.reason ?? '', decisionReference },
      ...at(effectiveOn),
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
  const effectiveOn = readPaperDate(data.effectiveOn, 'the date the escalation path takes effect');
  const current = compact.escalationPath;
  if (current && certainlyBefore(effectiveOn, current.effectiveOn)) {
    throw new DomainRuleViolation(
      'escalation-path-dated-before-previous',
      `the escalation path cannot take effect on ${describeDate(effectiveOn)}, before the current one (${describeDate(current.effectiveOn)})`,
    );
  }
  if (current && sameEscalationLevels(current.levels, levels)) {
    throw new DomainRuleViolation('escalation-path-unchanged', 'the compact already has this escalation path');
  }
  const factId = data.factId ?? factIds.escalationPath(compact.escalationPaths.length + 1);
  assertNewFactId(compact, factId);
  return [{ type: 'EscalationPathDefined', data: { factId, levels, note: data.note, effectiveOn }, ...at(effectiveOn) }];
}

/** Adds CompactCameIntoForce when the events complete the all-partners-signed rule. */
function withInForce(compact: Compact, events: CompactEvent[], completedBy: Parameters<typeof comingIntoForce>[1]): CompactEvent[] {
  const after = events.reduce(evolveCompact, compact as CompactState);
  if (after.kind === 'none') return events;
  const cameIntoForce = comingIntoForce(after, completedBy);
  return cameIntoForce ? [...events, cameIntoForce] : events;
}
