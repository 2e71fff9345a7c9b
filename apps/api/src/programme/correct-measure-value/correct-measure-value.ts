import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNumber } from 'class-validator';
import type { CorrectMeasureValue, DataOf } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { ProgrammeCommands } from '../programme-commands';
import { MeasureQuarterParams } from '../programme-params';

export class MeasureCorrectionDto implements Omit<DataOf<CorrectMeasureValue>, 'measureId' | 'quarter'> {
  @ApiProperty({ example: 12.4 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @ApiProperty()
  @TextField(2000)
  reason!: string;

  @ApiProperty({ example: '2017-11-02' })
  @HappenedOnField('correctedOn', '2017-11-02')
  correctedOn!: string;
}

/** A value already recorded is corrected: MeasureValueCorrected, a new fact; the first value stays in the history. */
export class CorrectMeasureValueCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly measureId: string,
    readonly quarter: string,
    readonly request: MeasureCorrectionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CorrectMeasureValueCommand)
export class CorrectMeasureValueHandler implements ICommandHandler<CorrectMeasureValueCommand> {
  constructor(private readonly programme: ProgrammeCommands) {}

  execute({ compactId, measureId, quarter, request, context }: CorrectMeasureValueCommand): Promise<CommandResultDto> {
    // The secretariat records the measures from the partners' returns; no organisation scope.
    return this.programme.run(compactId, { type: 'CorrectMeasureValue', data: { ...request, measureId, quarter } }, context);
  }
}

@ApiTags('joint programme')
@ApiBearerAuth()
@Controller('compacts/:id/measures/:measureId/values/:quarter')
export class CorrectMeasureValueController {
  constructor(private readonly commands: CommandBus) {}

  @Post('corrections')
  @ApiOperation({ summary: 'Correct a measure’s value for a quarter' })
  @Policy('programme.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'MeasureValueCorrected' })
  correct(@Param() { id, measureId, quarter }: MeasureQuarterParams, @Body() body: MeasureCorrectionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new CorrectMeasureValueCommand(id, measureId, quarter, body, commandContextFrom(request)));
  }
}
