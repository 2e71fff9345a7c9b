import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { EndorsementConcern, Representative, Section } from '@compact-ledger/domain';
import { ORGANISATION_ID, UuidField } from '../http/dto-fields';

/** Fields several of a compact's use cases share. */

export const VERSION_LABEL = /^[Vv]?[0-9]+(\.[0-9]+)*$/;
export const SECTION_NUMBER = /^[0-9]+(\.[0-9]+)*$/;
export const CONTENT_HASH = /^[0-9a-f]{64}$/;

/** A version label: `1`, `1.1`, `V6.0` (the leading V is dropped). */
export const VersionLabelField = (field: string) => Matches(VERSION_LABEL, { message: `${field} must be a version number such as 1, 1.1 or V6.0` });

export class RepresentativeDto implements Representative {
  @ApiProperty({ example: 'Hazel Carpenter' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'Accountable Officer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  role!: string;
}

export class ConcernDto implements EndorsementConcern {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  concern!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  response: string | null = null;
}

/** A board's concerns, each with the response to it, at most fifty. */
export const ConcernsField = (description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [ConcernDto], description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50),
    ValidateNested({ each: true }),
    Type(() => ConcernDto),
  );

export class SectionDto implements Section {
  @ApiProperty({ example: '2.4' })
  @IsString()
  @Matches(SECTION_NUMBER, { message: 'number must be a section number such as 2 or 2.4' })
  number!: string;

  @ApiPropertyOptional({ type: String, example: 'Vision/Strategy', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  heading: string | null = null;

  @ApiProperty()
  @IsString()
  @MaxLength(20_000)
  text!: string;
}

/** A compact and one of its partner organisations, from the path. */
export class OrganisationParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  id!: string;

  @ApiProperty({ example: 'kent-county-council' })
  @Matches(ORGANISATION_ID, { message: 'org must be lower-case words joined by hyphens' })
  org!: string;
}

/** A compact and one of its versions, from the path. */
export class VersionLabelParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  id!: string;

  @ApiProperty({ example: '1.1' })
  @VersionLabelField('label')
  label!: string;
}
