import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Max, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Policy } from '../../auth/policies';
import { OrganisationIdField, TextField, UuidField } from '../../http/dto-fields';
import { ReadQueryDto, WholeNumberQuery } from '../../http/read-query.dto';
import type { LedgerRequest } from '../../http/request-context';
import { DateQuery, today } from '../../governance/governance-queries';
import { DisputeIdParams } from '../dispute-id.params';
import { EvidenceUploads } from '../evidence-uploads';
import { DisputeReplayDto } from './dispute-replay.responses';
import { GetDisputeQuery, GetEscalationAuditQuery, ListDisputesQuery, ReplayDisputeQuery } from './dispute.queries';
import { DisputeDto, DisputeSummaryDto, EscalationAuditDto } from './dispute.responses';

const DISPUTE_STATUSES = ['open', 'resolved', 'withdrawn'] as const;
const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

export class EvidenceParams extends DisputeIdParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  evidenceId!: string;
}

export class ReplayQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: "The last revision to replay to (0 is the raising), at most the dispute's last; decimal digits only",
    example: 1,
  })
  @WholeNumberQuery()
  upTo?: number;
}

export class EscalationAuditQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2015-07-15', description: 'The audit as at this date: an open level counts to it (default today)' })
  @DateQuery('asOf', '2015-07-15')
  asOf?: string;
}

export class DisputeListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this compact's disputes" })
  @IsOptional()
  @UuidField()
  compactId?: string;

  @ApiPropertyOptional({ example: 'nottingham-city-ccg', description: 'Only the disputes this organisation is a party to' })
  @IsOptional()
  @OrganisationIdField('party')
  party?: string;

  @ApiPropertyOptional({ example: 'cis2-555012', description: 'Only the disputes this person (a token subject) is appointed to mediate' })
  @IsOptional()
  @TextField(200)
  mediator?: string;

  @ApiPropertyOptional({ enum: DISPUTE_STATUSES })
  @IsOptional()
  @IsIn([...DISPUTE_STATUSES])
  status?: (typeof DISPUTE_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'The next page: the disputes raised after this one (the last of the previous page)' })
  @IsOptional()
  @UuidField()
  after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE, description: 'At most this many disputes' })
  @WholeNumberQuery()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;
}

/** Disputes as their readers see them: the list, one dispute, its escalation-path audit, its replay and its evidence files. */
@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes')
export class ReadDisputesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly uploads: EvidenceUploads,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List the disputes you may read' })
  @Policy('disputes.read')
  @ApiOkResponse({ type: [DisputeSummaryDto], description: 'The disputes you may read: a partner its own organisation’s, a mediator those it is appointed to' })
  async list(@Query() query: DisputeListQueryDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { compactId = null, party = null, mediator = null, status = null, after = null, limit = DEFAULT_PAGE } = query;
    const page = await this.queries.execute(new ListDisputesQuery(request.actor!, { compactId, party, mediator, status, after, limit }));
    if (page.more) {
      // The next page, as a Link (RFC 8288): the same filters, after the last dispute of this one.
      const next = new URLSearchParams(Object.entries({ compactId, party, mediator, status }).filter((e): e is [string, string] => e[1] !== null));
      next.set('after', page.disputes[page.disputes.length - 1].disputeId);
      next.set('limit', String(limit));
      reply.header('link', `</disputes?${next}>; rel="next"`);
    }
    return page.disputes;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A dispute now' })
  @Policy('disputes.read')
  @ApiOkResponse({ type: DisputeDto, description: 'The dispute now: parties, subject, level, mediators, responses, evidence, outcome' })
  async get(@Param() { id }: DisputeIdParams, @Query() _query: ReadQueryDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const view = await this.queries.execute(new GetDisputeQuery(id, request.actor!));
    reply.header('etag', `"${view.revision}"`);
    return view;
  }

  @Get(':id/escalation-audit')
  @ApiOperation({ summary: "A dispute's escalation-path audit" })
  @Policy('disputes.read')
  @ApiOkResponse({
    type: EscalationAuditDto,
    description:
      'Each level of the path: reached when, by whose act; calendar and working days spent (an open level to ?asOf=, default today), its limit and whether it is or was overdue; the responses, evidence and mediators at it; and any level skipped',
  })
  audit(@Param() { id }: DisputeIdParams, @Query() { asOf }: EscalationAuditQueryDto, @Req() request: LedgerRequest) {
    return this.queries.execute(new GetEscalationAuditQuery(id, request.actor!, asOf ?? today()));
  }

  @Get(':id/replay')
  @ApiOperation({ summary: "Replay a dispute's history step by step" })
  @Policy('disputes.read')
  @ApiOkResponse({ type: DisputeReplayDto, description: 'Each event up to ?upTo= (a revision), with its envelope and the dispute as it stood after it' })
  replay(@Param() { id }: DisputeIdParams, @Query() { upTo }: ReplayQueryDto, @Req() request: LedgerRequest) {
    return this.queries.execute(new ReplayDisputeQuery(id, upTo ?? null, request.actor!));
  }

  @Get(':id/evidence/:evidenceId')
  @ApiOperation({ summary: 'Download an evidence file' })
  @Policy('disputes.read')
  @ApiOkResponse({
    description: 'The evidence file, as submitted, in its own media type; its bytes checked against the SHA-256 its event recorded',
    content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
    headers: {
      'Repr-Digest': { description: 'sha-256=:<base64 of the recorded SHA-256>: (RFC 9530)', schema: { type: 'string' } },
      'Content-Disposition': { description: 'attachment, with the filename it was submitted under', schema: { type: 'string' } },
    },
  })
  async evidence(@Param() { id, evidenceId }: EvidenceParams, @Req() request: LedgerRequest, @Res() reply: FastifyReply) {
    const file = await this.uploads.read(id, evidenceId, request.actor!);
    return (
      reply
        .header('content-type', file.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        // Whatever the file claims to be, a browser must not run it in the API's origin.
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .send(file.bytes)
    );
  }
}
