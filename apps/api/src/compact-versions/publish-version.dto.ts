import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CALENDAR_DATE, UuidField } from '../http/dto-fields';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const SECTION_NUMBER = /^[0-9]+(\.[0-9]+)*$/;
export const VERSION_LABEL = /^[Vv]?[0-9]+(\.[0-9]+)*$/;

export class SectionDto {
  @ApiProperty({ example: '2.4' })
  @IsString()
  @Matches(SECTION_NUMBER, { message: 'number must be a section number such as 2 or 2.4' })
  number!: string;

  @ApiPropertyOptional({ type: String, example: 'Vision/Strategy', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  heading?: string | null;

  @ApiProperty()
  @IsString()
  @MaxLength(20_000)
  text!: string;
}

export class PhraseReplacementDto {
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

/**
 * A version written out whole (`sections`), or an amendment of the current one
 * (`replace`, `add`, `remove`, `replacePhrases`): one or the other.
 */
export class PublishVersionDto {
  @ApiProperty({ example: '6.0', description: 'Greater than the last: 1, 1.1, 2.0 ... (a leading V is dropped)' })
  @IsString()
  @Matches(VERSION_LABEL, { message: 'label must be a version number such as 1, 1.1 or V6.0' })
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
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SectionDto)
  sections?: SectionDto[];

  @ApiPropertyOptional({ type: [SectionDto], description: 'Amendment (instead of sections): sections whose text is replaced' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SectionDto)
  replace?: SectionDto[];

  @ApiPropertyOptional({ type: [SectionDto], description: 'Amendment (instead of sections): new sections' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SectionDto)
  add?: SectionDto[];

  @ApiPropertyOptional({ type: [String], description: 'Amendment (instead of sections): numbers of sections removed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(SECTION_NUMBER, { each: true, message: 'remove must list section numbers such as 3.9' })
  remove?: string[];

  @ApiPropertyOptional({ type: [PhraseReplacementDto], description: 'Amendment (instead of sections): whole-word replacements across the text' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PhraseReplacementDto)
  replacePhrases?: PhraseReplacementDto[];
}

export class VersionLabelParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  id!: string;

  @ApiProperty({ example: '1.1' })
  @Matches(VERSION_LABEL, { message: 'label must be a version number such as 1, 1.1 or V6.0' })
  label!: string;
}
