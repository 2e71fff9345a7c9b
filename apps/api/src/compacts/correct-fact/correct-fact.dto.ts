import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ENDORSEMENT_OUTCOMES, ORGANISATION_TYPES, SIGNIFICANCE_CODES } from '@compact-ledger/domain';
import { CalendarDateField, HappenedOnField, UuidField } from '../../http/dto-fields';
import { ConcernDto, ConcernsField, RepresentativeDto } from '../compact-fields';

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
