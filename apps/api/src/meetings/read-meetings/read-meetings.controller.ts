import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Policy } from '../../auth/policies';
import { DateQuery, DEFAULT_PAGE, linkNextPage, PagedQueryDto } from '../../governance/governance-queries';
import { UuidField } from '../../http/dto-fields';
import { ReadQueryDto } from '../../http/read-query.dto';
import type { LedgerRequest } from '../../http/request-context';
import { MeetingIdParams } from '../meeting-id.params';
import { GetMeetingQuery, ListMeetingsQuery } from './meeting.queries';
import { MeetingDto, MeetingSummaryDto } from './meeting.responses';

const STATUSES = ['scheduled', 'held', 'cancelled'] as const;

export class MeetingListQueryDto extends PagedQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this board's meetings" })
  @IsOptional()
  @UuidField()
  boardId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Only the meetings of this compact's boards" })
  @IsOptional()
  @UuidField()
  compactId?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn([...STATUSES])
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ example: '2015-01-01', description: 'Meetings dated on or after' })
  @DateQuery('from', '2015-01-01')
  from?: string;

  @ApiPropertyOptional({ example: '2015-12-31', description: 'Meetings dated on or before' })
  @DateQuery('to', '2015-12-31')
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The next page: the meetings after this one (the last of the previous page), in date order' })
  @IsOptional()
  @UuidField()
  after?: string;
}

/** Meetings: the list (by board, compact, status or dates), and one meeting with everything recorded at it. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings')
export class ReadMeetingsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'List meetings' })
  @Policy('boards.read')
  @ApiOkResponse({ type: [MeetingSummaryDto], description: 'Meetings in date order; the next page in the Link header' })
  async list(@Query() query: MeetingListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { boardId = null, compactId = null, status = null, from = null, to = null, after = null, limit = DEFAULT_PAGE } = query;
    const page = await this.queries.execute(new ListMeetingsQuery({ boardId, compactId, status, from, to, after, limit }));
    if (page.more) linkNextPage(reply, '/meetings', { boardId, compactId, status, from, to, limit }, page.meetings[page.meetings.length - 1].meetingId);
    return page.meetings;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A meeting, with everything recorded at it' })
  @Policy('boards.read')
  @ApiOkResponse({ type: MeetingDto, description: 'Deadlines, agenda and papers, attendance per seat, declarations, decisions with their quorum, minutes' })
  async get(@Param() { id }: MeetingIdParams, @Query() _query: ReadQueryDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const meeting = await this.queries.execute(new GetMeetingQuery(id, request.actor!));
    reply.header('etag', `"${meeting.revision}"`);
    return meeting;
  }
}
