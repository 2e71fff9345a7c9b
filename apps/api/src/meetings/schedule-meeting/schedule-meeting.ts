import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type Database from 'better-sqlite3';
import type { FastifyReply } from 'fastify';
import { boardDecider, boardStream, type DataOf, meetingBoardSnapshot, type ScheduleMeeting } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { boardIdsOfCompact } from '@compact-ledger/projections';
import { Policy } from '../../auth/policies';
import { BoardCommands } from '../../boards/board-commands';
import { CaughtUpReadModels } from '../../governance/read-models';
import { CommandResultDto } from '../../http/command-result.dto';
import { CalendarDateField, TextField, UuidField } from '../../http/dto-fields';
import { newId } from '../../http/ids';
import { ResourceNotFoundError } from '../../http/problems';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CommandPipeline } from '../../infrastructure/command-pipeline.service';
import { READ_MODEL_DB } from '../../infrastructure/tokens';
import { MeetingCommands } from '../meeting-commands';

export class ScheduleMeetingDto implements Omit<DataOf<ScheduleMeeting>, 'meetingId' | 'board'> {
  @ApiProperty({ format: 'uuid', description: 'The board that meets' })
  @UuidField()
  boardId!: string;

  @ApiProperty({ example: '2015-02-24', description: 'May lie ahead: notice deadlines are counted back from it in working days' })
  @CalendarDateField('meetingDate', '2015-02-24')
  meetingDate!: string;

  @ApiProperty({ example: 'South Nottinghamshire Transformation Board, February 2015' })
  @TextField(300)
  title!: string;
}

/** A meeting of a board is scheduled under the terms of reference in force on its date: MeetingScheduled, with its notice deadlines. */
export class ScheduleMeetingCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: ScheduleMeetingDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(
    private readonly meetings: MeetingCommands,
    private readonly boards: BoardCommands,
    private readonly pipeline: CommandPipeline,
    private readonly readModels: CaughtUpReadModels,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  async execute({ meetingId, request, context }: ScheduleMeetingCommand): Promise<CommandResultDto> {
    const { boardId, meetingDate, title } = request;
    const board = await this.pipeline.readForDecision(boardStream(boardId), boardDecider);
    if (board.kind === 'none') throw new ResourceNotFoundError(`no board with id ${boardId}`);
    const compact = await this.boards.compact(board.compactId);
    // A matter reserved to another board of the compact binds this one: every board of the compact, as recorded now.
    await this.readModels.wait();
    const others = boardIdsOfCompact(this.db, board.compactId).filter((id) => id !== boardId);
    const compactBoards = await Promise.all(others.map((id) => this.pipeline.readForDecision(boardStream(id), boardDecider)));
    const snapshot = meetingBoardSnapshot(board, compactBoards, compact, meetingDate);
    return this.meetings.schedule(meetingId, { type: 'ScheduleMeeting', data: { meetingId, board: snapshot, meetingDate, title } }, context);
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings')
export class ScheduleMeetingController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Schedule a meeting of a board' })
  @Policy('meetings.record')
  @HttpCode(201)
  @ApiCreatedResponse({
    type: CommandResultDto,
    description: 'MeetingScheduled, with its deadlines for agenda items, papers and draft minutes; Location names the meeting',
  })
  @ApiNotFoundResponse({ description: 'No board with that boardId' })
  async schedule(@Body() body: ScheduleMeetingDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandResultDto> {
    const result = await this.commands.execute(new ScheduleMeetingCommand(newId(), body, commandContextFrom(request)));
    reply.header('location', `/meetings/${result.id}`);
    return result;
  }
}
