import { meetingEventCodec } from './meeting.codec';
import { VALUE_BASES, VALUE_DIRECTIONS } from '../board/terms-of-reference';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { assertCalendarDate, isCalendarDate } from '../compact/calendar-dates';
import { assertOrganisationSlug } from '../compact/partners';
import { COMPACT_STATUSES } from '../compact/status-at-date';
import { assertNever, type Decider, DomainRuleViolation, NotFoundInDomain } from '../shared/decider';
import {
  type AddAgendaItem,
  type ApproveMinutes,
  type BoardReservedMatter,
  ATTENDANCE_STATUSES,
  type CancelMeeting,
  type CirculateDraftMinutes,
  type CirculatePapers,
  type DeclareInterest,
  type DecisionConsequenceRequest,
  type DecisionDisputeSnapshot,
  type DecisionOutcome,
  type DecisionValue,
  INTEREST_HANDLINGS,
  INTEREST_NATURES,
  type MeetingCommand,
  type RecordDecision,
  type RecordMeetingHeld,
  type ScheduleMeeting,
} from './meeting.commands';
import type { DecisionConsequence, MeetingEvent, SeatAttendance } from './meeting.events';
import { evolveMeeting } from './meeting.evolve';
import { initialMeetingState, type Meeting, type MeetingState } from './meeting.state';
import { itemQuorum, meetingQuorum } from './quorum';

export interface MeetingDeciderDependencies {
  /** Working days for the notice rules: England's, from `@compact-ledger/working-days`, supplied by the application. */
  calendar: WorkingDayCalendar;
}

export type MeetingDecider = Decider<MeetingCommand, MeetingEvent, MeetingState>;

/** The meeting's decider, given the working-day calendar its notice rules count in. */
export function createMeetingDecider({ calendar }: MeetingDeciderDependencies): MeetingDecider {
  return {
    initialState: initialMeetingState,
    evolve: evolveMeeting,
    decide: (command, state) => decideMeeting(command, state, calendar),
    decode: meetingEventCodec.decode,
  };
}

export function decideMeeting(command: MeetingCommand, state: MeetingState, calendar: WorkingDayCalendar): MeetingEvent[] {
  if (command.type === 'ScheduleMeeting') {
    if (state.kind !== 'none')
      throw new DomainRuleViolation('meeting-already-scheduled', `meeting ${state.meetingId} (${state.title}) has already been scheduled`);
    return schedule(command, calendar);
  }
  if (state.kind === 'none') throw new NotFoundInDomain('no meeting has been scheduled in this stream');
  const meeting = state;
  if (meeting.kind === 'cancelled') {
    throw new DomainRuleViolation(
      'meeting-cancelled',
      `${meeting.title} was cancelled on ${meeting.cancellation?.cancelledOn}; nothing more can be recorded on it`,
    );
  }
  switch (command.type) {
    case 'CancelMeeting':
      return cancel(meeting, command);
    case 'AddAgendaItem':
      return addAgendaItem(meeting, command, calendar);
    case 'CirculatePapers':
      return circulatePapers(meeting, command, calendar);
    case 'RecordMeetingHeld':
      return recordHeld(meeting, command);
    case 'DeclareInterest':
      return declareInterest(meeting, command);
    case 'RecordDecision':
      return recordDecision(meeting, command);
    case 'CirculateDraftMinutes':
      return circulateDraftMinutes(meeting, command, calendar);
    case 'ApproveMinutes':
      return approveMinutes(meeting, command);
    default:
      return assertNever(command);
  }
}

// ---------------------------------------------------------------- helpers

function assertText(value: unknown, rule: string, message: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainRuleViolation(rule, message);
}

function assertHeld(meeting: Meeting, what: string): asserts meeting is Meeting & { attendance: SeatAttendance[] } {
  if (meeting.kind !== 'held' || meeting.attendance === null) {
    throw new DomainRuleViolation('meeting-not-held', `${meeting.title} (${meeting.meetingDate}) has not been recorded as held; ${what}`);
  }
}

