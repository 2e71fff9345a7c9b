import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DataOf, RecordTargetMissed } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { ProgrammeCommands } from '../programme-commands';
import { TargetParams } from '../programme-params';

export class TargetMissedDto implements Omit<DataOf<RecordTargetMissed>, 'targetId'> {
  @ApiProperty({ example: '2018-01-02', description: 'After the target’s due date' })
  @HappenedOnField('recordedOn', '2018-01-02')
  recordedOn!: string;

  @ApiProperty()
  @TextField(2000)
  reason!: string;
}

/** A target past due and not met is recorded missed: TargetMissed. It stays overdue until revised or met. */
export class RecordTargetMissedCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly targetId: string,
    readonly request: TargetMissedDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordTargetMissedCommand)
export class RecordTargetMissedHandler implements ICommandHandler<RecordTargetMissedCommand> {
  constructor(private readonly programme: ProgrammeCommands) {}

  execute({ compactId, targetId, request, context }: RecordTargetMissedCommand): Promise<CommandResultDto> {
    // The secretariat records the programme from paper; no organisation scope.
    return this.programme.run(compactId, { type: 'RecordTargetMissed', data: { ...request, targetId } }, context);
  }
}

@ApiTags('joint programme')
@ApiBearerAuth()
@Controller('compacts/:id/commitments/targets/:targetId')
export class RecordTargetMissedController {
  constructor(private readonly commands: CommandBus) {}

  @Post('missed')
  @ApiOperation({ summary: 'Record a target missed' })
  @Policy('programme.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'TargetMissed' })
  missed(@Param() { id, targetId }: TargetParams, @Body() body: TargetMissedDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordTargetMissedCommand(id, targetId, body, commandContextFrom(request)));
  }
}
