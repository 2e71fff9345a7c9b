import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import type { PhraseReplacement, PublishAmendment, DataOf } from '@compact-ledger/domain';
import { CALENDAR_DATE } from '../../http/dto-fields';
import { SECTION_NUMBER, SectionDto, VersionLabelField } from '../compact-fields';

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

const AMENDMENT_FIELDS = ['replace', 'add', 'remove', 'replacePhrases'] as const;
const amends = (body: object) => AMENDMENT_FIELDS.some((field) => (body as Record<string, unknown>)[field] !== undefined);

/**
 * A version written out whole (`sections`), or an amendment of the current one
 * (`replace`, `add`, `remove`, `replacePhrases`): one or the other.
 */
export class PublishVersionDto implements Omit<DataOf<PublishAmendment>, 'sections'> {
  @ApiProperty({ example: '6.0', description: 'Greater than the last: 1, 1.1, 2.0 ... (a leading V is dropped)' })
  @IsString()
  @VersionLabelField('label')
  label!: string;

  @ApiProperty({ example: 'Amendments following CE meeting on the 26 February, to include changing the word "patient" to "citizen".' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note!: string;

  @ApiProperty({ example: '2016-02-27', description: 'The date on the paper (YYYY-MM-DD)' })
  @Matches(CALENDAR_DATE, { message: 'dated must be a date such as 2016-02-27' })
  dated!: string;

  @ApiPropertyOptional({
    type: [SectionDto],
    description:
      'The whole text of a version. Give either sections, or one or more of replace, add, remove and replacePhrases (an amendment of the current version): one or the other is required, never both.',
  })
  // Checked when given, and when nothing else says what the version is.
  @ValidateIf((body: PublishVersionDto) => body.sections !== undefined || !amends(body))
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
  sections?: SectionDto[];

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
  @Matches(SECTION_NUMBER, { each: true, message: 'remove must list section numbers such as 3.9' })
  remove?: string[];

  @ApiPropertyOptional({ type: [PhraseReplacementDto], description: 'Amendment (instead of sections): whole-word replacements across the text' })
  @ValidateIf((body: PublishVersionDto) => body.replacePhrases !== undefined)
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PhraseReplacementDto)
  replacePhrases?: PhraseReplacementDto[];
}