function seatOf(meeting: Meeting, seatId: unknown) {
  const seat = meeting.termsOfReference.seats.find((s) => s.seatId === seatId);
  if (!seat)
    throw new DomainRuleViolation(
      'seat-unknown',
      `${JSON.stringify(seatId)} is not a seat in version ${meeting.termsOfReference.version} of ${meeting.boardName}'s terms of reference`,
    );
  return seat;
}

function agendaItemOf(meeting: Meeting, item: unknown) {
  const found = meeting.agenda.find((a) => a.item === item);
  if (!found) throw new DomainRuleViolation('agenda-item-not-found', `${meeting.title} has no agenda item ${JSON.stringify(item)}`);
  return found;
}

/** `£250,000`: grouped by hand, not by the machine's locale. */
const pounds = (amount: number): string => `£${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

// ---------------------------------------------------------------- scheduling

function schedule({ data }: ScheduleMeeting, calendar: WorkingDayCalendar): MeetingEvent[] {
  assertText(data.meetingId, 'meeting-id-required', 'the command must carry the new meeting id');
  assertCalendarDate(data.meetingDate, 'the meeting date');
  const board = data.board;
  if (!board || typeof board.boardId !== 'string' || board.boardId.trim() === '') {
    throw new DomainRuleViolation('board-id-required', 'a meeting is a meeting of a board; the command must carry its snapshot');
  }
  if (!(COMPACT_STATUSES as readonly string[]).includes(board.compactStatus)) {
    throw new DomainRuleViolation('compact-status-unknown', `${JSON.stringify(board.compactStatus)} is not a compact status`);
  }
  if (['terminated', 'superseded', 'expired'].includes(board.compactStatus)) {
    throw new DomainRuleViolation(
      'compact-closed',
      `${board.compactTitle} was ${board.compactStatus} by ${data.meetingDate}; ${board.boardName} cannot meet under it`,
    );
  }
  const terms = board.termsOfReference;
  if (!terms) {
    throw new DomainRuleViolation(
      'board-has-no-terms-of-reference',
      `${board.boardName} had no terms of reference in force on ${data.meetingDate}; adopt them before scheduling a meeting`,
    );
  }
  assertText(data.title, 'meeting-title-required', 'a meeting needs a title');
  const { notice } = terms;
  return [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId: data.meetingId,
        boardId: board.boardId,
        boardName: board.boardName,
        compactId: board.compactId,
        compactTitle: board.compactTitle,
        title: data.title,
        meetingDate: data.meetingDate,
        termsOfReference: terms,
        reservedMatters: board.reservedMatters ?? [],
        compactMembers: board.compactMembers ?? [],
        deadlines: {
          agendaItemsBy: calendar.subtractWorkingDays(data.meetingDate, notice.agendaItemsWorkingDaysBefore),
          papersBy: calendar.subtractWorkingDays(data.meetingDate, notice.papersWorkingDaysBefore),
          draftMinutesBy: calendar.addWorkingDays(data.meetingDate, notice.draftMinutesWorkingDaysAfter),
        },
      },
      effectiveAt: data.meetingDate,
    },
  ];
}

function cancel(meeting: Meeting, { data }: CancelMeeting): MeetingEvent[] {
  if (meeting.kind === 'held')
    throw new DomainRuleViolation('meeting-already-held', `${meeting.title} was held on ${meeting.meetingDate}; it cannot be cancelled`);
  assertText(data.reason, 'cancellation-reason-required', `say why ${meeting.title} is cancelled`);
  assertCalendarDate(data.cancelledOn, 'the date the meeting was cancelled');
  return [{ type: 'MeetingCancelled', data: { reason: data.reason, cancelledOn: data.cancelledOn }, effectiveAt: data.cancelledOn }];
}

// ---------------------------------------------------------------- before the meeting

function addAgendaItem(meeting: Meeting, { data }: AddAgendaItem, calendar: WorkingDayCalendar): MeetingEvent[] {
  assertText(data.item, 'agenda-item-required', 'an agenda item needs its number on the agenda');
  const already = meeting.agenda.find((a) => a.item === data.item);
  if (already) throw new DomainRuleViolation('agenda-item-repeated', `${meeting.title} already has item ${data.item} (${already.title})`);
  assertText(data.title, 'agenda-item-title-required', `item ${data.item} needs a title`);
  const proposedBy = data.proposedBy ?? null;
  if (proposedBy !== null) seatOf(meeting, proposedBy);
  assertCalendarDate(data.receivedOn, `the date item ${data.item} was received`);
  if (data.receivedOn > meeting.meetingDate) {
    throw new DomainRuleViolation(
      'agenda-item-after-meeting',
      `item ${data.item} was received on ${data.receivedOn}, after the meeting on ${meeting.meetingDate}`,
    );
  }
  const dueBy = meeting.deadlines.agendaItemsBy;
  return [
    {
      type: 'AgendaItemAdded',
      data: {
        item: data.item,
        title: data.title,
        proposedBy,
        receivedOn: data.receivedOn,
        dueBy,
        workingDaysBefore: calendar.workingDaysBetween(data.receivedOn, meeting.meetingDate),
        late: data.receivedOn > dueBy,
      },
      effectiveAt: data.receivedOn,
    },
  ];
}

function circulatePapers(meeting: Meeting, { data }: CirculatePapers, calendar: WorkingDayCalendar): MeetingEvent[] {
  const item = agendaItemOf(meeting, data.item);
  assertText(data.title, 'papers-title-required', `the papers for item ${item.item} need a title`);
  assertCalendarDate(data.circulatedOn, `the date the papers for item ${item.item} were circulated`);
  if (data.circulatedOn > meeting.meetingDate) {
    throw new DomainRuleViolation(
      'papers-after-meeting',
      `papers for item ${item.item} circulated on ${data.circulatedOn} come after the meeting on ${meeting.meetingDate}`,
    );
  }
  const dueBy = meeting.deadlines.papersBy;
  return [
    {
      type: 'PapersCirculated',
      data: {
        item: item.item,
        title: data.title,
        circulatedOn: data.circulatedOn,
        dueBy,
        workingDaysBefore: calendar.workingDaysBetween(data.circulatedOn, meeting.meetingDate),
        late: data.circulatedOn > dueBy,
      },
      effectiveAt: data.circulatedOn,
    },
  ];
}

// ---------------------------------------------------------------- at the meeting

function recordHeld(meeting: Meeting, { data }: RecordMeetingHeld): MeetingEvent[] {
  if (meeting.kind === 'held') throw new DomainRuleViolation('meeting-already-held', `${meeting.title} has already been recorded as held`);
  if (!Array.isArray(data.attendance)) throw new DomainRuleViolation('attendance-required', 'record the attendance of each seat');
  data.attendance.forEach((entry, i) => {
    const seat = seatOf(meeting, entry?.seatId);
    if (data.attendance.findIndex((other) => other?.seatId === seat.seatId) !== i) {
      throw new DomainRuleViolation('seat-attendance-repeated', `${seat.title} is listed twice in the attendance`);
    }
    if (!(ATTENDANCE_STATUSES as readonly string[]).includes(entry.status)) {
      throw new DomainRuleViolation(
        'attendance-status-unknown',
        `${seat.title}: ${JSON.stringify(entry.status)} is not one of ${ATTENDANCE_STATUSES.join(', ')}`,
      );
    }
    if (entry.status === 'lead-present' && seat.lead === null)
      throw new DomainRuleViolation('seat-has-no-lead', `${seat.title} has no named lead in the terms of reference`);
    if (entry.status === 'deputy-present' && seat.deputy === null)
      throw new DomainRuleViolation('seat-has-no-deputy', `${seat.title} has no named deputy in the terms of reference`);
  });
  const attendance: SeatAttendance[] = meeting.termsOfReference.seats.map((seat) => {
    const status = data.attendance.find((e) => e.seatId === seat.seatId)?.status ?? 'absent';
    const person = status === 'lead-present' ? (seat.lead?.name ?? null) : status === 'deputy-present' ? (seat.deputy?.name ?? null) : null;
    return { seatId: seat.seatId, status, person, voting: seat.voting };
  });
  // 001 names Mike Wilkins as deputy Chair and as lead for Citizen Representation: one person fills one seat at a time.
  attendance.forEach((a, i) => {
    const other = attendance.findIndex((b) => b.person !== null && b.person === a.person);
    if (a.person !== null && other !== i) {
      const seats = [attendance[other], a].map((x) => seatOf(meeting, x.seatId).title);
      throw new DomainRuleViolation('person-in-two-seats', `${a.person} cannot attend for both ${seats[0]} and ${seats[1]}; one person fills one seat`);
    }
  });
  return [
    { type: 'MeetingHeld', data: { heldOn: meeting.meetingDate, attendance, quorum: meetingQuorum(meeting, attendance) }, effectiveAt: meeting.meetingDate },
  ];
}

function declareInterest(meeting: Meeting, { data }: DeclareInterest): MeetingEvent[] {
  assertHeld(meeting, 'interests are declared at the commencement of the meeting');
  assertText(data.declarationId, 'declaration-id-required', 'the command must carry the new declaration id');
  if (meeting.declarations.some((d) => d.declarationId === data.declarationId)) {
    throw new DomainRuleViolation('declaration-id-repeated', `declaration ${data.declarationId} is already recorded at ${meeting.title}`);
  }
  const seat = seatOf(meeting, data.seatId);
  const attending = meeting.attendance.find((a) => a.seatId === seat.seatId);
  if (!attending || attending.person === null) {
    throw new DomainRuleViolation(
      'seat-not-present',
      `${seat.title} was not present at ${meeting.title} (${attending?.status ?? 'absent'}); only those present declare interests there`,
    );
  }
  assertText(data.interest, 'interest-required', 'say what the interest is');
  if (!(INTEREST_NATURES as readonly string[]).includes(data.nature)) {
    throw new DomainRuleViolation('interest-nature-unknown', `${JSON.stringify(data.nature)} is not one of ${INTEREST_NATURES.join(', ')}`);
  }
  if (!(INTEREST_HANDLINGS as readonly string[]).includes(data.handling)) {
    throw new DomainRuleViolation('interest-handling-unknown', `${JSON.stringify(data.handling)} is not one of ${INTEREST_HANDLINGS.join(', ')}`);
  }
  if (!Array.isArray(data.items)) throw new DomainRuleViolation('agenda-item-not-found', 'list the agenda items the interest bears on (empty for none)');
  const items = data.items.map((item) => agendaItemOf(meeting, item).item);
  items.forEach((item, i) => {
    if (items.indexOf(item) !== i) throw new DomainRuleViolation('agenda-item-repeated', `item ${item} is listed twice`);
  });
  if (data.handling === 'excluded-from-items') {
    if (items.length === 0) throw new DomainRuleViolation('exclusion-needs-items', `name the items ${seat.title} is excluded from`);
    const decided = meeting.decisions.find((d) => items.includes(d.item));
    if (decided) {
      throw new DomainRuleViolation(
        'interest-declared-after-decision',
        `decision ${decided.decisionId} on item ${decided.item} is already recorded; an exclusion from it must be declared before it`,
      );
    }
  }
  return [
    {
      type: 'InterestDeclared',
      data: {
        declarationId: data.declarationId,
        seatId: seat.seatId,
        organisationId: seat.organisationId,
        person: attending.person,
        interest: data.interest,
        nature: data.nature,
        items,
        handling: data.handling,
        declaredOn: meeting.meetingDate,
      },
      effectiveAt: meeting.meetingDate,
    },
  ];
}

function recordDecision(meeting: Meeting, { data }: RecordDecision): MeetingEvent[] {
  assertHeld(meeting, 'decisions are taken at a meeting held');
  assertText(data.decisionId, 'decision-id-required', 'the command must carry the new decision id');
  if (meeting.decisions.some((d) => d.decisionId === data.decisionId)) {
    throw new DomainRuleViolation('decision-id-repeated', `decision ${data.decisionId} is already recorded at ${meeting.title}`);
  }
  const item = agendaItemOf(meeting, data.item);
  assertText(data.resolution, 'decision-text-required', `say what was decided on item ${item.item}`);

  const { quorum, eligible, excluded } = itemQuorum(meeting, item.item);
  if (!quorum.quorate) {
    const excludedNote = excluded.length > 0 ? ` (${excluded.map((e) => seatOf(meeting, e.seatId).title).join(', ')} excluded for an interest)` : '';
    throw new DomainRuleViolation(
      'quorum-not-met',
      `quorum: ${quorum.counted} of ${quorum.votingSeats} voting seats present and not excluded, ${quorum.needed} needed (${quorum.rule}) for item ${item.item}${excludedNote}`,
    );
  }
  const outcome = validateOutcome(meeting, data.outcome, eligible, item.item);
  const carried = outcome.kind === 'consensus' || outcome.for.length > outcome.against.length;
  const value = data.value === null || data.value === undefined ? null : validateValue(data.value);
  const reservedMatter = value === null ? null : assertReservedHere(meeting, value);
  const consequence =
    data.consequence === null || data.consequence === undefined ? null : validateConsequence(meeting, data.consequence, data.dispute ?? null, carried);
  return [
    {
      type: 'DecisionRecorded',
      data: {
        meetingId: meeting.meetingId,
        boardId: meeting.boardId,
        compactId: meeting.compactId,
        decisionId: data.decisionId,
        item: item.item,
        itemTitle: item.title,
        decidedOn: meeting.meetingDate,
        resolution: data.resolution,
        outcome,
        carried,
        quorum,
        excluded,
        value,
        reservedMatter,
        consequence,
      },
      effectiveAt: meeting.meetingDate,
    },
  ];
}

function validateOutcome(meeting: Meeting, outcome: DecisionOutcome, eligible: string[], item: string): DecisionOutcome {
  if (outcome?.kind === 'consensus') return { kind: 'consensus' };
  if (outcome?.kind !== 'vote')
    throw new DomainRuleViolation('decision-outcome-invalid', `a decision is by consensus or by a vote, not ${JSON.stringify(outcome)}`);
  const lists = [outcome.for, outcome.against, outcome.abstained];
  if (!lists.every(Array.isArray)) throw new DomainRuleViolation('decision-outcome-invalid', 'a vote lists the seats for, against and abstaining');
  const all = lists.flat();
  if (all.length === 0) throw new DomainRuleViolation('vote-empty', `the vote on item ${item} records no seat`);
  all.forEach((seatId, i) => {
    const seat = seatOf(meeting, seatId);
    if (all.indexOf(seatId) !== i) throw new DomainRuleViolation('voter-repeated', `${seat.title} is counted twice in the vote on item ${item}`);
    if (!eligible.includes(seatId)) {
      const why = !seat.voting
        ? 'it is in attendance without a vote'
        : (excludedFromItemReason(meeting, seatId, item) ?? `it was not present (${meeting.attendance?.find((a) => a.seatId === seatId)?.status ?? 'absent'})`);
      throw new DomainRuleViolation('voter-not-eligible', `${seat.title} cannot vote on item ${item}: ${why}`);
    }
  });
  return { kind: 'vote', for: [...outcome.for], against: [...outcome.against], abstained: [...outcome.abstained] };
}

function excludedFromItemReason(meeting: Meeting, seatId: string, item: string): string | null {
  const declaration = meeting.declarations.find((d) => d.seatId === seatId && d.handling === 'excluded-from-items' && d.items.includes(item));
  return declaration ? `excluded from item ${item} for the interest declared (${declaration.declarationId})` : null;
}

function validateValue(value: DecisionValue): DecisionValue {
  if (!(VALUE_DIRECTIONS as readonly string[]).includes(value?.direction) || !(VALUE_BASES as readonly string[]).includes(value?.basis)) {
    throw new DomainRuleViolation(
      'decision-value-invalid',
      `a decision's value is an ${VALUE_DIRECTIONS.join(' or ')} of ${VALUE_BASES.join(' or ')}, not ${JSON.stringify(value)}`,
    );
  }
  if (typeof value.amountPounds !== 'number' || !Number.isInteger(value.amountPounds) || value.amountPounds < 0) {
    throw new DomainRuleViolation('decision-value-invalid', `the amount must be whole pounds, not ${JSON.stringify(value.amountPounds)}`);
  }
  return { direction: value.direction, basis: value.basis, amountPounds: value.amountPounds };
}

