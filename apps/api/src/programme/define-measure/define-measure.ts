import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { type DataOf, type DefineMeasure, MEASURE_DIRECTIONS, type MeasureDirection } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { SLUG } from '../../governance/governance-fields';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { ProgrammeCommands } from '../programme-commands';
import { ProgrammeParams } from '../programme-params';

export class MeasureDto implements Omit<DataOf<DefineMeasure>, 'compactId'> {
  @ApiProperty({ example: 'unplanned-ltc-admissions', description: 'Unique in the programme' })
  @Matches(SLUG, { message: 'measureId must be lower-case words joined by hyphens, such as unplanned-ltc-admissions' })
  measureId!: string;

  @ApiProperty({ example: 'Unplanned admissions of people with a long-term condition' })
  @TextField(300)
  name!: string;

  @ApiProperty()
  @TextField(2000)
  description!: string;

  @ApiProperty({ example: 'per 1,000 population' })
  @TextField(100)
  unit!: string;

  @ApiPropertyOptional({ enum: MEASURE_DIRECTIONS, nullable: true, description: 'Which way is better; null where neither is' })
  @IsOptional()
  @IsIn([...MEASURE_DIRECTIONS])
  direction: MeasureDirection | null = null;

  @ApiProperty({ example: '2017-06-01' })
  @HappenedOnField('definedOn', '2017-06-01')
  definedOn!: string;
}

/** A measure of success, reported quarterly to every partner board: MeasureDefined (JointProgrammeStarted before the first). */
export class DefineMeasureCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: MeasureDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DefineMeasureCommand)
export class DefineMeasureHandler implements ICommandHandler<DefineMeasureCommand> {
  constructor(private readonly programme: ProgrammeCommands) {}

  execute({ compactId, request, context }: DefineMeasureCommand): Promise<CommandResultDto> {
    // The secretariat records the programme from paper; no organisation scope.
    return this.programme.define(compactId, { type: 'DefineMeasure', data: { ...request, compactId } }, context);
  }
}

@ApiTags('joint programme')
@ApiBearerAuth()
@Controller('compacts/:id/measures')
export class DefineMeasureController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Define a measure of success' })
  @Policy('programme.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'MeasureDefined; the id is the compact’s' })
  @ApiNotFoundResponse({ description: 'No compact with that id' })
  define(@Param() { id }: ProgrammeParams, @Body() body: MeasureDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new DefineMeasureCommand(id, body, commandContextFrom(request)));
  }
}
