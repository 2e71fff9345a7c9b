import { ApiProperty } from '@nestjs/swagger';
import { ENDORSEMENT_OUTCOMES, ORGANISATION_TYPES } from '@compact-ledger/domain';
import { ActorDto } from '../../http/recorded-event.dto';
import { LeavingBasisDto } from '../ask-partner-to-leave/ask-partner-to-leave';
import { ConcernDto, RepresentativeDto } from '../compact-fields';
import { PaperDateDto } from '../paper-date.fields';

/** When and by whom the ledger recorded a fact. */
export class RecordedFactDto {
  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: ActorDto })
  recordedBy!: ActorDto;

  @ApiProperty({ type: 'integer' })
  position!: number;
}

/** How a membership ended: notice given (withdrew), or asked to leave. */
export class MembershipEndingDto {
  @ApiProperty({ enum: ['withdrew', 'asked-to-leave'] })
  kind!: string;

  @ApiProperty({ description: 'What a correction names' })
  factId!: string;

  @ApiProperty({ type: PaperDateDto, nullable: true, description: 'withdrew: the date notice was given' })
  noticeGivenOn!: PaperDateDto | null;

  @ApiProperty({ description: 'The reason given' })
  reason!: string;

  @ApiProperty({ type: LeavingBasisDto, nullable: true, description: 'asked-to-leave: the decision or dispute it rests on' })
  basis!: LeavingBasisDto | null;

  @ApiProperty({ type: RecordedFactDto })
  recorded!: RecordedFactDto;

  @ApiProperty()
  corrected!: boolean;
}

export class MembershipPeriodDto {
  @ApiProperty({ description: 'The admission fact that opened it: what a correction names' })
  admissionFactId!: string;

  @ApiProperty({ type: PaperDateDto, description: 'From when it is a partner, as the paper gives it' })
  from!: PaperDateDto;

  @ApiProperty({ type: PaperDateDto, nullable: true, description: 'The first day it is no longer a partner; null while it is one' })
  until!: PaperDateDto | null;

  @ApiProperty({ type: MembershipEndingDto, nullable: true })
  ending!: MembershipEndingDto | null;

  @ApiProperty({ type: RecordedFactDto, description: 'When the admission was recorded' })
  admissionRecorded!: RecordedFactDto;

  @ApiProperty({ description: 'True once a correction has changed the admission' })
  corrected!: boolean;
}

/** A partner: its organisation, representatives and membership periods. */
export class PartnerDto {
  @ApiProperty({ example: 'kent-county-council' })
  organisationId!: string;

  @ApiProperty({ description: 'As the paper writes it' })
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES, description: 'As the paper gives it; not-given where it gives none' })
  organisationType!: string;

  @ApiProperty({ type: RepresentativeDto, nullable: true, description: 'Null where the paper names no lead' })
  lead!: RepresentativeDto | null;

  @ApiProperty({ type: RepresentativeDto, nullable: true })
  deputy!: RepresentativeDto | null;

  @ApiProperty({ type: [MembershipPeriodDto], description: 'Oldest first: an organisation may leave and join again' })
  memberships!: MembershipPeriodDto[];
}

/** A partner as a read on a date shows it. */
export class PartnerViewDto extends PartnerDto {
  @ApiProperty({
    enum: ['member', 'undetermined'],
    description: 'On the date asked: a member, or its dates leave it undetermined (always member without ?asOf=)',
  })
  onDate!: string;
}

export class EndorsementViewDto {
  @ApiProperty({ description: 'What a correction names' })
  factId!: string;

  @ApiProperty()
  organisationId!: string;

  @ApiProperty()
  versionLabel!: string;

  @ApiProperty({ type: String, nullable: true, pattern: '^[0-9a-f]{64}$' })
  contentHash!: string | null;

  @ApiProperty()
  boardName!: string;

  @ApiProperty({ type: PaperDateDto })
  meetingDate!: PaperDateDto;

  @ApiProperty({ enum: ENDORSEMENT_OUTCOMES })
  outcome!: string;

  @ApiProperty({ type: [ConcernDto] })
  concerns!: ConcernDto[];

  @ApiProperty({ type: String, nullable: true, description: "The board's reason, where it gave one" })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'What the ledger took that the paper does not say (whose board it is), and why' })
  assumption!: string | null;

  @ApiProperty({ type: RecordedFactDto })
  recorded!: RecordedFactDto;

  @ApiProperty({ description: 'True once a correction has changed it (the original stays in the history)' })
  corrected!: boolean;
}

/** A board asked to endorse, with no outcome on the paper. */
export class EndorsementRequestViewDto {
  @ApiProperty({ description: 'What a correction names' })
  factId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The partner whose board it is; null where the paper names only the board' })
  organisationId!: string | null;

  @ApiProperty()
  versionLabel!: string;

  @ApiProperty({ type: String, nullable: true, pattern: '^[0-9a-f]{64}$' })
  contentHash!: string | null;

  @ApiProperty()
  boardName!: string;

  @ApiProperty({ type: PaperDateDto })
  meetingDate!: PaperDateDto;

  @ApiProperty({ description: "What the board was asked, in the paper's words" })
  asked!: string;

  @ApiProperty({ type: String, nullable: true })
  assumption!: string | null;

  @ApiProperty({ type: RecordedFactDto })
  recorded!: RecordedFactDto;

  @ApiProperty()
  corrected!: boolean;
}

/** A row of the signature register: a partner and a version, signed or not yet. */
export class RegisterRowDto {
  @ApiProperty({ type: String, nullable: true, description: "The signature's fact id (what a correction names); null for an unsigned slot" })
  factId!: string | null;

  @ApiProperty()
  versionLabel!: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  contentHash!: string;

  @ApiProperty()
  organisationId!: string;

  @ApiProperty({ description: "The organisation's name" })
  organisation!: string;

  @ApiProperty({ enum: ['signed', 'not-signed'] })
  status!: string;

  @ApiProperty({ type: RepresentativeDto, nullable: true })
  signatory!: RepresentativeDto | null;

  @ApiProperty({ type: PaperDateDto, nullable: true, description: 'The date on the paper, with its precision' })
  signedOn!: PaperDateDto | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the ledger recorded it' })
  recordedAt!: string | null;

  @ApiProperty({ type: [String], description: 'What signing signifies, where the paper says' })
  signifies!: string[];

  @ApiProperty({ type: String, nullable: true, description: 'What the ledger took that the paper does not plainly say' })
  assumption!: string | null;

  @ApiProperty()
  corrected!: boolean;
}
