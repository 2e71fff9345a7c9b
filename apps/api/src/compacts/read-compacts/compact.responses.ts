import { ApiProperty } from '@nestjs/swagger';
import { COMPACT_STATUSES, IN_FORCE_RULES } from '@compact-ledger/domain';
import { PartnerDto } from '../read-partners/lifecycle.responses';
import { SetTermDto } from '../set-term/set-term';
import { VersionReferenceDto } from '../read-versions/version.responses';
import { ActorDto } from '../../http/recorded-event.dto';

export class CurrentVersionDto extends VersionReferenceDto {
  @ApiProperty({ example: '2015-08-25', description: 'The date on the paper' })
  dated!: string;
}

/** A compact as listed: what it is, its newest version, its status today. */
export class CompactSummaryDto {
  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  covers!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: CurrentVersionDto, nullable: true, description: 'The newest version, or null before the first is published' })
  currentVersion!: CurrentVersionDto | null;

  @ApiProperty({ format: 'date-time' })
  draftedAt!: string;

  @ApiProperty({ type: ActorDto })
  draftedBy!: ActorDto;

  @ApiProperty({ type: 'integer', description: "The compact stream's revision: If-Match for the next command" })
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer' })
  position!: number;

  @ApiProperty({ enum: COMPACT_STATUSES })
  status!: string;
}

export class AsOfDto {
  @ApiProperty({ example: '2018-04-01' })
  date!: string;

  @ApiProperty({ enum: ['effective', 'recorded'] })
  axis!: string;
}

/** What completed the set of signatures, or the rule, that brought a version into force. */
export class InForceCompletionDto {
  @ApiProperty({ enum: ['signature', 'departure', 'rule-set'] })
  kind!: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'signature: the signature that completed the set' })
  factId?: string;

  @ApiProperty({ required: false, description: 'departure: the unsigned partner whose leaving completed it' })
  organisationId?: string;

  @ApiProperty({ required: false, description: 'departure: the day it left' })
  effectiveOn?: string;
}

export class InForceDto {
  @ApiProperty()
  versionLabel!: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  contentHash!: string;

  @ApiProperty({ example: '2017-06-01' })
  effectiveOn!: string;

  @ApiProperty({ enum: IN_FORCE_RULES })
  rule!: string;

  @ApiProperty({ type: String, nullable: true })
  decisionReference!: string | null;

  @ApiProperty({ type: [String], description: 'The signatures that brought it into force, by fact id' })
  signatureFactIds!: string[];

  @ApiProperty({ type: InForceCompletionDto, nullable: true })
  completedBy!: InForceCompletionDto | null;
}

/** A compact on a date, on either clock. */
export class CompactViewDto extends CompactSummaryDto {
  @ApiProperty({ type: AsOfDto })
  asOf!: AsOfDto;

  @ApiProperty({ type: SetTermDto, nullable: true })
  term!: SetTermDto | null;

  @ApiProperty({ type: [InForceDto], description: 'Each version that came into force, oldest first' })
  inForce!: InForceDto[];

  @ApiProperty({ type: [PartnerDto], description: 'The partners who were members on the date' })
  partners!: PartnerDto[];
}
