import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ENDORSEMENT_OUTCOMES, ORGANISATION_TYPES, SIGNIFICANCE_CODES } from '@compact-ledger/domain';
import { VERSION_LABEL } from '../compact-versions/publish-version.dto';
import { CALENDAR_DATE, HappenedOnField, ORGANISATION_ID, UuidField } from '../http/dto-fields';

const HASH = /^[0-9a-f]{64}$/;

export class RepresentativeDto {
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

export class AdmitPartnerDto {
  @ApiProperty({ example: 'kent-county-council' })
  @Matches(ORGANISATION_ID, { message: 'organisationId must be lower-case words joined by hyphens' })
  organisationId!: string;

  @ApiProperty({ example: 'Kent County Council' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn([...ORGANISATION_TYPES])
  organisationType!: string;

  @ApiProperty({ type: RepresentativeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  lead!: RepresentativeDto;

  @ApiPropertyOptional({ type: RepresentativeDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  deputy?: RepresentativeDto | null;

  @ApiProperty({ example: '2015-08-25' })
  @Matches(CALENDAR_DATE, { message: 'effectiveOn must be a date such as 2015-08-25' })
  effectiveOn!: string;
}

export class WithdrawalDto {
  @ApiProperty({ example: '2017-01-31' })
  @HappenedOnField('noticeGivenOn', '2017-01-31')
  noticeGivenOn!: string;

  @ApiProperty({ example: '2017-04-30' })
  @Matches(CALENDAR_DATE, { message: 'effectiveOn must be a date such as 2017-04-30' })
  effectiveOn!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class LeavingBasisDto {
  @ApiProperty({ enum: ['decision', 'dispute'] })
  @IsIn(['decision', 'dispute'])
  kind!: 'decision' | 'dispute';

  @ApiProperty({ example: 'Partnership Board minute 2018/07' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reference!: string;
}

export class ExpulsionDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ type: LeavingBasisDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LeavingBasisDto)
  basis!: LeavingBasisDto;

  @ApiProperty({ example: '2018-09-30' })
  @Matches(CALENDAR_DATE, { message: 'effectiveOn must be a date such as 2018-09-30' })
  effectiveOn!: string;
}

export class ConcernDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  concern!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  response?: string | null;
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

export class EndorsementDto {
  @ApiProperty({ example: 'nottingham-city-ccg' })
  @Matches(ORGANISATION_ID, { message: 'organisationId must be lower-case words joined by hyphens' })
  organisationId!: string;

  @ApiProperty({ example: '1.0' })
  @Matches(VERSION_LABEL, { message: 'versionLabel must be a version number such as 1.0' })
  versionLabel!: string;

  @ApiProperty({ example: 'Governing Body' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  boardName!: string;

  @ApiProperty({ example: '2016-03-22' })
  @HappenedOnField('meetingDate', '2016-03-22')
  meetingDate!: string;

  @ApiProperty({ enum: ENDORSEMENT_OUTCOMES })
  @IsIn([...ENDORSEMENT_OUTCOMES])
  outcome!: string;

  @ConcernsField()
  concerns?: ConcernDto[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

export class SignatureDto {
  @ApiProperty({ example: 'south-kent-coast-ccg' })
  @Matches(ORGANISATION_ID, { message: 'organisationId must be lower-case words joined by hyphens' })
  organisationId!: string;

  @ApiProperty({ example: '1.0' })
  @Matches(VERSION_LABEL, { message: 'versionLabel must be a version number such as 1.0' })
  versionLabel!: string;

  @ApiProperty({ description: "The content hash of the version's text the signatory signed" })
  @Matches(HASH, { message: 'contentHash must be the 64-hex-digit SHA-256 content hash of the version' })
  contentHash!: string;

  @ApiProperty({ type: RepresentativeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  signatory!: RepresentativeDto;

  @ApiProperty({ example: '2015-08-25', description: 'The date on the paper' })
  @HappenedOnField('signedOn', '2015-08-25')
  signedOn!: string;

  @ApiProperty({ enum: SIGNIFICANCE_CODES, isArray: true, description: 'What signing signifies (001 section 9); empty where the paper does not say' })
  @IsArray()
  @ArrayMaxSize(SIGNIFICANCE_CODES.length)
  @IsIn([...SIGNIFICANCE_CODES], { each: true })
  signifies!: string[];
}

export class OrganisationParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  id!: string;

  @ApiProperty({ example: 'kent-county-council' })
  @Matches(ORGANISATION_ID, { message: 'org must be lower-case words joined by hyphens' })
  org!: string;
}
