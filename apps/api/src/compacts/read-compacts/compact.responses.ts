import { ApiProperty } from '@nestjs/swagger';
import { COMPACT_STATUSES, IN_FORCE_RULES } from '@compact-ledger/domain';
import { ActorDto } from '../../http/recorded-event.dto';
import { ASSUME_VALUES, PaperDateDto } from '../paper-date.fields';
import { PartnerViewDto, RecordedFactDto } from '../read-partners/lifecycle.responses';

export class CurrentVersionDto {
  @ApiProperty()
  label!: string;

  @ApiProperty({ type: String, nullable: true, pattern: '^[0-9a-f]{64}$', description: 'Null where the ledger does not hold the text' })
  contentHash!: string | null;

  @ApiProperty({ type: PaperDateDto, description: 'The date on the paper, with its precision' })
  dated!: PaperDateDto;
}

/** A compact as listed: what it is, its newest version, its status on the date asked. */
export class CompactSummaryDto {
  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  covers!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: CurrentVersionDto, nullable: true, description: 'The version current on the date (in a list: the newest), or null before the first' })
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

  @ApiProperty({ enum: ASSUME_VALUES, description: 'How dates known only to a span were placed' })
  assume!: string;
}

export class TermDto {
  @ApiProperty({ description: 'What a correction names' })
  factId!: string;

  @ApiProperty({ enum: IN_FORCE_RULES })
  inForceRule!: string;

  @ApiProperty({ type: PaperDateDto, nullable: true, description: 'The date the term runs from; null: from coming into force' })
  effectiveFrom!: PaperDateDto | null;

  @ApiProperty({ type: PaperDateDto, nullable: true, description: 'The last day of the term' })
  expiresOn!: PaperDateDto | null;

  @ApiProperty({ type: PaperDateDto, nullable: true })
  refreshDueBy!: PaperDateDto | null;

  @ApiProperty({ type: Number, nullable: true })
  durationMonths!: number | null;

  @ApiProperty({ type: String, nullable: true })
  decisionReference!: string | null;

  @ApiProperty({ type: RecordedFactDto })
  recorded!: RecordedFactDto;

  @ApiProperty({ description: 'True once a correction has changed it' })
  corrected!: boolean;
}

/** What completed the set of signatures, or the rule, that brought a version into force. */
export class InForceCompletionDto {
  @ApiProperty({ enum: ['signature', 'departure', 'rule-set'] })
  kind!: string;

  @ApiProperty({ required: false, description: 'signature: the signature that completed the set' })
  factId?: string;

  @ApiProperty({ required: false, description: 'departure: the unsigned partner whose leaving completed it' })
  organisationId?: string;

  @ApiProperty({ type: PaperDateDto, required: false, description: 'departure: the day it left' })
  effectiveOn?: PaperDateDto;
}

export class InForceDto {
  @ApiProperty({ description: "What a correction names (only a decision's coming into force is corrected; the rest follows its signatures)" })
  factId!: string;

  @ApiProperty()
  versionLabel!: string;

  @ApiProperty({ type: String, nullable: true, pattern: '^[0-9a-f]{64}$' })
  contentHash!: string | null;

  @ApiProperty({ type: PaperDateDto })
  effectiveOn!: PaperDateDto;

  @ApiProperty({ enum: IN_FORCE_RULES })
  rule!: string;

  @ApiProperty({ type: String, nullable: true })
  decisionReference!: string | null;

  @ApiProperty({ type: [String], description: 'The signatures that brought it into force, by fact id' })
  signatureFactIds!: string[];

  @ApiProperty({ type: InForceCompletionDto, nullable: true })
  completedBy!: InForceCompletionDto | null;

  @ApiProperty({ type: RecordedFactDto })
  recorded!: RecordedFactDto;

  @ApiProperty()
  corrected!: boolean;
}

/** A fact whose date leaves it open whether it had happened on the date asked (placed by ?assume=earliest|latest). */
export class UndeterminedFactDto {
  @ApiProperty({ example: 'version 1 dated' })
  fact!: string;

  @ApiProperty({ type: String, nullable: true })
  factId!: string | null;

  @ApiProperty({ type: PaperDateDto })
  date!: PaperDateDto;
}

/** A compact on a date, on either clock. */
export class CompactViewDto extends CompactSummaryDto {
  @ApiProperty({ type: AsOfDto })
  asOf!: AsOfDto;

  @ApiProperty({ type: TermDto, nullable: true, description: 'The term in effect; null when none was set (the all-partners-signed rule applies)' })
  term!: TermDto | null;

  @ApiProperty({ type: [InForceDto], description: 'Each version that had come into force by the date, oldest first' })
  inForce!: InForceDto[];

  @ApiProperty({ type: [PartnerViewDto], description: 'The partners on the date: members, and those whose dates leave it undetermined' })
  partners!: PartnerViewDto[];

  @ApiProperty({
    type: [UndeterminedFactDto],
    description: 'Facts whose dates leave it open whether they had happened by the date (empty when every date is placed)',
  })
  undetermined!: UndeterminedFactDto[];
}
