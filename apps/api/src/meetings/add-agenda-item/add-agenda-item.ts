import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { AddAgendaItem, DataOf } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { AgendaItemField, SlugField } from '../../governance/governance-fields';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { MeetingCommands } from '../meeting-commands';
import { MeetingIdParams } from '../meeting-id.params';

export class AgendaItemDto implements DataOf<AddAgendaItem> {
  @ApiProperty({ example: '4', description: 'Its number on the agenda' })
  @AgendaItemField('item')
  item!: string;

  @ApiProperty({ example: 'Urgent care strategy' })
  @TextField(500)
  title!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'nhs-nottingham-city-ccg',
    description: 'The seat that contributed it; null for the Chair’s own items',
  })
  @IsOptional()
  @SlugField('proposedBy', 'nhs-nottingham-city-ccg')
  proposedBy: string | null = null;

  @ApiProperty({ example: '2015-02-10', description: 'When it was received with its paperwork' })
  @HappenedOnField('receivedOn', '2015-02-10')
  receivedOn!: string;
}

/** An item is added to a meeting's agenda: AgendaItemAdded, marked late when received inside the notice period. */
export class AddAgendaItemCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: AgendaItemDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AddAgendaItemCommand)
export class AddAgendaItemHandler implements ICommandHandler<AddAgendaItemCommand> {
  constructor(private readonly meetings: MeetingCommands) {}

  execute({ meetingId, request, context }: AddAgendaItemCommand): Promise<CommandResultDto> {
    // The secretariat records the agenda for every partner; no organisation scope.
    return this.meetings.run(meetingId, { type: 'AddAgendaItem', data: { ...request } }, context);
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings/:id')
export class AddAgendaItemController {
  constructor(private readonly commands: CommandBus) {}

  @Post('agenda-items')
  @ApiOperation({ summary: 'Add an item to a meeting’s agenda' })
  @Policy('meetings.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'AgendaItemAdded, with its due date and whether it was late' })
  add(@Param() { id }: MeetingIdParams, @Body() body: AgendaItemDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new AddAgendaItemCommand(id, body, commandContextFrom(request)));
  }
}
