import { ApiProperty } from '@nestjs/swagger';
import { ActorDto } from '../../http/recorded-event.dto';

export class VersionSectionDto {
  @ApiProperty({ example: '2.4' })
  number!: string;

  @ApiProperty({ type: String, nullable: true })
  heading!: string | null;

  @ApiProperty()
  text!: string;
}

export class PhraseReplacementCountDto {
  @ApiProperty({ example: 'patient' })
  find!: string;

  @ApiProperty({ example: 'citizen' })
  replaceWith!: string;

  @ApiProperty({ type: 'integer', description: 'How many times it was replaced' })
  occurrences!: number;
}

/** What an amendment changed, against the version it amends. */
export class AmendmentSummaryDto {
  @ApiProperty({ description: 'The label of the version amended' })
  amends!: string;

  @ApiProperty({ type: [String] })
  replaced!: string[];

  @ApiProperty({ type: [String] })
  added!: string[];

  @ApiProperty({ type: [String] })
  removed!: string[];

  @ApiProperty({ type: [PhraseReplacementCountDto] })
  phraseReplacements!: PhraseReplacementCountDto[];
}

/** A version with its whole text and the content hash partners sign. */
export class VersionDto {
  @ApiProperty({ example: '6.0' })
  label!: string;

  @ApiProperty()
  note!: string;

  @ApiProperty({ example: '2016-02-27', description: 'The date on the paper' })
  dated!: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the RFC 8785 text of {label, sections}: what a signature names' })
  contentHash!: string;

  @ApiProperty({ type: [VersionSectionDto] })
  sections!: VersionSectionDto[];

  @ApiProperty({ type: AmendmentSummaryDto, nullable: true, description: 'For an amendment, what it changed; null for a whole text' })
  amendment!: AmendmentSummaryDto | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: ActorDto })
  recordedBy!: ActorDto;

  @ApiProperty({ type: 'integer', description: 'Global position of the event that published it' })
  position!: number;
}

export class VersionReferenceDto {
  @ApiProperty()
  label!: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  contentHash!: string;
}

export class WordChangeDto {
  @ApiProperty({ enum: ['same', 'added', 'removed'] })
  change!: string;

  @ApiProperty()
  text!: string;
}

export class HeadingChangeDto {
  @ApiProperty({ type: String, nullable: true })
  from!: string | null;

  @ApiProperty({ type: String, nullable: true })
  to!: string | null;
}

export class SectionComparisonDto {
  @ApiProperty({ example: '2.4' })
  number!: string;

  @ApiProperty({ enum: ['added', 'removed', 'changed'] })
  change!: string;

  @ApiProperty({ type: HeadingChangeDto })
  heading!: HeadingChangeDto;

  @ApiProperty({ type: [WordChangeDto], nullable: true, description: "Word by word, for a changed section's text" })
  words!: WordChangeDto[] | null;
}

/** Two versions compared section by section. */
export class VersionComparisonDto {
  @ApiProperty({ type: VersionReferenceDto })
  from!: VersionReferenceDto;

  @ApiProperty({ type: VersionReferenceDto })
  to!: VersionReferenceDto;

  @ApiProperty({ type: [SectionComparisonDto] })
  sections!: SectionComparisonDto[];

  @ApiProperty({ type: [String], description: 'The numbers of the sections left as they were' })
  unchanged!: string[];
}
