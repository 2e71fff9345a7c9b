import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import type { DataOf, SubmitDisputeEvidence } from '@compact-ledger/domain';
import { HappenedOnField, OrganisationIdField, TextField } from '../../http/dto-fields';

/** The text fields of an evidence upload (multipart/form-data, before or after the file). */
export class EvidenceFieldsDto implements Pick<DataOf<SubmitDisputeEvidence>, 'submittedBy' | 'description' | 'submittedOn'> {
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
