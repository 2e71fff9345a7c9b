import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { HappenedOnField, OrganisationIdField, OrganisationIdsField, TextField, UuidField } from '../http/dto-fields';
import { ReadQueryDto, WholeNumberQuery } from '../http/read-query.dto';

export class DisputeIdParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  id!: string;
}

export class EvidenceParams extends DisputeIdParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  evidenceId!: string;
}

export class DisputeSubjectDto {
  @ApiProperty({ enum: ['section', 'commitment'] })
  @IsIn(['section', 'commitment'])
  kind!: 'section' | 'commitment';

  @ApiProperty({ example: '2.4', description: "A section number of the compact's current version, or a commitment's name" })
  @TextField(200)
  ref!: string;
}

export class RaiseDisputeDto {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  compactId!: string;

  @ApiProperty({ example: 'nottingham-city-ccg', description: 'The organisation raising it: a partner raises for its own organisation only' })
  @OrganisationIdField('raisedBy')
  raisedBy!: string;

  @ApiProperty({ example: ['nottingham-university-hospitals'], type: [String] })
  @OrganisationIdsField('against')
  against!: string[];

  @ApiProperty({ type: [DisputeSubjectDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DisputeSubjectDto)
  about!: DisputeSubjectDto[];

  @ApiProperty({ example: 'Quarterly system measures not shared with partner boards' })
  @TextField(5000)
  summary!: string;

  @ApiProperty({ example: '2017-09-01' })
  @HappenedOnField('raisedOn')
  raisedOn!: string;
}

export class DisputeResponseDto {
  @ApiProperty({ example: 'nottingham-university-hospitals', description: 'The responding party: a partner responds for its own organisation only' })
  @OrganisationIdField('respondent')
  respondent!: string;

  @ApiProperty()
  @TextField(5000)
  response!: string;

  @ApiProperty({ example: '2017-09-10' })
  @HappenedOnField('respondedOn')
  respondedOn!: string;
}

export class MediatorDto {
  @ApiProperty({ example: 'cis2-555012', description: "The mediator's identity: the `sub` of their token" })
  @TextField(200)
  subject!: string;

  @ApiProperty({ example: 'Ann Example' })
  @TextField(200)
  name!: string;

  @ApiProperty({ example: 'Lay Chair of the Transformation Board' })
  @TextField(300)
  role!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  @IsOptional()
  @OrganisationIdField('mediator.organisation')
  organisation?: string | null;
}

export class AppointMediatorDto {
  @ApiProperty({ example: 2, description: 'The level the dispute is at now' })
  @IsInt()
  @Min(1)
  @Max(20)
  level!: number;

  @ApiProperty({ type: MediatorDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MediatorDto)
  mediator!: MediatorDto;

  @ApiProperty({ example: '2017-10-02' })
  @HappenedOnField('appointedOn')
  appointedOn!: string;
}

export class EscalationDto {
  @ApiProperty({ example: 2, description: 'The next level: exactly one above the current one' })
  @IsInt()
  @Min(1)
  @Max(20)
  toLevel!: number;

  @ApiProperty({ example: 'No agreement between the accountable officers after two meetings' })
  @TextField(5000)
  reason!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The party asking for it; a partner escalates for its own organisation (the default); null when a mediator or the secretariat escalates',
  })
  @IsOptional()
  @OrganisationIdField('requestedBy')
  requestedBy?: string | null;

  @ApiProperty({ example: '2017-10-01' })
  @HappenedOnField('escalatedOn')
  escalatedOn!: string;
}

export class IndependentChairDto {
  @ApiProperty({ example: 'Sam Example' })
  @TextField(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Their organisation; it may not be a party' })
  @IsOptional()
  @OrganisationIdField('chair.organisation')
  organisation?: string | null;
}

export class AgreeIndependentChairDto {
  @ApiProperty({ type: IndependentChairDto })
  @IsObject()
  @ValidateNested()
  @Type(() => IndependentChairDto)
  chair!: IndependentChairDto;

  @ApiProperty({ type: [String], description: 'Every party' })
  @OrganisationIdsField('agreedBy')
  agreedBy!: string[];

  @ApiProperty({ example: '2017-11-15' })
  @HappenedOnField('agreedOn')
  agreedOn!: string;
}

export class ResolutionDto {
  @ApiProperty({ example: 'Measures shared monthly from January; reviewed at the Transformation Board' })
  @TextField(5000)
  terms!: string;

  @ApiProperty({ type: [String], description: 'Every party' })
  @OrganisationIdsField('agreedBy')
  agreedBy!: string[];

  @ApiProperty({ example: '2017-12-01' })
  @HappenedOnField('resolvedOn')
  resolvedOn!: string;
}

export class DisputeWithdrawalDto {
  @ApiProperty({ description: 'The raising organisation' })
  @OrganisationIdField('withdrawnBy')
  withdrawnBy!: string;

  @ApiProperty()
  @TextField(5000)
  reason!: string;

  @ApiProperty({ example: '2017-10-05' })
  @HappenedOnField('withdrawnOn')
  withdrawnOn!: string;
}

/** The text fields of an evidence upload (multipart/form-data, before or after the file). */
export class EvidenceFieldsDto {
  @ApiProperty({ example: 'nottingham-city-ccg', description: 'The party submitting it: a partner for its own organisation only' })
  @OrganisationIdField('submittedBy')
  submittedBy!: string;

  @ApiProperty({ example: 'Minutes of the July accountable officers meeting' })
  @TextField(2000)
  description!: string;

  @ApiProperty({ example: '2017-09-01' })
  @HappenedOnField('submittedOn')
  submittedOn!: string;
}

/** The whole multipart/form-data body of an evidence upload, as the OpenAPI document gives it: the fields and one file. */
export class EvidenceUploadDto extends EvidenceFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'One file, no larger than LEDGER_UPLOAD_LIMIT, with a filename and a media type' })
  @Allow()
  file!: unknown;
}

export class ReplayQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: "The last revision to replay to (0 is the raising), at most the dispute's last; decimal digits only",
    example: 1,
  })
  @WholeNumberQuery()
  upTo?: number;
}

export class DisputeListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this compact's disputes" })
  @IsOptional()
  @UuidField()
  compactId?: string;
}
