import type { DefineEscalationPath, EscalationLevel, DataOf, PaperDateInput } from '@compact-ledger/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { TextField } from '../../http/dto-fields';
import { PaperDateDto, PaperDateField } from '../paper-date.fields';

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

export class EscalationPathDto implements Omit<DataOf<DefineEscalationPath>, 'factId'> {
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

  @PaperDateField('effectiveOn', {
    example: '2016-01-25',
    description: 'The date the path took effect on the paper (with the version that sets it out, its date)',
  })
  effectiveOn!: PaperDateInput;
}

/** A path as a read shows it: its date with its precision. */
export class EscalationPathViewDto {
  @ApiProperty({ type: [EscalationLevelDto] })
  levels!: EscalationLevelDto[];

  @ApiProperty()
  note!: string;

  @ApiProperty({ type: PaperDateDto })
  effectiveOn!: PaperDateDto;
}

/** The compact's path, with the id a correction names and when it was recorded. */
export class CompactEscalationPathDto extends EscalationPathViewDto {
  @ApiProperty({ description: 'What a correction names' })
  factId!: string;

  @ApiProperty({ description: 'True once a correction has changed it' })
  corrected!: boolean;
}
