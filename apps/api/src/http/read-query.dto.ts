import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { Type } from 'class-transformer';

/** Every read accepts ?minPosition= (see ReadYourWritesGuard); query DTOs extend this. */
export class ReadQueryDto {
  @ApiPropertyOptional({ description: 'Wait until the read models include the event at this global position (from a command response).', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minPosition?: number;
}
