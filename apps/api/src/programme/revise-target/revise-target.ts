import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DataOf, ReviseTarget } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { CalendarDateField, HappenedOnField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { ProgrammeCommands } from '../programme-commands';
import { TargetParams } from '../programme-params';

export class TargetRevisionDto implements Omit<DataOf<ReviseTarget>, 'targetId'> {
  @ApiProperty({ example: '2018-03-31' })
  @CalendarDateField('newDueOn', '2018-03-31')
  newDueOn!: string;

  @ApiProperty({ example: 'by March 2018' })
  @TextField(300)
  newWording!: string;

  @ApiProperty()
  @TextField(2000)
  reason!: string;

  @ApiProperty({ example: '2018-01-16' })
  @HappenedOnField('revisedOn', '2018-01-16')
  revisedOn!: string;
}

/** A target is given a new date, with the reason: TargetRevised; the old date stays in its history. */
export class ReviseTargetCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly targetId: string,
    readonly request: TargetRevisionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReviseTargetCommand)
export class ReviseTargetHandler implements ICommandHandler<ReviseTargetCommand> {
  constructor(private readonly programme: ProgrammeCommands) {}

  execute({ compactId, targetId, request, context }: ReviseTargetCommand): Promise<CommandResultDto> {
    // The secretariat records the programme from paper; no organisation scope.
    return this.programme.run(compactId, { type: 'ReviseTarget', data: { ...request, targetId } }, context);
  }
}

@ApiTags('joint programme')
@ApiBearerAuth()
@Controller('compacts/:id/commitments/targets/:targetId')
export class ReviseTargetController {
  constructor(private readonly commands: CommandBus) {}

  @Post('revisions')
  @ApiOperation({ summary: 'Revise a target’s date' })
  @Policy('programme.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'TargetRevised, with the previous and the new date' })
  revise(@Param() { id, targetId }: TargetParams, @Body() body: TargetRevisionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new ReviseTargetCommand(id, targetId, body, commandContextFrom(request)));
  }
}
