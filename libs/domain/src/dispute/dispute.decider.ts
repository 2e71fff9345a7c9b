import { assertCalendarDate } from '../compact/calendar-dates';
import { certainlyBefore, describeDate } from '../compact/paper-date';
import { escalationLevel, validateEscalationLevels } from '../compact/escalation-path';
import { assertOrganisationSlug } from '../compact/partners';
import { assertSectionNumber, sameSectionNumber } from '../compact/sections';
import { COMPACT_STATUSES } from '../compact/status-at-date';
import { assertNever, type Decider, DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import type {
  AgreeIndependentChair,
  AppointMediator,
  DisputeCommand,
  DisputeSubject,
  EscalateDispute,
  RaiseDispute,
  ResolveDispute,
  RespondToDispute,
  SubmitDisputeEvidence,
  WithdrawDispute,
} from './dispute.commands';
import type { DisputeEvent, DisputeRaised } from './dispute.events';
import { disputeEventCodec } from './dispute.codec';
import { evolveDispute } from './dispute.evolve';
import { type Dispute, type DisputeState, disputeParties, initialDisputeState } from './dispute.state';

export type DisputeDecider = Decider<DisputeCommand, DisputeEvent, DisputeState>;

/** The dispute's decider. It needs nothing from outside: the compact's part comes in RaiseDispute. */
export const disputeDecider: DisputeDecider = {
  initialState: initialDisputeState,
  evolve: evolveDispute,
  decide: decideDispute,
  decode: disputeEventCodec.decode,
};

export function decideDispute(command: DisputeCommand, state: DisputeState): DisputeEvent[] {
  if (command.type === 'RaiseDispute') {
    if (state.kind !== 'none') throw new DomainRuleViolation('dispute-already-raised', `dispute ${state.disputeId} has already been raised`);
    return [raiseDispute(command)];
  }
  if (state.kind === 'none') throw new NotFoundInDomain('no dispute has been raised in this stream');
  const dispute = state;
  if (dispute.kind !== 'open') {
    const closedOn = dispute.resolution?.resolvedOn ?? dispute.withdrawal?.withdrawnOn;
    throw new DomainRuleViolation('dispute-closed', `the dispute was ${dispute.kind} on ${closedOn}; nothing more can be recorded on it`);
  }
  switch (command.type) {
    case 'RespondToDispute':
      return respond(dispute, command);
    case 'AppointMediator':
      return appointMediator(dispute, command);
    case 'EscalateDispute':
      return escalate(dispute, command);
    case 'AgreeIndependentChair':
      return agreeIndependentChair(dispute, command);
    case 'ResolveDispute':
      return resolve(dispute, command);
    case 'WithdrawDispute':
      return withdraw(dispute, command);
    case 'SubmitDisputeEvidence':
      return submitEvidence(dispute, command);
    default:
      return assertNever(command);
  }
}

// ---------------------------------------------------------------- raising

function raiseDispute({ data }: RaiseDispute): DisputeRaised {
  if (typeof data.disputeId !== 'string' || data.disputeId.trim() === '')
    throw new DomainRuleViolation('dispute-id-required', 'the command must carry the new dispute id');
  assertCalendarDate(data.raisedOn, 'the date the dispute was raised');
  const { compact } = data;
  if (!compact || typeof compact.compactId !== 'string' || compact.compactId.trim() === '') {
    throw new DomainRuleViolation('compact-id-required', 'a dispute must name the compact it is raised under');
  }
  const title = compact.compactTitle;
  if (!(COMPACT_STATUSES as readonly string[]).includes(compact.compactStatus)) {
    throw new DomainRuleViolation('compact-status-unknown', `${JSON.stringify(compact.compactStatus)} is not a compact status`);
  }
  if (compact.compactStatus === 'terminated' || compact.compactStatus === 'superseded') {
    throw new DomainRuleViolation('compact-closed', `${title} was ${compact.compactStatus} by ${data.raisedOn}; no dispute can be raised under it`);
  }
  if (compact.compactStatus === 'expired')
    throw new DomainRuleViolation('compact-expired', `${title} had expired by ${data.raisedOn}; no dispute can be raised under it`);
  const version = compact.version;
  if (version === null || compact.compactStatus === 'draft') {
    throw new DomainRuleViolation('compact-has-no-published-version', `${title} had no published version on ${data.raisedOn}; there is nothing yet to dispute`);
  }
  if (compact.escalationPath === null) {
    throw new DomainRuleViolation('compact-has-no-escalation-path', `${title} has no escalation path; define one before a dispute is raised under it`);
  }
  const levels = validateEscalationLevels(compact.escalationPath.levels);
  // A path dated only to a span (the text it is in is undated) is refused only when it certainly took effect later.
  if (certainlyBefore(data.raisedOn, compact.escalationPath.effectiveOn)) {
    throw new DomainRuleViolation(
      'dispute-raised-before-escalation-path',
      `the escalation path of ${title} took effect on ${describeDate(compact.escalationPath.effectiveOn)}, after ${data.raisedOn}`,
    );
  }

  assertOrganisationSlug(data.raisedBy);
  if (!Array.isArray(data.against) || data.against.length === 0) {
    throw new DomainRuleViolation('dispute-respondent-required', 'a dispute is raised against at least one partner');
  }
  data.against.forEach((organisationId, i) => {
    assertOrganisationSlug(organisationId);
    if (organisationId === data.raisedBy) throw new DomainRuleViolation('dispute-against-self', `${organisationId} cannot raise a dispute against itself`);
    if (data.against.indexOf(organisationId) !== i)
      throw new DomainRuleViolation('dispute-respondent-repeated', `${organisationId} is named twice among those the dispute is against`);
  });
  for (const organisationId of [data.raisedBy, ...data.against]) {
    if (!compact.members.includes(organisationId))
      throw new DomainRuleViolation('partner-not-member', `${organisationId} was not a partner of ${title} on ${data.raisedOn}`);
  }
  const about = validateSubjects(data.about, version.sections, version.label);
  if (typeof data.summary !== 'string' || data.summary.trim() === '')
    throw new DomainRuleViolation('dispute-summary-required', 'say in a summary what the dispute is about');

  return {
    type: 'DisputeRaised',
    data: {
      disputeId: data.disputeId,
      compact: { compactId: compact.compactId, compactTitle: compact.compactTitle, versionLabel: version.label, contentHash: version.contentHash },
      escalationPath: { levels, note: compact.escalationPath.note, effectiveOn: compact.escalationPath.effectiveOn },
      raisedBy: data.raisedBy,
      against: [...data.against],
      about,
      summary: data.summary,
      raisedOn: data.raisedOn,
      level: 1,
    },
    effectiveAt: data.raisedOn,
  };
}

/**
 * At least one subject, none twice; each names a section of the version current when raised
 * (`dispute-section-not-found`), and a commitment names one of its commitments, by reference
 * (`Commitment 3`) or with its heading (`Commitment 3: One Plan: Joint Strategic Planning`)
 * (`dispute-commitment-not-found`). Each is kept as the section's own reference.
 */
function validateSubjects(about: DisputeSubject[], sections: Array<{ number: string; heading: string | null }>, versionLabel: string): DisputeSubject[] {
  if (!Array.isArray(about) || about.length === 0) {
    throw new DomainRuleViolation('dispute-subject-required', 'name at least one section or commitment the dispute is about');
  }
  const subjects = about.map((subject): DisputeSubject => {
    if (subject?.kind === 'section') {
      assertSectionNumber(subject.ref);
      const section = sections.find((s) => sameSectionNumber(s.number, subject.ref));
      if (!section) throw new DomainRuleViolation('dispute-section-not-found', `section ${subject.ref} is not in version ${versionLabel} of the compact`);
      return { kind: 'section', ref: section.number };
    }
    if (subject?.kind === 'commitment' && typeof subject.ref === 'string' && subject.ref.trim() !== '') {
      const commitment = findCommitment(sections, subject.ref);
      if (!commitment) {
        const commitments = sections.filter((s) => COMMITMENT.test(s.number)).map((s) => s.number);
        throw new DomainRuleViolation(
          'dispute-commitment-not-found',
          `"${subject.ref}" is not a commitment of version ${versionLabel} of the compact (${commitments.length > 0 ? `its commitments: ${commitments.join(', ')}` : 'it has none'})`,
        );
      }
      return { kind: 'commitment', ref: commitment.number };
    }
    throw new DomainRuleViolation(
      'dispute-subject-invalid',
      `${JSON.stringify(subject)} is neither a section ({ kind: 'section', ref: '2.4' }) nor a named commitment`,
    );
  });
  subjects.forEach((subject, i) => {
    const same = (other: DisputeSubject) => other.kind === subject.kind && sameSectionNumber(other.ref, subject.ref);
    if (subjects.findIndex(same) !== i) throw new DomainRuleViolation('dispute-subject-repeated', `${subject.kind} ${subject.ref} is named twice`);
  });
  return subjects;
}

const COMMITMENT = /^commitment\s+\S+$/i;

/** `Commitment 3`, or `Commitment 3: <its heading>`; a heading that is not the commitment's names none. */
function findCommitment(sections: Array<{ number: string; heading: string | null }>, ref: string) {
  const [number, ...rest] = ref.split(':');
  const heading = rest.join(':').trim();
  const section = sections.find((s) => COMMITMENT.test(s.number) && sameSectionNumber(s.number, number.trim()));
  if (!section) return undefined;
  if (heading !== '' && (section.heading ?? '').trim().toLowerCase().replace(/\s+/g, ' ') !== heading.toLowerCase().replace(/\s+/g, ' ')) return undefined;
  return section;
}

// ---------------------------------------------------------------- steps

/** A step's date: a real calendar date, not before the dispute's latest step. */
function assertStepDate(dispute: Dispute, date: unknown, what: string): asserts date is string {
  assertCalendarDate(date, what);
  if (date < dispute.lastStepOn) {
    throw new DomainRuleViolation('steps-in-date-order', `${what} (${date}) cannot be before the dispute's latest step, dated ${dispute.lastStepOn}`);
  }
}

function assertText(value: unknown, rule: string, message: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainRuleViolation(rule, message);
}

function assertParty(dispute: Dispute, organisationId: string, what: string): void {
  if (!disputeParties(dispute).includes(organisationId)) {
    throw new DomainRuleViolation('not-a-party', `${what}: ${organisationId} is not a party to the dispute (parties: ${disputeParties(dispute).join(', ')})`);
  }
}

/** Every name is a party and every party is named; returns the parties in dispute order. */
function assertAgreedByEveryParty(dispute: Dispute, agreedBy: string[], what: string): string[] {
  const parties = disputeParties(dispute);
  if (!Array.isArray(agreedBy)) throw new DomainRuleViolation('not-agreed-by-every-party', `${what} must be agreed by every party: ${parties.join(', ')}`);
  for (const organisationId of agreedBy) assertParty(dispute, organisationId, what);
  const missing = parties.filter((party) => !agreedBy.includes(party));
  if (missing.length > 0) throw new DomainRuleViolation('not-agreed-by-every-party', `${what} must be agreed by every party; not by ${missing.join(', ')}`);
  return parties;
}

function currentLevelOf(dispute: Dispute) {
  const level = escalationLevel(dispute.escalationPath.levels, dispute.currentLevel);
  if (!level) throw new Error(`dispute ${dispute.disputeId} is at level ${dispute.currentLevel}, which its path does not have`);
  return level;
}

function respond(dispute: Dispute, { data }: RespondToDispute): DisputeEvent[] {
  assertStepDate(dispute, data.respondedOn, 'the date of the response');
  if (!dispute.against.includes(data.respondent)) {
    throw new DomainRuleViolation('not-a-respondent', `${data.respondent} is not one the dispute was raised against (${dispute.against.join(', ')})`);
  }
  assertText(data.response, 'dispute-response-required', 'a response must say something');
  const { respondent, response, respondedOn } = data;
  return [{ type: 'DisputeResponded', data: { respondent, response, respondedOn, level: dispute.currentLevel }, effectiveAt: respondedOn }];
}

function appointMediator(dispute: Dispute, { data }: AppointMediator): DisputeEvent[] {
  assertStepDate(dispute, data.appointedOn, 'the date of the appointment');
  if (data.level !== dispute.currentLevel) {
    throw new DomainRuleViolation(
      'mediator-level-not-current',
      `mediators are appointed at the dispute's current level (${dispute.currentLevel}), not at level ${data.level}`,
    );
  }
  const level = currentLevelOf(dispute);
  if (!level.mediation)
    throw new DomainRuleViolation('mediation-not-at-this-level', `level ${level.level} (${level.name}) of the escalation path does not provide for mediation`);
  const mediator = data.mediator;
  if (!mediator || [mediator.subject, mediator.name, mediator.role].some((field) => typeof field !== 'string' || field.trim() === '')) {
    throw new DomainRuleViolation('mediator-incomplete', 'a mediator needs a subject (their identity), a name and a role');
  }
  if (mediator.organisation !== null) assertOrganisationSlug(mediator.organisation);
  const already = dispute.mediators.find((m) => m.level === level.level && m.subject === mediator.subject);
  if (already)
    throw new DomainRuleViolation(
      'mediator-already-appointed',
      `${already.name} was already appointed mediator at level ${level.level} on ${already.appointedOn}`,
    );
  const { subject, name, role, organisation } = mediator;
  return [
    {
      type: 'MediatorAppointed',
      data: { level: level.level, mediator: { subject, name, role, organisation }, appointedOn: data.appointedOn },
      effectiveAt: data.appointedOn,
    },
  ];
}

function escalate(dispute: Dispute, { data }: EscalateDispute): DisputeEvent[] {
  assertStepDate(dispute, data.escalatedOn, 'the date of the escalation');
  const { toLevel } = data;
  const last = dispute.escalationPath.levels.length;
  if (!Number.isInteger(toLevel)) throw new DomainRuleViolation('escalation-level-invalid', `${JSON.stringify(toLevel)} is not a level number`);
  if (toLevel <= dispute.currentLevel) {
    throw new DomainRuleViolation(
      'escalation-not-upward',
      `the dispute is already at level ${dispute.currentLevel}; it can only move up, to level ${dispute.currentLevel + 1}`,
    );
  }
  if (toLevel > last) {
    throw new DomainRuleViolation(
      'no-further-level',
      dispute.currentLevel === last
        ? `the dispute is at the last level (${last}) of its escalation path; there is no further level`
        : `the escalation path has ${last} levels; there is no level ${toLevel}`,
    );
  }
  if (toLevel !== dispute.currentLevel + 1) {
    throw new DomainRuleViolation(
      'level-may-not-be-skipped',
      `the dispute is at level ${dispute.currentLevel}; it moves up one level at a time, to level ${dispute.currentLevel + 1}, not ${toLevel}`,
    );
  }
  assertText(data.reason, 'escalation-reason-required', 'an escalation must say why');
  const requestedBy = data.requestedBy ?? null;
  if (requestedBy !== null) assertParty(dispute, requestedBy, 'the escalation was requested by a party');
  return [
    {
      type: 'DisputeEscalated',
      data: { fromLevel: dispute.currentLevel, toLevel, reason: data.reason, requestedBy, escalatedOn: data.escalatedOn },
      effectiveAt: data.escalatedOn,
    },
  ];
}

function agreeIndependentChair(dispute: Dispute, { data }: AgreeIndependentChair): DisputeEvent[] {
  assertStepDate(dispute, data.agreedOn, 'the date the independent chair was agreed');
  const level = currentLevelOf(dispute);
  if (!level.independentChair) {
    throw new DomainRuleViolation(
      'independent-chair-not-at-this-level',
      `level ${level.level} (${level.name}) of the escalation path has no independent chair`,
    );
  }
  if (dispute.independentChair?.level === level.level) {
    throw new DomainRuleViolation(
      'independent-chair-already-agreed',
      `${dispute.independentChair.chair.name} was already agreed as independent chair on ${dispute.independentChair.agreedOn}`,
    );
  }
  const chair = data.chair;
  if (!chair || typeof chair.name !== 'string' || chair.name.trim() === '')
    throw new DomainRuleViolation('independent-chair-incomplete', 'the independent chair needs a name');
  const organisation = chair.organisation ?? null;
  if (organisation !== null) {
    assertOrganisationSlug(organisation);
    if (disputeParties(dispute).includes(organisation)) {
      throw new DomainRuleViolation(
        'independent-chair-from-party',
        `${chair.name} comes from ${organisation}, a party to the dispute; the chair must be independent of the parties`,
      );
    }
  }
  const agreedBy = assertAgreedByEveryParty(dispute, data.agreedBy, 'the independent chair');
  return [
    {
      type: 'IndependentChairAgreed',
      data: { level: level.level, chair: { name: chair.name, organisation }, agreedBy, agreedOn: data.agreedOn },
      effectiveAt: data.agreedOn,
    },
  ];
}

function resolve(dispute: Dispute, { data }: ResolveDispute): DisputeEvent[] {
  assertStepDate(dispute, data.resolvedOn, 'the date of the resolution');
  assertText(data.terms, 'resolution-terms-required', 'a resolution must state the terms agreed');
  const agreedBy = assertAgreedByEveryParty(dispute, data.agreedBy, 'the resolution');
  const level = currentLevelOf(dispute);
  if (level.independentChair && dispute.independentChair?.level !== level.level) {
    throw new DomainRuleViolation(
      'independent-chair-not-agreed',
      `at level ${level.level} (${level.name}) the parties must agree an independent chair before the dispute is resolved`,
    );
  }
  return [{ type: 'DisputeResolved', data: { level: level.level, terms: data.terms, agreedBy, resolvedOn: data.resolvedOn }, effectiveAt: data.resolvedOn }];
}

function withdraw(dispute: Dispute, { data }: WithdrawDispute): DisputeEvent[] {
  assertStepDate(dispute, data.withdrawnOn, 'the date of the withdrawal');
  if (data.withdrawnBy !== dispute.raisedBy) {
    throw new DomainRuleViolation('only-raiser-may-withdraw', `only ${dispute.raisedBy}, which raised the dispute, may withdraw it; not ${data.withdrawnBy}`);
  }
  assertText(data.reason, 'withdrawal-reason-required', 'a withdrawal must say why');
  return [
    {
      type: 'DisputeWithdrawn',
      data: { level: dispute.currentLevel, withdrawnBy: data.withdrawnBy, reason: data.reason, withdrawnOn: data.withdrawnOn },
      effectiveAt: data.withdrawnOn,
    },
  ];
}

const SHA256 = /^[0-9a-f]{64}$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

function submitEvidence(dispute: Dispute, { data }: SubmitDisputeEvidence): DisputeEvent[] {
  assertStepDate(dispute, data.submittedOn, 'the date the evidence was submitted');
  assertText(data.evidenceId, 'evidence-id-required', 'the command must carry the new evidence id');
  const used = dispute.evidence.find((e) => e.evidenceId === data.evidenceId);
  if (used) throw new DomainRuleViolation('evidence-id-already-used', `evidence id ${data.evidenceId} is already used in this dispute (${used.file.filename})`);
  assertParty(dispute, data.submittedBy, 'evidence is submitted by a party');
  assertText(data.description, 'evidence-description-required', 'say what the evidence shows');
  const file = data.file;
  if (!file || typeof file.sha256 !== 'string' || !SHA256.test(file.sha256)) {
    throw new DomainRuleViolation('evidence-hash-invalid', `the file's SHA-256 must be 64 lower-case hex digits, not ${JSON.stringify(file?.sha256)}`);
  }
  assertText(file.filename, 'evidence-file-incomplete', 'the evidence file needs a filename');
  if (typeof file.mediaType !== 'string' || !MEDIA_TYPE.test(file.mediaType)) {
    throw new DomainRuleViolation('evidence-media-type-invalid', `${JSON.stringify(file.mediaType)} is not a media type such as application/pdf`);
  }
  if (!Number.isInteger(file.size) || file.size <= 0)
    throw new DomainRuleViolation('evidence-size-invalid', `the file's size must be a whole number of bytes above zero, not ${file.size}`);
  const { evidenceId, submittedBy, description, submittedOn } = data;
  return [
    {
      type: 'DisputeEvidenceSubmitted',
      data: {
        evidenceId,
        submittedBy,
        description,
        file: { sha256: file.sha256, filename: file.filename, mediaType: file.mediaType, size: file.size },
        submittedOn,
        level: dispute.currentLevel,
      },
      effectiveAt: submittedOn,
    },
  ];
}
