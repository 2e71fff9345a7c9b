import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Policy } from '../../auth/policies';
import { ReadQueryDto } from '../../http/read-query.dto';
import { LedgerTransparency, streamHeadHeaderDocs, streamHeadHeaders } from '../../ledger/ledger-transparency';
import { RecordedEventDto } from '../../http/recorded-event.dto';
import { AsOfQueryDto } from '../as-of-query.dto';
import { CompactIdParams } from '../compact-id.params';
import { GetCompactHistoryQuery, GetCompactQuery, ListCompactsQuery } from './compact.queries';
import { CompactSummaryDto, CompactViewDto } from './compact.responses';

/** The compacts: the list, one compact on a date on either clock, and its stream's history. */
@ApiTags('compacts')
@ApiBearerAuth()
@Controller('compacts')
export class ReadCompactsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly transparency: LedgerTransparency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List the compacts' })
  @Policy('compacts.read')
  @ApiOkResponse({ type: [CompactSummaryDto], description: 'Every compact, in the order drafted' })
  list(@Query() _query: ReadQueryDto) {
    return this.queries.execute(new ListCompactsQuery());
  }

  @Get(':id')
  @ApiOperation({ summary: 'A compact on a date, on either clock' })
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
  @ApiOperation({ summary: "A compact's events with their envelopes" })
  @Policy('compacts.history')
  @ApiOkResponse({
    type: [RecordedEventDto],
    description:
      "The compact stream's events in order, each with its full envelope and hashes; the headers name the checkpoint the read is consistent with and prove the stream's head in it (the README's verification script checks them)",
    headers: streamHeadHeaderDocs,
  })
  async history(@Param() { id }: CompactIdParams, @Query() { asOf, axis }: AsOfQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { streamId, events, head } = await this.queries.execute(new GetCompactHistoryQuery(id, asOf ?? null, axis ?? 'effective'));
    if (this.transparency.available) reply.headers(streamHeadHeaders(await this.transparency.streamHead(streamId, head)));
    return events;
  }
}
