import { newId } from '../http/ids';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Policy } from '../auth/policies';
import { CommandResultDto } from '../http/command-result.dto';
import { ReadQueryDto } from '../http/read-query.dto';
import { commandContextFrom, type LedgerRequest } from '../http/request-context';
import { DraftCompactCommand } from './commands/draft-compact.command';
import { AsOfQueryDto } from './dto/as-of-query.dto';
import { CompactIdParams } from './dto/compact-id.params';
import { DraftCompactDto } from './dto/draft-compact.dto';
import { GetCompactHistoryQuery, GetCompactQuery, ListCompactsQuery } from './queries/compact.queries';
import { RecordedEventDto } from '../http/recorded-event.dto';
import { CompactSummaryDto, CompactViewDto } from './compact.responses';

@ApiTags('compacts')
@ApiBearerAuth()
@Controller('compacts')
export class CompactsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Policy('compacts.draft')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactDrafted recorded' })
  async draft(@Body() body: DraftCompactDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandResultDto> {
    const result = await this.commands.execute(new DraftCompactCommand(newId(), body, commandContextFrom(request)));
    reply.header('location', `/compacts/${result.id}`);
    return result;
  }

  @Get()
  @Policy('compacts.read')
  @ApiOkResponse({ type: [CompactSummaryDto], description: 'Every compact, in the order drafted' })
  list(@Query() _query: ReadQueryDto) {
    return this.queries.execute(new ListCompactsQuery());
  }

  @Get(':id')
  @Policy('compacts.read')
  @ApiOkResponse({
    type: CompactViewDto,
    description: 'The compact on a date (?asOf=, default today) on either clock (?axis=effective|recorded): status, current version, term, partners',
  })
  async get(@Param() { id }: CompactIdParams, @Query() { asOf, axis }: AsOfQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const view = await this.queries.execute(new GetCompactQuery(id, asOf ?? null, axis ?? 'effective'));
    reply.header('etag', `"${view.revision}"`);
    return view;
  }

  @Get(':id/history')
  @Policy('compacts.history')
  @ApiOkResponse({ type: [RecordedEventDto], description: "The compact stream's events in order, each with its full envelope and hashes" })
  history(@Param() { id }: CompactIdParams, @Query() { asOf, axis }: AsOfQueryDto) {
    return this.queries.execute(new GetCompactHistoryQuery(id, asOf ?? null, axis ?? 'effective'));
  }
}
