import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CirculateDraftMinutes, DataOf } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { MeetingCommands } from '../meeting-commands';
import { MeetingIdParams } from '../meeting-id.params';

export class DraftMinutesDto implements DataOf<CirculateDraftMinutes> {
  @ApiProperty({ example: '2015-03-06' })
  @HappenedOnField('circulatedOn', '2015-03-06')
  circulatedOn!: string;
}

/** The draft minutes of a meeting held are circulated: DraftMinutesCirculated, marked late when past the rule. */
export class CirculateDraftMinutesCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: DraftMinutesDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CirculateDraftMinutesCommand)
export class CirculateDraftMinutesHandler implements ICommandHandler<CirculateDraftMinutesCommand> {
  constructor(private readonly meetings: MeetingCommands) {}

  execute({ meetingId, request, context }: CirculateDraftMinutesCommand): Promise<CommandResultDto> {
    // The secretariat circulates the minutes; no organisation scope.
    return this.meetings.run(meetingId, { type: 'CirculateDraftMinutes', data: { ...request } }, context);
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings/:id')
export class CirculateDraftMinutesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('draft-minutes')
  @ApiOperation({ summary: 'Circulate the draft minutes of a meeting' })
  @Policy('meetings.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DraftMinutesCirculated, with the working days taken and whether late' })
  circulate(@Param() { id }: MeetingIdParams, @Body() body: DraftMinutesDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new CirculateDraftMinutesCommand(id, body, commandContextFrom(request)));
  }
}
