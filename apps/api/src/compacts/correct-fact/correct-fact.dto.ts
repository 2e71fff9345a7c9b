import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ENDORSEMENT_OUTCOMES, IN_FORCE_RULES, ORGANISATION_TYPES, type PaperDateInput, SIGNIFICANCE_CODES } from '@compact-ledger/domain';
import { UuidField } from '../../http/dto-fields';
import { LeavingBasisDto } from '../ask-partner-to-leave/ask-partner-to-leave';
import { ConcernDto, ConcernsField, RepresentativeDto } from '../compact-fields';
import { EscalationLevelDto } from '../define-escalation-path/escalation-path.dto';
import { PaperDateField } from '../paper-date.fields';

export const CORRECTABLE = [
  'version',
  'admission',
  'withdrawal',
  'asked-to-leave',
  'endorsement',
  'endorsement-request',
  'signature',
  'term',
  'in-force',
  'termination',
  'supersession',
  'escalation-path',
] as const;

/**
 * The fields that change, by the kind of fact (`fact`), each as the original fact's route takes
 * it; dates in either form. Which fields a kind has is the domain's to say (422
 * field-not-correctable names the ones it has).
 */
export class CorrectedFieldsDto {
  @ApiProperty({ enum: CORRECTABLE, description: 'The kind of fact corrected: it must be the kind the factId names' })
  @IsIn([...CORRECTABLE])
  fact!: (typeof CORRECTABLE)[number];

  @PaperDateField('dated', { optional: true, description: 'version: its date' })
  dated?: PaperDateInput;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'version: its note (null only for a first version the paper gives none)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional({ description: "admission: the organisation's name" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, description: "admission: the organisation's type" })
  @IsOptional()
  @IsIn([...ORGANISATION_TYPES])
  organisationType?: string;

  @PaperDateField('effectiveOn', {
    optional: true,
    description: 'admission, withdrawal, asked-to-leave, in-force, termination, supersession, escalation-path: the date it took effect',
  })
  effectiveOn?: PaperDateInput;

  @PaperDateField('noticeGivenOn', { optional: true, happened: true, description: 'withdrawal: the date notice was given' })
  noticeGivenOn?: PaperDateInput;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "withdrawal, asked-to-leave, termination, supersession: the reason given; endorsement: the board's reason",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason?: string | null;

  @ApiPropertyOptional({ type: LeavingBasisDto, description: 'asked-to-leave: the decision or dispute it rests on (checked as the original was)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LeavingBasisDto)
  basis?: LeavingBasisDto;

  @ApiPropertyOptional({ description: 'endorsement, endorsement-request: the board' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  boardName?: string;

  @PaperDateField('meetingDate', { optional: true, happened: true, description: 'endorsement, endorsement-request: the date the board met' })
  meetingDate?: PaperDateInput;

  @ApiPropertyOptional({ enum: ENDORSEMENT_OUTCOMES, description: "endorsement: the board's outcome" })
  @IsOptional()
  @IsIn([...ENDORSEMENT_OUTCOMES])
  outcome?: string;

  @ConcernsField("endorsement: the board's concerns and the responses, in place of those recorded")
  concerns?: ConcernDto[];

  @ApiPropertyOptional({ description: 'endorsement-request: what the board was asked' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  asked?: string;

  @ApiPropertyOptional({ type: RepresentativeDto, description: 'signature: the signatory' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentativeDto)
  signatory?: RepresentativeDto;

  @PaperDateField('signedOn', { optional: true, happened: true, description: 'signature: the date on the paper' })
  signedOn?: PaperDateInput;

  @ApiPropertyOptional({ enum: SIGNIFICANCE_CODES, isArray: true, description: 'signature: what signing signifies, as the paper says' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SIGNIFICANCE_CODES.length)
  @IsIn([...SIGNIFICANCE_CODES], { each: true })
  signifies?: string[];

  @ApiPropertyOptional({ enum: IN_FORCE_RULES, description: 'term: the in-force rule' })
  @IsOptional()
  @IsIn([...IN_FORCE_RULES])
  inForceRule?: string;

  @PaperDateField('effectiveFrom', { optional: true, description: 'term: the date it runs from (null: from coming into force)' })
  effectiveFrom?: PaperDateInput | null;

  @PaperDateField('expiresOn', { optional: true, description: 'term: its last day' })
  expiresOn?: PaperDateInput | null;

  @PaperDateField('refreshDueBy', { optional: true, description: 'term: the refresh due date' })
  refreshDueBy?: PaperDateInput | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'term: its length in months' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMonths?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'term, in-force, termination, supersession: the decision' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  decisionReference?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'supersession: the compact that replaces this one' })
  @IsOptional()
  @UuidField()
  successorCompactId?: string;

  @ApiPropertyOptional({ type: [EscalationLevelDto], description: 'escalation-path: its levels' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EscalationLevelDto)
  levels?: EscalationLevelDto[];
}

/** One correction: the fact it names, why, and the fields that change. */
export class CorrectionDto {
  @ApiProperty({
    description:
      'The factId of the fact corrected (a version, admission, departure, endorsement, request, signature, term, coming into force, closure or path)',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9._:-]{1,200}$/, { message: 'factId must be the id of a recorded fact' })
  factId!: string;

  @ApiProperty({ example: 'The paper: the CEG endorsed on 2 December 2014; the Health and Wellbeing Board was asked on 28 January 2015' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ type: CorrectedFieldsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CorrectedFieldsDto)
  correction!: CorrectedFieldsDto;
}

/** Corrections appended together or not at all: each is checked against the compact as all of them leave it. */
export class CorrectionsDto {
  @ApiProperty({ type: [CorrectionDto], description: "One or more; a version's date and an endorsement's that must move past each other go in one request" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CorrectionDto)
  corrections!: CorrectionDto[];
}
