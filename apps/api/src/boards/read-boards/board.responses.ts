import { ApiProperty } from '@nestjs/swagger';
import { INTEREST_HANDLINGS, INTEREST_NATURES } from '@compact-ledger/domain';
import { ActorDto } from '../../http/recorded-event.dto';
import { ConsequenceViewDto, OutcomeViewDto, QuorumCountDto, ReservedMatterRefDto } from '../../meetings/read-meetings/meeting.responses';
import { DecisionValueDto } from '../../meetings/record-decision/record-decision.dto';
import { TermsOfReferenceDto } from '../adopt-terms-of-reference/terms-of-reference.dto';

export class BoardSummaryDto {
  @ApiProperty({ format: 'uuid' })
  boardId!: string;

  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty()
  compactTitle!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  purpose!: string;

  @ApiProperty()
  establishedOn!: string;
}

/** A board with every version of its terms of reference, and the one in force on the date asked. */
export class BoardDto extends BoardSummaryDto {
  @ApiProperty({ type: [TermsOfReferenceDto], description: 'Every version adopted, oldest first' })
  termsOfReference!: TermsOfReferenceDto[];

  @ApiProperty({ example: '2015-06-01', description: 'The date termsInForce is for (?asOf=, default today)' })
  asOf!: string;

  @ApiProperty({ type: TermsOfReferenceDto, nullable: true, description: 'The terms in force on asOf; null before the first' })
  termsInForce!: TermsOfReferenceDto | null;

  @ApiProperty({ type: 'integer', description: "The board stream's revision: If-Match for the next command" })
  revision!: number;
}

export class CountedSeatDto {
  @ApiProperty()
  seatId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  person!: string | null;
}

export class ExcludedSeatViewDto extends CountedSeatDto {
  @ApiProperty({ format: 'uuid' })
  declarationId!: string;

  @ApiProperty({ type: String, nullable: true, enum: [...INTEREST_NATURES, null] })
  nature!: string | null;

  @ApiProperty({ example: 'excluded by the Chair from item 4 for the interest declared (commercial-arrangement ...)' })
  reason!: string;
}

export class FollowedEventDto {
  @ApiProperty({ example: 'compact-01a2360d-ee2f-75aa-8d25-8755442c02e7' })
  streamId!: string;

  @ApiProperty({ type: 'integer' })
  revision!: number;

  @ApiProperty({ type: 'integer' })
  position!: number;

  @ApiProperty({ example: 'PartnerAskedToLeave' })
  type!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ type: String, nullable: true })
  effectiveAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data!: Record<string, unknown>;
}

export class DecisionMeetingDto {
  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  meetingDate!: string;
}

/** One decision: where and on what, the quorum and who counted, who was excluded and why, its value, and what followed. */
export class DecisionLogEntryDto {
  @ApiProperty({ format: 'uuid' })
  decisionId!: string;

  @ApiProperty({ format: 'uuid', description: "The DecisionRecorded event's id: the causationId of what followed" })
  eventId!: string;

  @ApiProperty({ format: 'uuid' })
  boardId!: string;

  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty({ type: DecisionMeetingDto })
  meeting!: DecisionMeetingDto;

  @ApiProperty()
  item!: string;

  @ApiProperty()
  itemTitle!: string;

  @ApiProperty()
  resolution!: string;

  @ApiProperty({ type: OutcomeViewDto })
  outcome!: OutcomeViewDto;

  @ApiProperty()
  carried!: boolean;

  @ApiProperty({ type: QuorumCountDto })
  quorum!: QuorumCountDto;

  @ApiProperty({ type: [CountedSeatDto], description: 'The voting seats present and not excluded from the item' })
  counted!: CountedSeatDto[];

  @ApiProperty({ type: [ExcludedSeatViewDto] })
  excluded!: ExcludedSeatViewDto[];

  @ApiProperty({ type: DecisionValueDto, nullable: true })
  value!: DecisionValueDto | null;

  @ApiProperty({ type: ReservedMatterRefDto, nullable: true })
  reservedMatter!: ReservedMatterRefDto | null;

  @ApiProperty({ type: ConsequenceViewDto, nullable: true })
  consequence!: ConsequenceViewDto | null;

  @ApiProperty({ enum: ['none', 'pending', 'recorded'], description: 'pending: the consequence is not yet recorded on its stream' })
  consequenceStatus!: string;

  @ApiProperty({ type: [FollowedEventDto], description: 'The events the decision caused (their causationId is eventId)' })
  followed!: FollowedEventDto[];

  @ApiProperty({ type: ActorDto })
  recordedBy!: ActorDto;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  correlationId!: string | null;
}

export class SeatAttendanceTotalDto {
  @ApiProperty()
  seatId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  voting!: boolean;

  @ApiProperty({ type: 'integer', description: 'Meetings held in the period at which the seat existed' })
  meetings!: number;

  @ApiProperty({ type: 'integer' })
  leadPresent!: number;

  @ApiProperty({ type: 'integer', description: 'The named deputy attending in the absence of the named lead' })
  deputyPresent!: number;

  @ApiProperty({ type: 'integer', description: 'Lead or deputy: the partner attended either way' })
  attended!: number;

  @ApiProperty({ type: 'integer' })
  apologies!: number;

  @ApiProperty({ type: 'integer' })
  absent!: number;
}

export class AttendanceReportDto {
  @ApiProperty({ format: 'uuid' })
  boardId!: string;

  @ApiProperty()
  from!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty({ type: 'integer' })
  meetingsHeld!: number;

  @ApiProperty({ type: [SeatAttendanceTotalDto] })
  seats!: SeatAttendanceTotalDto[];
}

export class InterestMeetingDto extends DecisionMeetingDto {
  @ApiProperty({ format: 'uuid' })
  boardId!: string;

  @ApiProperty({ format: 'uuid' })
  compactId!: string;
}

export class InterestItemDto {
  @ApiProperty()
  item!: string;

  @ApiProperty()
  title!: string;
}

export class InterestDecisionDto {
  @ApiProperty({ format: 'uuid' })
  decisionId!: string;

  @ApiProperty()
  item!: string;

  @ApiProperty()
  resolution!: string;

  @ApiProperty({ description: 'The seat was excluded from the decision for this interest' })
  excluded!: boolean;
}

/** An entry of the register of interests, linked to the meeting, the items and the decisions it affected. */
export class InterestEntryDto {
  @ApiProperty({ format: 'uuid' })
  declarationId!: string;

  @ApiProperty()
  person!: string;

  @ApiProperty({ type: String, nullable: true })
  organisationId!: string | null;

  @ApiProperty()
  seatId!: string;

  @ApiProperty()
  seatTitle!: string;

  @ApiProperty()
  interest!: string;

  @ApiProperty({ enum: INTEREST_NATURES })
  nature!: string;

  @ApiProperty({ enum: INTEREST_HANDLINGS })
  handling!: string;

  @ApiProperty()
  declaredOn!: string;

  @ApiProperty({ type: InterestMeetingDto })
  meeting!: InterestMeetingDto;

  @ApiProperty({ type: [InterestItemDto] })
  items!: InterestItemDto[];

  @ApiProperty({ type: [InterestDecisionDto] })
  decisions!: InterestDecisionDto[];
}
