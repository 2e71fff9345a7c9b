import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type Database from 'better-sqlite3';
import { boardMeetingSummary, type BoardMeetingSummary, minutesApprovalSnapshot } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { listMeetings } from '@compact-ledger/projections';
import { Policy } from '../../auth/policies';
import { CaughtUpReadModels } from '../../governance/read-models';
import { CommandResultDto } from '../../http/command-result.dto';
import { UuidField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { READ_MODEL_DB } from '../../infrastructure/tokens';
import { MeetingCommands } from '../meeting-commands';
import { MeetingIdParams } from '../meeting-id.params';

export class MinutesApprovalDto {
  @ApiProperty({ format: 'uuid', description: 'The meeting at which the minutes were approved: only the following meeting of the board may' })
  @UuidField()
  approvedAtMeetingId!: string;
}

/** A meeting's minutes are approved at the following meeting of its board, and only there: MinutesApproved, on the stream of the meeting they record. */
export class ApproveMinutesCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: MinutesApprovalDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ApproveMinutesCommand)
export class ApproveMinutesHandler implements ICommandHandler<ApproveMinutesCommand> {
  constructor(
    private readonly meetings: MeetingCommands,
    private readonly readModels: CaughtUpReadModels,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  async execute({ meetingId, request, context }: ApproveMinutesCommand): Promise<CommandResultDto> {
    // Which meeting follows is read from the board's list of meetings as recorded now, in date order,
    // each meeting's status from its own stream: up to the first after this one that was not cancelled.
    const minutesOf = boardMeetingSummary(await this.meetings.read(meetingId));
    const approving = boardMeetingSummary(await this.meetings.read(request.approvedAtMeetingId));
    await this.readModels.wait();
    const boardMeetings: BoardMeetingSummary[] = [minutesOf];
    if (approving.meetingId !== meetingId) boardMeetings.push(approving);
    for (let after: string | null = null; ;) {
      const { meetings: listed, more } = listMeetings(this.db, { boardId: minutesOf.boardId, from: minutesOf.meetingDate, after, limit: 50 });
      let found = false;
      for (const { meetingId: id, meetingDate } of listed) {
        if (id === meetingId || meetingDate <= minutesOf.meetingDate) continue;
        const summary = id === approving.meetingId ? approving : boardMeetingSummary(await this.meetings.read(id));
        if (summary !== approving) boardMeetings.push(summary);
        if (summary.status !== 'cancelled') {
          found = true;
          break;
        }
      }
      if (found || !more) break;
      after = listed[listed.length - 1].meetingId;
    }
    const approval = minutesApprovalSnapshot(minutesOf, boardMeetings, request.approvedAtMeetingId);
    return this.meetings.run(meetingId, { type: 'ApproveMinutes', data: { approval } }, context);
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings/:id')
export class ApproveMinutesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('minutes-approval')
  @ApiOperation({ summary: 'Approve the minutes of a meeting at the following meeting' })
  @Policy('meetings.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'MinutesApproved, at the following meeting of the board' })
  approve(@Param() { id }: MeetingIdParams, @Body() body: MinutesApprovalDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new ApproveMinutesCommand(id, body, commandContextFrom(request)));
  }
}
