import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { COMPACT_STATUSES, type CompactStatus, type DatePlacement, isCalendarDate } from '@compact-ledger/domain';
import type { FastifyReply } from 'fastify';
import { Policy } from '../../auth/policies';
import { UuidField } from '../../http/dto-fields';
import { ReadQueryDto, WholeNumberQuery } from '../../http/read-query.dto';
import { LedgerTransparency, streamHeadHeaderDocs, streamHeadHeaders } from '../../ledger/ledger-transparency';
import { RecordedEventDto } from '../../http/recorded-event.dto';
import { AsOfQueryDto, asOfFrom } from '../as-of-query.dto';
import { CompactIdParams } from '../compact-id.params';
import { today } from '../compact-reads';
import { ASSUME_DESCRIPTION, ASSUME_VALUES } from '../paper-date.fields';
import { GetCompactHistoryQuery, GetCompactQuery, ListCompactsQuery } from './compact.queries';
import { CompactSummaryDto, CompactViewDto } from './compact.responses';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

export class CompactListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ enum: COMPACT_STATUSES, description: 'Only the compacts with this status on the date (?on=, default today)' })
  @IsOptional()
  @IsIn([...COMPACT_STATUSES])
  status?: CompactStatus;

  @ApiPropertyOptional({ example: '2018-04-01', description: "The date each compact's status is given for (default today)" })
  @IsOptional()
  @ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => 'on must be a real date such as 2018-04-01' } })
  on?: string;

  @ApiPropertyOptional({ enum: ASSUME_VALUES, default: 'none', description: ASSUME_DESCRIPTION })
  @IsOptional()
  @IsIn([...ASSUME_VALUES])
  assume?: DatePlacement;

  @ApiPropertyOptional({ format: 'uuid', description: 'The next page: the compacts drafted after this one (the last of the previous page)' })
  @IsOptional()
  @UuidField()
  after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE, description: 'At most this many compacts' })
  @WholeNumberQuery()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;
}

/** Revisions as ranges: 3, 4, 5, 9 is `3-5, 9`. */
function ranges(revisions: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < revisions.length;) {
    let j = i;
    while (j + 1 < revisions.length && revisions[j + 1] === revisions[j] + 1) j++;
    parts.push(i === j ? String(revisions[i]) : `${revisions[i]}-${revisions[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

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
  @ApiOkResponse({
    type: [CompactSummaryDto],
    description:
      'The compacts in the order drafted, each with its status on the date (?on=, default today), a page at a time (?limit=, ?after=; a Link header with rel="next" when more follow)',
    headers: { Link: { description: 'The next page (RFC 8288): <...>; rel="next"', schema: { type: 'string' } } },
  })
  async list(@Query() query: CompactListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { status = null, on = today(), assume = 'none', after = null, limit = DEFAULT_PAGE } = query;
    const page = await this.queries.execute(new ListCompactsQuery({ status, on, assume, after, limit }));
    if (page.more) {
      const next = new URLSearchParams(
        Object.entries({ status, on: query.on ?? null, assume: query.assume ?? null }).filter((e): e is [string, string] => e[1] !== null),
      );
      next.set('after', page.compacts[page.compacts.length - 1].compactId);
      next.set('limit', String(limit));
      reply.header('link', `</compacts?${next}>; rel="next"`);
    }
    return page.compacts;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A compact on a date, on either clock' })
  @Policy('compacts.read')
  @ApiOkResponse({
    type: CompactViewDto,
    description:
      'The compact on a date (?asOf=, default today) on either clock (?axis=effective|recorded), its uncertain dates placed as ?assume= says: status, current version, term, in-force records, partners, and the facts left undetermined',
  })
  async get(@Param() { id }: CompactIdParams, @Query() query: AsOfQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const view = await this.queries.execute(new GetCompactQuery(id, asOfFrom(query)));
    reply.header('etag', `"${view.revision}"`);
    return view;
  }

  @Get(':id/history')
  @ApiOperation({ summary: "A compact's events with their envelopes" })
  @Policy('compacts.history')
  @ApiOkResponse({
    type: [RecordedEventDto],
    description:
      "The compact stream's events in order, each with its full envelope and hashes. Without ?asOf= it is the whole stream, whose chain a verifier checks end to end. " +
      'With ?asOf= it is a view: the Omitted-Revisions header names the revisions it leaves out, where the chain it shows has gaps (each event still verifies by its own hash). ' +
      "The stream-head headers name the checkpoint the read is consistent with and prove the stream's head in it (the README's verification script checks them).",
    headers: {
      ...streamHeadHeaderDocs,
      'Omitted-Revisions': { description: 'With ?asOf=: the revisions left out, as ranges (3-5, 9), or none', schema: { type: 'string' } },
    },
  })
  async history(@Param() { id }: CompactIdParams, @Query() query: AsOfQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const at = asOfFrom(query);
    const { streamId, events, omitted, head } = await this.queries.execute(new GetCompactHistoryQuery(id, at));
    if (at.asOf !== null) reply.header('omitted-revisions', omitted.length === 0 ? 'none' : ranges(omitted));
    if (this.transparency.available) reply.headers(streamHeadHeaders(await this.transparency.streamHead(streamId, head)));
    return events;
  }
}