/** The reserved matter the value falls under, if any: refused unless it is reserved to this board. */
function assertReservedHere(meeting: Meeting, value: DecisionValue): { matterId: string; thresholdPounds: number } | null {
  const applies = (m: BoardReservedMatter) =>
    m.effectiveFrom <= meeting.meetingDate && m.directions.includes(value.direction) && m.bases.includes(value.basis) && value.amountPounds > m.thresholdPounds;
  const matters = meeting.reservedMatters.filter(applies);
  const elsewhere = matters.find((m) => m.boardId !== meeting.boardId);
  if (elsewhere && !matters.some((m) => m.boardId === meeting.boardId)) {
    throw new DomainRuleViolation(
      'decision-reserved-to-another-board',
      `${value.direction === 'investment' ? 'an investment' : 'a disinvestment'} of ${pounds(value.amountPounds)} ${value.basis === 'capital' ? 'capital' : 'annual revenue'} is over the ${pounds(elsewhere.thresholdPounds)} threshold reserved to ${elsewhere.boardName} from ${elsewhere.effectiveFrom}; ${meeting.boardName} cannot decide it`,
    );
  }
  const here = matters.find((m) => m.boardId === meeting.boardId);
  return here ? { matterId: here.matterId, thresholdPounds: here.thresholdPounds } : null;
}

