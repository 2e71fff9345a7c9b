import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { DraftCompact, DataOf } from '@compact-ledger/domain';

export class DraftCompactDto implements Omit<DataOf<DraftCompact>, 'compactId'> {
  @ApiProperty({ example: 'Shropshire, Telford and Wrekin Health and Social Care Partnership Compact', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ description: 'The place or system the compact covers', example: 'Shropshire, Telford and Wrekin', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  covers!: string;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description: string | null = null;
}
