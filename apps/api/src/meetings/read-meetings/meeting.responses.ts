import { ApiProperty } from '@nestjs/swagger';
import { ATTENDANCE_STATUSES, INTEREST_HANDLINGS, INTEREST_NATURES } from '@compact-ledger/domain';
import { SeatDto } from '../../boards/adopt-terms-of-reference/terms-of-reference.dto';
import { DecisionValueDto } from '../record-decision/record-decision.dto';

export class MeetingSummaryDto {
  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty({ format: 'uuid' })
  boardId!: string;

  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: '2015-02-24' })
  meetingDate!: string;

  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'] })
  status!: string;
}

export class MeetingDeadlinesDto {
  @ApiProperty({ description: 'Agenda items with their paperwork by this date' })
  agendaItemsBy!: string;

  @ApiProperty({ description: 'Papers circulated by this date' })
  papersBy!: string;

  @ApiProperty({ description: 'Draft minutes circulated by this date' })
  draftMinutesBy!: string;
}

export class PapersViewDto {
  @ApiProperty()
  title!: string;

  @ApiProperty()
  circulatedOn!: string;

  @ApiProperty()
  dueBy!: string;

  @ApiProperty({ type: 'integer', description: 'Working days from circulation to the meeting' })
  workingDaysBefore!: number;

  @ApiProperty()
  late!: boolean;
}

export class AgendaItemViewDto {
  @ApiProperty({ example: '4' })
  item!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  proposedBy!: string | null;

  @ApiProperty()
  receivedOn!: string;

  @ApiProperty()
  dueBy!: string;

  @ApiProperty({ type: 'integer', description: 'Working days from receipt to the meeting' })
  workingDaysBefore!: number;

  @ApiProperty({ description: 'Received after dueBy: taken by exception' })
  late!: boolean;

  @ApiProperty({ type: [PapersViewDto] })
  papers!: PapersViewDto[];
}

export class SeatAttendanceDto {
  @ApiProperty()
  seatId!: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES })
  status!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Who attended: the named lead or deputy' })
  person!: string | null;

  @ApiProperty()
  voting!: boolean;
}

export class QuorumCountDto {
  @ApiProperty({ type: 'integer' })
  votingSeats!: number;

  @ApiProperty({ type: 'integer', description: 'Voting seats present (lead or deputy), less those excluded for an interest where counted for an item' })
  counted!: number;

  @ApiProperty({ type: 'integer' })
  needed!: number;

  @ApiProperty({ example: '70%' })
  rule!: string;

  @ApiProperty()
  quorate!: boolean;
}

export class DeclarationViewDto {
  @ApiProperty({ format: 'uuid' })
  declarationId!: string;

  @ApiProperty()
  seatId!: string;

  @ApiProperty({ type: String, nullable: true })
  organisationId!: string | null;

  @ApiProperty({ description: 'Who declared it: whoever attended for the seat' })
  person!: string;

  @ApiProperty()
  interest!: string;

  @ApiProperty({ enum: INTEREST_NATURES })
  nature!: string;

  @ApiProperty({ type: [String] })
  items!: string[];

  @ApiProperty({ enum: INTEREST_HANDLINGS })
  handling!: string;

  @ApiProperty()
  declaredOn!: string;
}

export class OutcomeViewDto {
  @ApiProperty({ enum: ['consensus', 'vote'] })
  kind!: string;

  @ApiProperty({ type: [String], required: false })
  for?: string[];

  @ApiProperty({ type: [String], required: false })
  against?: string[];

  @ApiProperty({ type: [String], required: false })
  abstained?: string[];
}

export class ExcludedSeatDto {
  @ApiProperty()
  seatId!: string;

  @ApiProperty({ format: 'uuid' })
  declarationId!: string;
}

export class ReservedMatterRefDto {
  @ApiProperty()
  matterId!: string;

  @ApiProperty({ type: 'integer' })
  thresholdPounds!: number;
}

export class ConcernEvidenceViewDto {
  @ApiProperty()
  description!: string;

  @ApiProperty({ type: String, nullable: true })
  sha256!: string | null;
}

export class ConcernViewDto {
  @ApiProperty()
  reflectedOn!: string;

  @ApiProperty()
  reflectedBy!: string;

  @ApiProperty({ type: [ConcernEvidenceViewDto] })
  evidence!: ConcernEvidenceViewDto[];

  @ApiProperty()
  noChangeFinding!: string;
}