function validateConsequence(
  meeting: Meeting,
  request: DecisionConsequenceRequest,
  dispute: DecisionDisputeSnapshot | null,
  carried: boolean,
): DecisionConsequence {
  if (!carried)
    throw new DomainRuleViolation('consequence-needs-carried-decision', 'a decision that was not carried has no consequence for the compact or a dispute');
  switch (request?.kind) {
    case 'ask-partner-to-leave':
      return askToLeave(meeting, request);
    case 'resolve-dispute':
      return resolveDispute(meeting, request, dispute);
    default:
      throw new DomainRuleViolation(
        'consequence-invalid',
        `a decision may ask a partner to leave or resolve a dispute, not ${JSON.stringify((request as { kind?: unknown })?.kind)}`,
      );
  }
}

/** 004, collective monitoring: the concern reflected to the organisation with evidence, no change in approach, then the decision. */
function askToLeave(meeting: Meeting, request: Extract<DecisionConsequenceRequest, { kind: 'ask-partner-to-leave' }>): DecisionConsequence {
  assertOrganisationSlug(request.organisationId);
  if (!meeting.compactMembers.includes(request.organisationId)) {
    throw new DomainRuleViolation('partner-not-member', `${request.organisationId} was not a partner of ${meeting.compactTitle} on ${meeting.meetingDate}`);
  }
  assertText(request.reason, 'reason-required', `say why ${request.organisationId} is asked to leave`);
  assertCalendarDate(request.effectiveOn, `the date ${request.organisationId} leaves`);
  if (request.effectiveOn < meeting.meetingDate) {
    throw new DomainRuleViolation(
      'leaving-before-decision',
      `${request.organisationId} cannot leave on ${request.effectiveOn}, before the decision on ${meeting.meetingDate}`,
    );
  }
  const concern = request.concern;
  if (!concern || !isCalendarDate(concern.reflectedOn)) {
    throw new DomainRuleViolation(
      'concern-not-reflected',
      `before ${request.organisationId} is asked to leave, the concern must have been reflected to it (give the date, YYYY-MM-DD)`,
    );
  }
  if (concern.reflectedOn >= meeting.meetingDate) {
    throw new DomainRuleViolation(
      'concern-not-before-decision',
      `the concern was reflected to ${request.organisationId} on ${concern.reflectedOn}; a decision on ${meeting.meetingDate} leaves no time for a change in approach`,
    );
  }
  assertText(concern.reflectedBy, 'concern-not-reflected', 'say who reflected the concern (004: Chairs / CEOs)');
  if (!Array.isArray(concern.evidence) || concern.evidence.length === 0) {
    throw new DomainRuleViolation(
      'concern-evidence-required',
      `the concern must have been reflected to ${request.organisationId} with evidence to illustrate it`,
    );
  }
  const evidence = concern.evidence.map((e) => {
    assertText(e?.description, 'concern-evidence-required', 'describe each piece of evidence');
    const sha256 = e.sha256 ?? null;
    if (sha256 !== null && !/^[0-9a-f]{64}$/.test(sha256))
      throw new DomainRuleViolation('evidence-hash-invalid', `a SHA-256 is 64 lower-case hex digits, not ${JSON.stringify(sha256)}`);
    return { description: e.description, sha256 };
  });
  assertText(concern.noChangeFinding, 'no-change-finding-required', `record the finding that ${request.organisationId} did not change its approach`);
  return {
    kind: 'ask-partner-to-leave',
    compactId: meeting.compactId,
    organisationId: request.organisationId,
    reason: request.reason,
    effectiveOn: request.effectiveOn,
    concern: { reflectedOn: concern.reflectedOn, reflectedBy: concern.reflectedBy, evidence, noChangeFinding: concern.noChangeFinding },
  };
}

