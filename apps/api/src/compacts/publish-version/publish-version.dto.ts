import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { DataOf, DescribedChanges, PaperDateInput, PhraseReplacement, PublishAmendment, PublishVersion, SectionReference } from '@compact-ledger/domain';
import { SECTION_NUMBER, SectionDto, VersionLabelField } from '../compact-fields';
import { PaperDateField } from '../paper-date.fields';

export class PhraseReplacementDto implements PhraseReplacement {
  @ApiProperty({ example: 'patient' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  find!: string;

  @ApiProperty({ example: 'citizen' })
  @IsString()
  @MaxLength(200)
  replaceWith!: string;
}

export class SectionReferenceDto implements SectionReference {
  @ApiProperty({ example: 'new section 3.9', description: "The note's words" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  asWritten!: string;

  @ApiProperty({ example: '3.9', description: 'The section it is, as the text the paper carries numbers it' })
  @Matches(SECTION_NUMBER, { message: 'section must be a section reference such as 3.9' })
  section!: string;

  @ApiProperty({
    enum: ['number', 'heading', 'heading-words'],
    description: "number: the note gives it; heading: a heading matches; heading-words: a heading holding the same words (the ledger's reading)",
  })
  @IsIn(['number', 'heading', 'heading-words'])
  resolvedBy!: SectionReference['resolvedBy'];
}

const SectionReferencesField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [SectionReferenceDto], description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(100),
    ValidateNested({ each: true }),
    Type(() => SectionReferenceDto),
  );

/** What a version's note says it changed, where the paper does not carry the text to show it (000: "Amendments to 2.4 and 4.1, new section 3.9"). */
export class DescribedChangesDto implements DescribedChanges {
  @ApiProperty({ example: '3.0', description: 'The version amended' })
  @VersionLabelField('amends')
  amends!: string;

  @SectionReferencesField('Sections the note says were amended')
  amended: SectionReferenceDto[] = [];

  @SectionReferencesField('Sections the note says were added')
  added: SectionReferenceDto[] = [];

  @SectionReferencesField('Sections the note says were removed')
  removed: SectionReferenceDto[] = [];

  @ApiPropertyOptional({ type: () => [PhraseReplacementDto], description: '"changing the word patient to citizen"' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PhraseReplacementDto)
  phraseReplacements: PhraseReplacementDto[] = [];

  @ApiPropertyOptional({ type: Boolean, description: 'The note also speaks of changes it does not place ("Minor amendment")' })
  @IsOptional()
  @IsBoolean()
  unlocatedChanges: boolean = false;
}

const AMENDMENT_FIELDS = ['replace', 'add', 'remove', 'replacePhrases'] as const;
const amends = (body: object) => AMENDMENT_FIELDS.some((field) => (body as Record<string, unknown>)[field] !== undefined);

/**
 * A version written out whole (`sections`), or an amendment of the current one
 * (`replace`, `add`, `remove`, `replacePhrases`): one or the other.
 */
export class PublishVersionDto implements Omit<DataOf<PublishAmendment>, 'sections' | 'note'>, Pick<DataOf<PublishVersion>, 'note' | 'describedChanges'> {
  @ApiProperty({ example: '6.0', description: 'Greater than the last: 1, 1.1, 2.0 ... (a leading V is dropped)' })
  @IsString()
  @VersionLabelField('label')
  label!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Amendments following CE meeting on the 26 February, to include changing the word "patient" to "citizen".',
    description: 'What changed and why; null only for a first version the paper gives no note',
  })
  @ValidateIf((body: PublishVersionDto) => body.note !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string | null;

  @PaperDateField('dated', {
    example: '2013-02-27',
    description: 'The date on the paper, with its precision (a version table\'s "27.2" with the year the ledger assumed, in the object form)',
  })
  dated!: PaperDateInput;

  @ApiPropertyOptional({
    type: [SectionDto],
    nullable: true,
    description:
      "The whole text of a version, in the paper's order; null for a version the paper lists but whose text it does not carry (000's V1 to V5.0). Give either sections, or one or more of replace, add, remove and replacePhrases (an amendment of the current version): one or the other is required, never both.",
  })
  // Checked when given (null records a version without its text), and when nothing else says what the version is.
  @ValidateIf((body: PublishVersionDto) => body.sections !== null && (body.sections !== undefined || !amends(body)))
  @IsArray({ message: 'give sections (a whole version) or replace/add/remove/replacePhrases (an amendment)' })
  @ValidateBy({
    name: 'wholeVersionOrAmendment',
    validator: {
      validate: (_sections: unknown, args) => !amends(args!.object),
      defaultMessage: () => 'give either sections (a whole version) or replace/add/remove/replacePhrases (an amendment), not both',
    },
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SectionDto)
  sections?: SectionDto[] | null;

  @ApiPropertyOptional({
    type: DescribedChangesDto,
    nullable: true,
    description: 'With a whole version: what its note says it changed, in a form a diff can show',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DescribedChangesDto)
  describedChanges?: DescribedChangesDto | null;

  @ApiPropertyOptional({ type: [SectionDto], description: 'Amendment (instead of sections): sections whose text is replaced' })
  @ValidateIf((body: PublishVersionDto) => body.replace !== undefined)
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SectionDto)
  replace?: SectionDto[];

  @ApiPropertyOptional({ type: [SectionDto], description: 'Amendment (instead of sections): new sections' })
  @ValidateIf((body: PublishVersionDto) => body.add !== undefined)
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SectionDto)
  add?: SectionDto[];

  @ApiPropertyOptional({ type: [String], description: 'Amendment (instead of sections): numbers of sections removed' })
  @ValidateIf((body: PublishVersionDto) => body.remove !== undefined)
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(SECTION_NUMBER, { each: true, message: 'remove must list section references such as 3.9' })
  remove?: string[];

  @ApiPropertyOptional({ type: [PhraseReplacementDto], description: 'Amendment (instead of sections): whole-word replacements across the text' })
  @ValidateIf((body: PublishVersionDto) => body.replacePhrases !== undefined)
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PhraseReplacementDto)
  replacePhrases?: PhraseReplacementDto[];
}
