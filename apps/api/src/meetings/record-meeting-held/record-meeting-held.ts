import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { type AttendanceEntry, ATTENDANCE_STATUSES, type AttendanceStatus, type DataOf, type RecordMeetingHeld } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { SlugField } from '../../governance/governance-fields';
import { CommandResultDto } from '../../http/command-result.dto';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { MeetingCommands } from '../meeting-commands';
import { MeetingIdParams } from '../meeting-id.params';

export class AttendanceEntryDto implements AttendanceEntry {
  @ApiProperty({ example: 'nhs-nottingham-city-ccg' })
  @SlugField('seatId', 'nhs-nottingham-city-ccg')
  seatId!: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES, description: 'deputy-present: the named deputy attending for the named lead' })
  @IsIn([...ATTENDANCE_STATUSES])
  status!: AttendanceStatus;
}

export class AttendanceDto implements DataOf<RecordMeetingHeld> {
  @ApiProperty({ type: [AttendanceEntryDto], description: 'Each seat of the terms of reference; a seat not listed is recorded absent' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  attendance!: AttendanceEntryDto[];
}

/** The meeting was held on its date with this attendance: MeetingHeld, with the quorum it had. */
export class RecordMeetingHeldCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: AttendanceDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordMeetingHeldCommand)
export class RecordMeetingHeldHandler implements ICommandHandler<RecordMeetingHeldCommand> {
  constructor(private readonly meetings: MeetingCommands) {}

  execute({ meetingId, request, context }: RecordMeetingHeldCommand): Promise<CommandResultDto> {
    // The secretariat records who attended for every seat; no organisation scope.
    return this.meetings.run(
      meetingId,
      { type: 'RecordMeetingHeld', data: { attendance: request.attendance.map(({ seatId, status }) => ({ seatId, status })) } },
      context,
    );
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings/:id')
export class RecordMeetingHeldController {
  constructor(private readonly commands: CommandBus) {}

  @Post('attendance')
  @ApiOperation({ summary: 'Record a meeting held, with its attendance per seat' })
  @Policy('meetings.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'MeetingHeld: every seat’s attendance and the quorum' })
  held(@Param() { id }: MeetingIdParams, @Body() body: AttendanceDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordMeetingHeldCommand(id, body, commandContextFrom(request)));
  }
}