function resolveDispute(
  meeting: Meeting,
  request: Extract<DecisionConsequenceRequest, { kind: 'resolve-dispute' }>,
  dispute: DecisionDisputeSnapshot | null,
): DecisionConsequence {
  assertText(request.disputeId, 'dispute-id-required', 'name the dispute the decision resolves');
  if (!dispute || dispute.disputeId !== request.disputeId) {
    throw new DomainRuleViolation('dispute-snapshot-required', `the command must carry the snapshot of dispute ${request.disputeId} (decisionDisputeSnapshot)`);
  }
  if (dispute.compactId !== meeting.compactId) {
    throw new DomainRuleViolation(
      'dispute-not-under-this-compact',
      `dispute ${dispute.disputeId} is under ${dispute.compactId}; ${meeting.boardName} belongs to ${meeting.compactId}`,
    );
  }
  if (dispute.status !== 'open') throw new DomainRuleViolation('dispute-closed', `dispute ${dispute.disputeId} is already ${dispute.status}`);
  if (dispute.lastStepOn > meeting.meetingDate) {
    throw new DomainRuleViolation(
      'steps-in-date-order',
      `dispute ${dispute.disputeId}'s latest step is dated ${dispute.lastStepOn}, after the meeting on ${meeting.meetingDate}`,
    );
  }
  assertText(request.terms, 'resolution-terms-required', 'a resolution must state the terms agreed');
  const agreedBy = Array.isArray(request.agreedBy) ? request.agreedBy : [];
  const strangers = agreedBy.filter((o) => !dispute.parties.includes(o));
  if (strangers.length > 0)
    throw new DomainRuleViolation(
      'not-a-party',
      `${strangers.join(', ')} is not a party to dispute ${dispute.disputeId} (parties: ${dispute.parties.join(', ')})`,
    );
  const missing = dispute.parties.filter((p) => !agreedBy.includes(p));
  if (missing.length > 0)
    throw new DomainRuleViolation('not-agreed-by-every-party', `the resolution must be agreed by every party; not by ${missing.join(', ')}`);
  if (dispute.independentChairRequired && !dispute.independentChairAgreed) {
    throw new DomainRuleViolation(
      'independent-chair-not-agreed',
      `dispute ${dispute.disputeId} is at level ${dispute.currentLevel} (${dispute.levelName}); the parties must agree an independent chair before it is resolved`,
    );
  }
  return {
    kind: 'resolve-dispute',
    compactId: meeting.compactId,
    disputeId: dispute.disputeId,
    terms: request.terms,
    agreedBy: [...dispute.parties],
    resolvedOn: meeting.meetingDate,
  };
}

