import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CirculatePapers, DataOf } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { AgendaItemField } from '../../governance/governance-fields';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { MeetingCommands } from '../meeting-commands';
import { MeetingIdParams } from '../meeting-id.params';

export class PapersDto implements DataOf<CirculatePapers> {
  @ApiProperty({ example: '4', description: 'The agenda item the papers are for' })
  @AgendaItemField('item')
  item!: string;

  @ApiProperty({ example: 'Urgent care strategy: options paper' })
  @TextField(500)
  title!: string;

  @ApiProperty({ example: '2015-02-17' })
  @HappenedOnField('circulatedOn', '2015-02-17')
  circulatedOn!: string;
}

/** Papers for an agenda item are circulated: PapersCirculated, marked late when inside the notice period. */
export class CirculatePapersCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: PapersDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CirculatePapersCommand)
export class CirculatePapersHandler implements ICommandHandler<CirculatePapersCommand> {
  constructor(private readonly meetings: MeetingCommands) {}

  execute({ meetingId, request, context }: CirculatePapersCommand): Promise<CommandResultDto> {
    // The secretariat circulates papers for the board; no organisation scope.
    return this.meetings.run(meetingId, { type: 'CirculatePapers', data: { ...request } }, context);
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings/:id')
export class CirculatePapersController {
  constructor(private readonly commands: CommandBus) {}

  @Post('papers')
  @ApiOperation({ summary: 'Circulate papers for an agenda item' })
  @Policy('meetings.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PapersCirculated, with the due date and whether they were late' })
  circulate(@Param() { id }: MeetingIdParams, @Body() body: PapersDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new CirculatePapersCommand(id, body, commandContextFrom(request)));
  }
}
