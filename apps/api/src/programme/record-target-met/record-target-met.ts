import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DataOf, RecordTargetMet } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { ProgrammeCommands } from '../programme-commands';
import { TargetParams } from '../programme-params';

export class TargetMetDto implements Omit<DataOf<RecordTargetMet>, 'targetId'> {
  @ApiProperty({ example: '2017-06-28' })
  @HappenedOnField('metOn', '2017-06-28')
  metOn!: string;

  @ApiProperty({ example: 'Each organisation’s programme shared at the Partnership Board' })
  @TextField(2000)
  note!: string;
}

/** A target is met: TargetMet, with the due date it was met against. */
export class RecordTargetMetCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly targetId: string,
    readonly request: TargetMetDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordTargetMetCommand)
export class RecordTargetMetHandler implements ICommandHandler<RecordTargetMetCommand> {
  constructor(private readonly programme: ProgrammeCommands) {}

  execute({ compactId, targetId, request, context }: RecordTargetMetCommand): Promise<CommandResultDto> {
    // The secretariat records the programme from paper; no organisation scope.
    return this.programme.run(compactId, { type: 'RecordTargetMet', data: { ...request, targetId } }, context);
  }
}

@ApiTags('joint programme')
@ApiBearerAuth()
@Controller('compacts/:id/commitments/targets/:targetId')
export class RecordTargetMetController {
  constructor(private readonly commands: CommandBus) {}

  @Post('met')
  @ApiOperation({ summary: 'Record a target met' })
  @Policy('programme.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'TargetMet' })
  met(@Param() { id, targetId }: TargetParams, @Body() body: TargetMetDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordTargetMetCommand(id, targetId, body, commandContextFrom(request)));
  }
}
