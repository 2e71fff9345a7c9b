import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ENDORSEMENT_OUTCOMES, type EndorsementOutcome, type RecordBoardEndorsement, type DataOf } from '@compact-ledger/domain';
import { HappenedOnField, ORGANISATION_ID } from '../../http/dto-fields';
import { ConcernDto, ConcernsField, VersionLabelField } from '../compact-fields';

export class EndorsementDto implements Omit<DataOf<RecordBoardEndorsement>, 'factId'> {
  @ApiProperty({ example: 'nottingham-city-ccg' })
  @Matches(ORGANISATION_ID, { message: 'organisationId must be lower-case words joined by hyphens' })
  organisationId!: string;

  @ApiProperty({ example: '1.0' })
  @VersionLabelField('versionLabel')
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
  outcome!: EndorsementOutcome;

  @ConcernsField()
  concerns: ConcernDto[] = [];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason: string | null = null;
}
