import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ENDORSEMENT_OUTCOMES, type EndorsementOutcome, type RecordBoardEndorsement, type DataOf, type PaperDateInput } from '@compact-ledger/domain';
import { ORGANISATION_ID } from '../../http/dto-fields';
import { ConcernDto, ConcernsField, VersionLabelField } from '../compact-fields';
import { PaperDateField } from '../paper-date.fields';

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

  @PaperDateField('meetingDate', { example: '2014-12-02', happened: true })
  meetingDate!: PaperDateInput;

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

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'What the ledger takes that the paper does not say (001: the paper names the board, not the partner whose board it is), and why',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  assumption: string | null = null;
}
