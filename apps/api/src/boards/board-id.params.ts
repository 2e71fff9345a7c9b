import { ApiProperty } from '@nestjs/swagger';
import { UuidField } from '../http/dto-fields';

export class BoardIdParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  id!: string;
}
