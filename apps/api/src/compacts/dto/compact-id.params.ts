import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CompactIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
