import type { DefineEscalationPath, EscalationLevel, DataOf } from '@compact-ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { CalendarDateField, TextField } from '../../http/dto-fields';

/** The compact's escalation path (docs/domain.md): the levels a dispute moves up, one at a time. */
export class EscalationLevelDto implements EscalationLevel {
  @ApiProperty({ example: 1, description: '1, 2, 3, ... in order' })
  @IsInt()
  @Min(1)
  @Max(20)
  level!: number;

  @ApiProperty({ example: 'Bilateral resolution' })
  @TextField(200)
  name!: string;

  @ApiProperty({ example: 'The accountable officers of the organisations concerned' })
  @TextField(1000)
  whoActs!: string;

  @ApiProperty({ description: 'Mediators may be appointed at this level' })
  @IsBoolean()
  mediation!: boolean;

  @ApiProperty({ description: 'A board-to-board meeting with an agreed independent chair' })
  @IsBoolean()
  independentChair!: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    example: 20,
    description: 'How long a dispute may stay at this level, in working days (England’s); absent for no limit',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  workingDayLimit?: number;
}

export class EscalationPathDto implements DataOf<DefineEscalationPath> {
  @ApiProperty({ type: [EscalationLevelDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EscalationLevelDto)
  levels!: EscalationLevelDto[];

  @ApiProperty({ example: 'Section 8 of the compact' })
  @TextField(1000)
  note!: string;

  @ApiProperty({ example: '2016-01-25' })
  @CalendarDateField('effectiveOn')
  effectiveOn!: string;
}
