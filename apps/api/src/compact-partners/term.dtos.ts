import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ENDORSEMENT_OUTCOMES, IN_FORCE_RULES, ORGANISATION_TYPES, SIGNIFICANCE_CODES } from '@compact-ledger/domain';
import { VERSION_LABEL } from '../compact-versions/publish-version.dto';
import { CalendarDateField, HappenedOnField, UuidField } from '../http/dto-fields';
import { ConcernDto, ConcernsField, RepresentativeDto } from './partner.dtos';

export class SetTermDto {
  @ApiProperty({ enum: IN_FORCE_RULES, description: 'all-partners-signed, or explicit-decision' })
  @IsIn([...IN_FORCE_RULES])
  inForceRule!: string;

  @ApiPropertyOptional({ type: String, example: '2017-06-01', nullable: true })
  @IsOptional()
  @CalendarDateField('effectiveFrom')
  effectiveFrom?: string | null;

  @ApiPropertyOptional({ type: String, example: '2020-03-31', nullable: true })
  @IsOptional()
  @CalendarDateField('expiresOn')
  expiresOn?: string | null;

  @ApiPropertyOptional({ type: String, example: '2018-03-31', nullable: true })
  @IsOptional()
  @CalendarDateField('refreshDueBy')
  refreshDueBy?: string | null;

  @ApiPropertyOptional({ type: Number, example: 24, nullable: true, description: '002: "for the next 24 months"' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMonths?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  decisionReference?: string | null;
}

export class CameIntoForceDto {
  @ApiProperty({ example: '1' })
  @Matches(VERSION_LABEL, { message: 'versionLabel must be a version number such as 1.0' })
  versionLabel!: string;

  @ApiProperty({ example: '2017-06-01' })
  @CalendarDateField('effectiveOn')
  effectiveOn!: string;

  @ApiProperty({ example: 'Partnership Board, 2017-05' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  decisionReference!: string;
}

/** A termination: when, why and on whose decision. */
export class TerminationDto {
  @ApiProperty({ example: '2020-03-31' })
  @CalendarDateField('effectiveOn')
  effectiveOn!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  decisionReference?: string | null;
}

/** A supersession: a termination that names the compact replacing this one. */
export class SupersessionDto extends TerminationDto {
  @ApiProperty({ format: 'uuid', description: 'The compact that replaces this one' })
  @UuidField()
  successorCompactId!: string;
}

/** A correction names the recorded fact (its factId) and gives only the corrected fields. */
export class CorrectionDto {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  factId!: string;

  @ApiProperty({ example: 'The paper is dated 25 Aug 2015, not 25 Jul' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ enum: ['signature', 'endorsement', 'admission'] })
  @IsIn(['signature', 'endorsement', 'admission'])
  fact!: 'signature' | 'endorsement' | 'admission';

  @ApiPropertyOptional({ type: RepresentativeDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  signatory?: RepresentativeDto;

  @ApiPropertyOptional({ example: '2015-08-25' })
  @IsOptional()
  @HappenedOnField('signedOn')
  signedOn?: string;

  @ApiPropertyOptional({ enum: SIGNIFICANCE_CODES, isArray: true, description: 'signature: what signing signifies, as the paper says' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SIGNIFICANCE_CODES.length)
  @IsIn([...SIGNIFICANCE_CODES], { each: true })
  signifies?: string[];

  @ApiPropertyOptional({ example: '2016-03-30' })
  @IsOptional()
  @HappenedOnField('meetingDate')
  meetingDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  boardName?: string;

  @ApiPropertyOptional({ enum: ENDORSEMENT_OUTCOMES, description: "endorsement: the board's outcome" })
  @IsOptional()
  @IsIn([...ENDORSEMENT_OUTCOMES])
  outcome?: string;

  @ConcernsField("endorsement: the board's concerns and the responses, in place of those recorded")
  concerns?: ConcernDto[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "endorsement: the board's reason for its outcome (`reason` above is why the correction is made)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  endorsementReason?: string | null;

  @ApiPropertyOptional({ example: '2015-08-01' })
  @IsOptional()
  @CalendarDateField('effectiveOn')
  effectiveOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, description: "admission: the organisation's type" })
  @IsOptional()
  @IsIn([...ORGANISATION_TYPES])
  organisationType?: string;
}
