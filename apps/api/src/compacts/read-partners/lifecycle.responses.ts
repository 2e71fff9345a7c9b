import { ApiProperty } from '@nestjs/swagger';
import { ENDORSEMENT_OUTCOMES, ORGANISATION_TYPES } from '@compact-ledger/domain';
import { ActorDto } from '../../http/recorded-event.dto';
import { ConcernDto, RepresentativeDto } from '../compact-fields';
import { LeavingBasisDto } from '../ask-partner-to-leave/ask-partner-to-leave';

/** How a membership ended: notice given (withdrew), or asked to leave. */
export class MembershipEndingDto {
  @ApiProperty({ enum: ['withdrew', 'asked-to-leave'] })
  kind!: string;

  @ApiProperty({ description: 'The reason given' })
  reason!: string;

  @ApiProperty({ required: false, description: 'withdrew: the date notice was given' })
  noticeGivenOn?: string;

  @ApiProperty({ type: LeavingBasisDto, required: false, description: 'asked-to-leave: the decision or dispute it rests on' })
  basis?: LeavingBasisDto;
}

export class MembershipPeriodDto {
  @ApiProperty({ format: 'uuid', description: 'The admission fact that opened it: what a correction names' })
  admissionFactId!: string;

  @ApiProperty({ example: '2015-08-25' })
  from!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The first day it is no longer a partner; null while it is one' })
  until!: string | null;

  @ApiProperty({ type: MembershipEndingDto, nullable: true })
  ending!: MembershipEndingDto | null;
}

/** When and by whom the ledger recorded a fact. */
export class RecordedFactDto {
  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: ActorDto })
  recordedBy!: ActorDto;

  @ApiProperty({ type: 'integer' })
  position!: number;
}

/** A partner: its organisation, representatives and membership periods. */
export class PartnerDto {
  @ApiProperty({ example: 'kent-county-council' })
  organisationId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  organisationType!: string;

  @ApiProperty({ type: RepresentativeDto })
  lead!: RepresentativeDto;

  @ApiProperty({ type: RepresentativeDto, nullable: true })
  deputy!: RepresentativeDto | null;

  @ApiProperty({ type: [MembershipPeriodDto], description: 'Oldest first: an organisation may leave and join again' })
  memberships!: MembershipPeriodDto[];
}

/** A partner as GET /compacts/{id}/partners shows it: with when each admission was recorded. */
export class PartnerViewDto extends PartnerDto {
  @ApiProperty({ type: [RecordedFactDto], description: "When each membership's admission was recorded, in the order of memberships" })
  admissionsRecorded!: Array<RecordedFactDto | null>;
}

export class EndorsementViewDto {
  @ApiProperty({ format: 'uuid', description: 'What a correction names' })
  factId!: string;

  @ApiProperty()
  organisationId!: string;

  @ApiProperty()
  versionLabel!: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  contentHash!: string;

  @ApiProperty()
  boardName!: string;

  @ApiProperty({ example: '2016-03-22' })
  meetingDate!: string;

  @ApiProperty({ enum: ENDORSEMENT_OUTCOMES })
  outcome!: string;

  @ApiProperty({ type: [ConcernDto] })
  concerns!: ConcernDto[];

  @ApiProperty({ type: String, nullable: true, description: "The board's reason, where it gave one" })
  reason!: string | null;

  @ApiProperty({ description: 'True once a correction has changed it (the original stays in the history)' })
  corrected!: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  recordedAt!: string | null;
}

/** A row of the signature register: a partner and a version, signed or not yet. */
export class RegisterRowDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: "The signature's fact id (what a correction names); null for an unsigned slot" })
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

  @ApiProperty({ type: String, nullable: true, description: 'The date on the paper' })
  signedOn!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the ledger recorded it' })
  recordedAt!: string | null;

  @ApiProperty({ type: [String], description: 'What signing signifies, where the paper says' })
  signifies!: string[];

  @ApiProperty()
  corrected!: boolean;
}
