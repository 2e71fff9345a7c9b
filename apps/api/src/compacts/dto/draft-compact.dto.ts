import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class DraftCompactDto {
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

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;
}