// ---------------------------------------------------------------- after the meeting

function circulateDraftMinutes(meeting: Meeting, { data }: CirculateDraftMinutes, calendar: WorkingDayCalendar): MeetingEvent[] {
  assertHeld(meeting, 'there are no minutes before the meeting is held');
  if (meeting.draftMinutes)
    throw new DomainRuleViolation(
      'draft-minutes-already-circulated',
      `the draft minutes of ${meeting.title} were circulated on ${meeting.draftMinutes.circulatedOn}`,
    );
  assertCalendarDate(data.circulatedOn, 'the date the draft minutes were circulated');
  if (data.circulatedOn < meeting.meetingDate) {
    throw new DomainRuleViolation(
      'minutes-before-meeting',
      `draft minutes cannot be circulated on ${data.circulatedOn}, before the meeting on ${meeting.meetingDate}`,
    );
  }
  const dueBy = meeting.deadlines.draftMinutesBy;
  const workingDaysAfter = calendar.workingDaysBetween(meeting.meetingDate, data.circulatedOn);
  return [
    {
      type: 'DraftMinutesCirculated',
      data: { circulatedOn: data.circulatedOn, dueBy, workingDaysAfter, late: data.circulatedOn > dueBy },
      effectiveAt: data.circulatedOn,
    },
  ];
}

