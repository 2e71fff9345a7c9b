import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { DataOf, RecordMeasureValue } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { FINANCIAL_QUARTER } from '../../governance/governance-fields';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { ProgrammeCommands } from '../programme-commands';
import { MeasureParams } from '../programme-params';

export class MeasureValueDto implements Omit<DataOf<RecordMeasureValue>, 'measureId'> {
  @ApiProperty({ example: '2017-18-Q2', description: 'A financial-year quarter: 2017-18-Q1 is April to June 2017' })
  @Matches(FINANCIAL_QUARTER, { message: 'quarter must be a financial-year quarter such as 2017-18-Q2' })
  quarter!: string;

  @ApiProperty({ example: 12.3 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @ApiProperty({ example: '2017-10-19', description: 'After the quarter has ended' })
  @HappenedOnField('recordedOn', '2017-10-19')
  recordedOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note: string | null = null;
}

/** A measure's value for a quarter: MeasureValueRecorded. A value recorded is corrected, not recorded again. */
export class RecordMeasureValueCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly measureId: string,
    readonly request: MeasureValueDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordMeasureValueCommand)
export class RecordMeasureValueHandler implements ICommandHandler<RecordMeasureValueCommand> {
  constructor(private readonly programme: ProgrammeCommands) {}

  execute({ compactId, measureId, request, context }: RecordMeasureValueCommand): Promise<CommandResultDto> {
    // The secretariat records the measures from the partners' returns; no organisation scope.
    return this.programme.run(compactId, { type: 'RecordMeasureValue', data: { ...request, measureId } }, context);
  }
}

@ApiTags('joint programme')
@ApiBearerAuth()
@Controller('compacts/:id/measures/:measureId')
export class RecordMeasureValueController {
  constructor(private readonly commands: CommandBus) {}

  @Post('values')
  @ApiOperation({ summary: 'Record a measure’s value for a quarter' })
  @Policy('programme.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'MeasureValueRecorded' })
  record(@Param() { id, measureId }: MeasureParams, @Body() body: MeasureValueDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordMeasureValueCommand(id, measureId, body, commandContextFrom(request)));
  }
}
