import { ApiProperty } from '@nestjs/swagger';
import { ActorDto } from '../../http/recorded-event.dto';
import { PaperDateDto } from '../paper-date.fields';
import { DescribedChangesDto } from '../publish-version/publish-version.dto';

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
  @ApiProperty({ description: 'What a correction of its date or note names' })
  factId!: string;

  @ApiProperty({ example: '6.0' })
  label!: string;

  @ApiProperty({ type: String, nullable: true, description: 'What changed and why; null where the paper gives no note' })
  note!: string | null;

  @ApiProperty({ type: PaperDateDto, description: 'The date on the paper, with its precision and what the ledger assumed' })
  dated!: PaperDateDto;

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 of the RFC 8785 text of {label, sections}: what a signature names; null without the text',
  })
  contentHash!: string | null;

  @ApiProperty({ type: [VersionSectionDto], nullable: true, description: "In the paper's order; null where the paper does not carry the text" })
  sections!: VersionSectionDto[] | null;

  @ApiProperty({ type: AmendmentSummaryDto, nullable: true, description: 'For an amendment of the text, what it changed; null for a whole text' })
  amendment!: AmendmentSummaryDto | null;

  @ApiProperty({
    type: DescribedChangesDto,
    nullable: true,
    description: "What the version's note says it changed, where the paper says (000's V4.0: 2.4 and 4.1 amended, 3.9 added)",
  })
  describedChanges!: DescribedChangesDto | null;

  @ApiProperty({ description: 'True once a correction has changed its date or note' })
  corrected!: boolean;

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

  @ApiProperty({ type: String, nullable: true, pattern: '^[0-9a-f]{64}$' })
  contentHash!: string | null;
}

/** What one version's note says it changed. */
export class DescribedVersionDto {
  @ApiProperty()
  label!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: DescribedChangesDto, nullable: true })
  changes!: DescribedChangesDto | null;
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

  @ApiProperty({
    description: "False where either version's text is not recorded: sections and unchanged are then empty, and described says what the notes say",
  })
  textCompared!: boolean;

  @ApiProperty({ type: [SectionComparisonDto] })
  sections!: SectionComparisonDto[];

  @ApiProperty({ type: [String], description: 'The references of the sections left as they were' })
  unchanged!: string[];

  @ApiProperty({ type: [DescribedVersionDto], description: 'For each version after from up to to: what its note says it changed' })
  described!: DescribedVersionDto[];
}
