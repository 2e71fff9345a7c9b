import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Policy } from '../../auth/policies';
import { DateQuery, DEFAULT_PAGE, linkNextPage, PagedQueryDto, today } from '../../governance/governance-queries';
import { OrganisationIdField, TextField, UuidField } from '../../http/dto-fields';
import { ReadQueryDto } from '../../http/read-query.dto';
import type { LedgerRequest } from '../../http/request-context';
import { BoardIdParams } from '../board-id.params';
import { AttendanceQuery, DecisionLogQuery, GetBoardQuery, InterestRegisterQuery, ListBoardsQuery } from './board.queries';
import { AttendanceReportDto, BoardDto, BoardSummaryDto, DecisionLogEntryDto, InterestEntryDto } from './board.responses';

export class BoardListQueryDto extends PagedQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this compact's boards" })
  @IsOptional()
  @UuidField()
  compactId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The next page: the boards established after this one' })
  @IsOptional()
  @UuidField()
  after?: string;
}

export class BoardAsOfQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2015-06-01', description: 'The date the terms in force are for (default today)' })
  @DateQuery('asOf', '2015-06-01')
  asOf?: string;
}

export class DecisionLogQueryDto extends PagedQueryDto {
  @ApiPropertyOptional({ example: '2015-01-01', description: 'Decisions at meetings on or after' })
  @DateQuery('from', '2015-01-01')
  from?: string;

  @ApiPropertyOptional({ example: '2015-12-31', description: 'Decisions at meetings on or before' })
  @DateQuery('to', '2015-12-31')
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The next page: the decisions after this one' })
  @IsOptional()
  @UuidField()
  after?: string;
}

export class AttendanceQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2015-01-01', description: 'Meetings held on or after (default: the board’s establishment)' })
  @DateQuery('from', '2015-01-01')
  from?: string;

  @ApiPropertyOptional({ example: '2015-12-31', description: 'Meetings held on or before (default today)' })
  @DateQuery('to', '2015-12-31')
  to?: string;
}

export class InterestRegisterQueryDto extends PagedQueryDto {
  @ApiPropertyOptional({ example: '2015-12-31', description: 'The register as at this date: declarations made on or before it (default today)' })
  @DateQuery('asOf', '2015-12-31')
  asOf?: string;

  @ApiPropertyOptional({ example: 'Nicola Parry', description: "Only this person's declarations" })
  @IsOptional()
  @TextField(200)
  person?: string;

  @ApiPropertyOptional({ example: 'circle-partners', description: "Only this organisation's declarations" })
  @IsOptional()
  @OrganisationIdField('organisationId')
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The next page: the entries after this declaration' })
  @IsOptional()
  @UuidField()
  after?: string;
}

/** Boards as their readers see them: the list, one board with its terms, its decision log, attendance and register of interests. */
@ApiTags('boards')
@ApiBearerAuth()
@Controller('boards')
export class ReadBoardsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'List boards' })
  @Policy('boards.read')
  @ApiOkResponse({ type: [BoardSummaryDto], description: 'Boards in the order established; the next page in the Link header' })
  async list(@Query() query: BoardListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { compactId = null, after = null, limit = DEFAULT_PAGE } = query;
    const page = await this.queries.execute(new ListBoardsQuery({ compactId, after, limit }));
    if (page.more) linkNextPage(reply, '/boards', { compactId, limit }, page.boards[page.boards.length - 1].boardId);
    return page.boards;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A board and its terms of reference' })
  @Policy('boards.read')
  @ApiOkResponse({ type: BoardDto, description: 'Every version of its terms of reference, and the one in force on ?asOf= (default today)' })
  async get(@Param() { id }: BoardIdParams, @Query() { asOf }: BoardAsOfQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const board = await this.queries.execute(new GetBoardQuery(id, asOf ?? today()));
    reply.header('etag', `"${board.revision}"`);
    return board;
  }

  @Get(':id/decisions')
  @ApiOperation({ summary: "A board's decision log" })
  @Policy('boards.read-decisions')
  @ApiOkResponse({
    type: [DecisionLogEntryDto],
    description:
      'Each decision: meeting, item, quorum count, who was excluded and why, the value, and what followed. A mediator sees those resolving its disputes.',
  })
  async decisions(
    @Param() { id }: BoardIdParams,
    @Query() query: DecisionLogQueryDto,
    @Req() request: LedgerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { from = null, to = null, after = null, limit = DEFAULT_PAGE } = query;
    const page = await this.queries.execute(new DecisionLogQuery(id, request.actor!, { from, to, after, limit }));
    if (page.more) linkNextPage(reply, `/boards/${id}/decisions`, { from, to, limit }, page.decisions[page.decisions.length - 1].decisionId);
    return page.decisions;
  }

  @Get(':id/attendance')
  @ApiOperation({ summary: 'Cumulative attendance per seat over a period' })
  @Policy('boards.read')
  @ApiOkResponse({ type: AttendanceReportDto, description: 'Per seat: meetings, lead present, deputy present (counted as attending), apologies, absent' })
  attendance(@Param() { id }: BoardIdParams, @Query() { from, to }: AttendanceQueryDto) {
    return this.queries.execute(new AttendanceQuery(id, from ?? null, to ?? today()));
  }

  @Get(':id/interests')
  @ApiOperation({ summary: "A board's register of interests as at a date" })
  @Policy('boards.read-interests')
  @ApiOkResponse({
    type: [InterestEntryDto],
    description: 'By person then date, each entry with the meeting, items and decisions it affected. A partner sees its own organisation’s entries.',
  })
  async interests(
    @Param() { id }: BoardIdParams,
    @Query() query: InterestRegisterQueryDto,
    @Req() request: LedgerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { asOf = today(), person = null, organisationId = null, after = null, limit = DEFAULT_PAGE } = query;
    const page = await this.queries.execute(new InterestRegisterQuery(id, request.actor!, { asOf, person, organisationId, after, limit }));
    if (page.more) linkNextPage(reply, `/boards/${id}/interests`, { asOf, person, organisationId, limit }, page.entries[page.entries.length - 1].declarationId);
    return page.entries;
  }
}