/** What the decision does: the fields of its kind. */
export class ConsequenceViewDto {
  @ApiProperty({ enum: ['ask-partner-to-leave', 'resolve-dispute'] })
  kind!: string;

  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty({ required: false })
  organisationId?: string;

  @ApiProperty({ required: false })
  reason?: string;

  @ApiProperty({ required: false })
  effectiveOn?: string;

  @ApiProperty({ type: ConcernViewDto, required: false })
  concern?: ConcernViewDto;

  @ApiProperty({ format: 'uuid', required: false })
  disputeId?: string;

  @ApiProperty({ required: false })
  terms?: string;

  @ApiProperty({ type: [String], required: false })
  agreedBy?: string[];

  @ApiProperty({ required: false })
  resolvedOn?: string;
}

export class DecisionViewDto {
  @ApiProperty({ format: 'uuid' })
  decisionId!: string;

  @ApiProperty()
  item!: string;

  @ApiProperty()
  itemTitle!: string;

  @ApiProperty()
  resolution!: string;

  @ApiProperty({ type: OutcomeViewDto })
  outcome!: OutcomeViewDto;

  @ApiProperty({ description: 'Consensus, or more votes for than against' })
  carried!: boolean;

  @ApiProperty({ type: QuorumCountDto, description: 'The quorum for this item: voting seats present and not excluded from it' })
  quorum!: QuorumCountDto;

  @ApiProperty({ type: [ExcludedSeatDto] })
  excluded!: ExcludedSeatDto[];

  @ApiProperty({ type: DecisionValueDto, nullable: true })
  value!: DecisionValueDto | null;

  @ApiProperty({ type: ReservedMatterRefDto, nullable: true, description: 'The matter reserved to this board that the decision falls under' })
  reservedMatter!: ReservedMatterRefDto | null;

  @ApiProperty({ type: ConsequenceViewDto, nullable: true })
  consequence!: ConsequenceViewDto | null;
}

export class DraftMinutesViewDto {
  @ApiProperty()
  circulatedOn!: string;

  @ApiProperty()
  dueBy!: string;

  @ApiProperty({ type: 'integer' })
  workingDaysAfter!: number;

  @ApiProperty()
  late!: boolean;
}

export class MinutesApprovalViewDto {
  @ApiProperty({ format: 'uuid' })
  approvedAtMeetingId!: string;

  @ApiProperty()
  approvedOn!: string;
}

export class CancellationViewDto {
  @ApiProperty()
  reason!: string;

  @ApiProperty()
  cancelledOn!: string;
}

/** A meeting: its deadlines, agenda and papers, attendance, declarations, decisions and minutes. */
export class MeetingDto extends MeetingSummaryDto {
  @ApiProperty()
  boardName!: string;

  @ApiProperty()
  compactTitle!: string;

  @ApiProperty({ description: 'The version of the terms of reference the meeting is held under' })
  termsVersion!: string;

  @ApiProperty({ example: '70% of 16 voting seats: 12' })
  quorumRule!: string;

  @ApiProperty({ type: [SeatDto] })
  seats!: SeatDto[];

  @ApiProperty({ type: MeetingDeadlinesDto })
  deadlines!: MeetingDeadlinesDto;

  @ApiProperty({ type: [AgendaItemViewDto] })
  agenda!: AgendaItemViewDto[];

  @ApiProperty({ type: [SeatAttendanceDto], nullable: true, description: 'Null until the meeting is recorded as held' })
  attendance!: SeatAttendanceDto[] | null;

  @ApiProperty({ type: QuorumCountDto, nullable: true })
  quorum!: QuorumCountDto | null;

  @ApiProperty({ type: [DeclarationViewDto], description: "A partner sees its own organisation's declarations only" })
  declarations!: DeclarationViewDto[];

  @ApiProperty({ type: [DecisionViewDto] })
  decisions!: DecisionViewDto[];

  @ApiProperty({ type: DraftMinutesViewDto, nullable: true })
  draftMinutes!: DraftMinutesViewDto | null;

  @ApiProperty({ type: MinutesApprovalViewDto, nullable: true })
  minutesApproval!: MinutesApprovalViewDto | null;

  @ApiProperty({ type: CancellationViewDto, nullable: true })
  cancellation!: CancellationViewDto | null;

  @ApiProperty({ type: 'integer', description: "The meeting stream's revision: If-Match for the next command" })
  revision!: number;
}
