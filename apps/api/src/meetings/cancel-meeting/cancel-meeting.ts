import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CancelMeeting, DataOf } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { HappenedOnField, TextField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { MeetingCommands } from '../meeting-commands';
import { MeetingIdParams } from '../meeting-id.params';

export class CancellationDto implements DataOf<CancelMeeting> {
  @ApiProperty({ example: 'Illustrative: not enough members available in August' })
  @TextField(2000)
  reason!: string;

  @ApiProperty({ example: '2015-08-10' })
  @HappenedOnField('cancelledOn', '2015-08-10')
  cancelledOn!: string;
}

/** A meeting not yet held is cancelled: MeetingCancelled. Its minutes-approval passes to the next meeting held. */
export class CancelMeetingCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: CancellationDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CancelMeetingCommand)
export class CancelMeetingHandler implements ICommandHandler<CancelMeetingCommand> {
  constructor(private readonly meetings: MeetingCommands) {}

  execute({ meetingId, request, context }: CancelMeetingCommand): Promise<CommandResultDto> {
    // The secretariat records meetings for every board; no organisation scope.
    return this.meetings.run(meetingId, { type: 'CancelMeeting', data: { ...request } }, context);
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings/:id')
export class CancelMeetingController {
  constructor(private readonly commands: CommandBus) {}

  @Post('cancellation')
  @ApiOperation({ summary: 'Cancel a meeting' })
  @Policy('meetings.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'MeetingCancelled' })
  cancel(@Param() { id }: MeetingIdParams, @Body() body: CancellationDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new CancelMeetingCommand(id, body, commandContextFrom(request)));
  }
}
