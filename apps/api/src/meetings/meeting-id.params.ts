import { ApiProperty } from '@nestjs/swagger';
import { UuidField } from '../http/dto-fields';

export class MeetingIdParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  id!: string;
}
