import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import type { EndorsementConcern, Representative, Section } from '@compact-ledger/domain';
import { ORGANISATION_ID, UuidField } from '../http/dto-fields';

/** Fields several of a compact's use cases share. */

export const VERSION_LABEL = /^[Vv]?[0-9]+(\.[0-9]+)*$/;
/** A section reference: the paper's number (2.4, 4.2 1, 3 a, Commitment 3) or the key the ledger gives text the paper does not number. */
export const SECTION_NUMBER = /^\S(?:[^\r\n\t]{0,198}\S)?$/;
export const CONTENT_HASH = /^[0-9a-f]{64}$/;

/** A version label: `1`, `1.1`, `V6.0` (the leading V is dropped). */
export const VersionLabelField = (field: string) => Matches(VERSION_LABEL, { message: `${field} must be a version number such as 1, 1.1 or V6.0` });

export class RepresentativeDto implements Representative {
  @ApiProperty({ example: 'Hazel Carpenter' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Accountable Officer', description: 'Null where the paper gives no role' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  role: string | null = null;
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
  @ApiProperty({ example: '2.4', description: 'How the section is cited: 2.4, 4.2 1, Commitment 3, Appendix 1, 4 (one line, at most 200 characters)' })
  @IsString()
  @Matches(SECTION_NUMBER, { message: 'number must be a section reference on one line such as 2.4 or Commitment 3' })
  number!: string;

  @ApiPropertyOptional({ type: String, example: 'Vision/Strategy', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  heading: string | null = null;

  @ApiProperty()
  @IsString()
  @MaxLength(50_000)
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
