import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DEADLINE_KINDS, type DeadlineKind } from '@compact-ledger/projections';
import { Policy } from '../../auth/policies';
import { DateQuery, DEFAULT_PAGE, linkNextPage, PagedQueryDto, today } from '../../governance/governance-queries';
import { UuidField } from '../../http/dto-fields';
import type { LedgerRequest } from '../../http/request-context';
import { DeadlinesQuery } from './deadline.queries';
import { DeadlineDto } from './deadline.responses';

export class DeadlinesQueryDto extends PagedQueryDto {
  @ApiPropertyOptional({ example: '2015-02-20', description: 'What is due or overdue on this date (default today)' })
  @DateQuery('asOf', '2015-02-20')
  asOf?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this compact's" })
  @IsOptional()
  @UuidField()
  compactId?: string;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS })
  @IsOptional()
  @IsIn([...DEADLINE_KINDS])
  kind?: DeadlineKind;

  @ApiPropertyOptional({ enum: ['due', 'overdue'] })
  @IsOptional()
  @IsIn(['due', 'overdue'])
  status?: 'due' | 'overdue';

  @ApiPropertyOptional({ description: 'The next page: the deadlines after this one (the last of the previous page), in due-date order' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  after?: string;
}

/** Deadlines across compacts: agenda items, papers, draft minutes, escalation levels, commitment targets and refreshes. */
@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('deadlines')
export class ReadDeadlinesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'What is due or overdue on a date, across the compacts you may see' })
  @Policy('deadlines.read')
  @ApiOkResponse({
    type: [DeadlineDto],
    description:
      'In due-date order: agenda items, papers, draft minutes, escalation levels, commitment targets, refreshes, not done by the date; the next page in the Link header',
  })
  async list(@Query() query: DeadlinesQueryDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { asOf = today(), compactId = null, kind = null, status = null, after = null, limit = DEFAULT_PAGE } = query;
    const page = await this.queries.execute(new DeadlinesQuery(request.actor!, { asOf, compactId, kind, status, after, limit }));
    if (page.more) linkNextPage(reply, '/deadlines', { asOf, compactId, kind, status, limit }, page.deadlines[page.deadlines.length - 1].deadlineId);
    return page.deadlines;
  }
}