function approveMinutes(meeting: Meeting, { data }: ApproveMinutes): MeetingEvent[] {
  assertHeld(meeting, 'there are no minutes to approve');
  if (meeting.minutesApproval) {
    throw new DomainRuleViolation('minutes-already-approved', `the minutes of ${meeting.title} were approved on ${meeting.minutesApproval.approvedOn}`);
  }
  const approving = data.approval?.approvingMeeting;
  if (!approving || typeof approving.meetingId !== 'string' || !isCalendarDate(approving.meetingDate)) {
    throw new DomainRuleViolation(
      'approving-meeting-required',
      'the command must carry the meeting at which the minutes are approved (minutesApprovalSnapshot)',
    );
  }
  if (approving.boardId !== meeting.boardId) {
    throw new DomainRuleViolation(
      'minutes-approved-at-another-board',
      `the minutes of ${meeting.title} are approved by ${meeting.boardName}, not at a meeting of ${approving.boardId}`,
    );
  }
  const following = data.approval.followingMeeting;
  if (!following || following.meetingId !== approving.meetingId) {
    throw new DomainRuleViolation(
      'minutes-approved-only-at-following-meeting',
      following
        ? `the minutes of the meeting of ${meeting.meetingDate} are approved at the following meeting (${following.meetingDate}), not at the meeting of ${approving.meetingDate}`
        : `the minutes of the meeting of ${meeting.meetingDate} are approved at the following meeting, and ${meeting.boardName} has none after it`,
    );
  }
  if (approving.status !== 'held') {
    throw new DomainRuleViolation(
      'approving-meeting-not-held',
      `the meeting of ${approving.meetingDate} has not been recorded as held; the minutes are approved there once it is`,
    );
  }
  if (!meeting.draftMinutes || meeting.draftMinutes.circulatedOn > approving.meetingDate) {
    throw new DomainRuleViolation('draft-minutes-not-circulated', `the draft minutes of ${meeting.title} had not been circulated by ${approving.meetingDate}`);
  }
  return [
    { type: 'MinutesApproved', data: { approvedAtMeetingId: approving.meetingId, approvedOn: approving.meetingDate }, effectiveAt: approving.meetingDate },
  ];
}
