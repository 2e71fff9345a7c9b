import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import type { DataOf, DisputeSubject, RaiseDispute } from '@compact-ledger/domain';
import { HappenedOnField, OrganisationIdField, OrganisationIdsField, TextField, UuidField } from '../../http/dto-fields';

export class DisputeSubjectDto {
  @ApiProperty({ enum: ['section', 'commitment'] })
  @IsIn(['section', 'commitment'])
  kind!: DisputeSubject['kind'];

  @ApiProperty({
    example: '8',
    description:
      'A section of the version current on the date raised, as the compact cites it (8, 2.4, Appendix 1, 4), or a commitment (Commitment 3, or Commitment 3: its heading); one it does not have is 422 naming the rule',
  })
  @TextField(200)
  ref!: string;
}

export class RaiseDisputeDto implements Omit<DataOf<RaiseDispute>, 'disputeId' | 'compact'> {
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
