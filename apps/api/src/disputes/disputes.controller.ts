import { newId } from '../http/ids';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ActionNotAllowedError, Policy } from '../auth/policies';
import { CommandResultDto } from '../http/command-result.dto';
import { ReadQueryDto } from '../http/read-query.dto';
import { commandContextFrom, type LedgerRequest } from '../http/request-context';
import { ExecuteDisputeCommand, RaiseDisputeCommand } from './dispute-commands';
import {
  AgreeIndependentChairDto,
  AppointMediatorDto,
  DisputeIdParams,
  DisputeListQueryDto,
  DisputeResponseDto,
  DisputeWithdrawalDto,
  EvidenceUploadDto,
  EscalationDto,
  EvidenceParams,
  RaiseDisputeDto,
  ReplayQueryDto,
  ResolutionDto,
} from './dispute.dtos';
import { GetDisputeQuery, GetEscalationAuditQuery, ListDisputesQuery, ReplayDisputeQuery } from './dispute-queries';
import { EvidenceUploads } from './evidence-uploads';
import { DisputeReplayDto } from './dispute-replay.responses';
import { DisputeDto, DisputeSummaryDto, EscalationAuditDto } from './dispute.responses';

/** Disputes under a compact, up its escalation path one level at a time (DOMAIN.md "Disputes and the escalation path"). */
@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes')
export class DisputesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly uploads: EvidenceUploads,
  ) {}

  @Post()
  @Policy('disputes.raise')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeRaised, at level 1 of the compact’s escalation path' })
  @ApiNotFoundResponse({ description: 'No compact with that compactId' })
  async raise(@Body() body: RaiseDisputeDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandResultDto> {
    const data = { ...body, against: [...body.against], about: body.about.map((s) => ({ kind: s.kind, ref: s.ref })) };
    const result = await this.commands.execute(new RaiseDisputeCommand(newId(), data, commandContextFrom(request)));
    reply.header('location', `/disputes/${result.id}`);
    return result;
  }

  @Get()
  @Policy('disputes.read')
  @ApiOkResponse({ type: [DisputeSummaryDto], description: 'The disputes you may read: a partner its own organisation’s, a mediator those it is appointed to' })
  list(@Query() { compactId }: DisputeListQueryDto, @Req() request: LedgerRequest) {
    return this.queries.execute(new ListDisputesQuery(request.actor!, compactId ?? null));
  }

  @Get(':id')
  @Policy('disputes.read')
  @ApiOkResponse({ type: DisputeDto, description: 'The dispute now: parties, subject, level, mediators, responses, evidence, outcome' })
  async get(@Param() { id }: DisputeIdParams, @Query() _query: ReadQueryDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const view = await this.queries.execute(new GetDisputeQuery(id, request.actor!));
    reply.header('etag', `"${view.revision}"`);
    return view;
  }

  @Get(':id/escalation-audit')
  @Policy('disputes.read')
  @ApiOkResponse({ type: EscalationAuditDto, description: 'Each level of the path: reached when, by whose act, for how long; and any level skipped' })
  audit(@Param() { id }: DisputeIdParams, @Query() _query: ReadQueryDto, @Req() request: LedgerRequest) {
    return this.queries.execute(new GetEscalationAuditQuery(id, request.actor!));
  }

  @Get(':id/replay')
  @Policy('disputes.read')
  @ApiOkResponse({ type: DisputeReplayDto, description: 'Each event up to ?upTo= (a revision), with its envelope and the dispute as it stood after it' })
  replay(@Param() { id }: DisputeIdParams, @Query() { upTo }: ReplayQueryDto, @Req() request: LedgerRequest) {
    return this.queries.execute(new ReplayDisputeQuery(id, upTo ?? null, request.actor!));
  }

  @Post(':id/responses')
  @Policy('disputes.respond')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeResponded' })
  respond(@Param() { id }: DisputeIdParams, @Body() body: DisputeResponseDto, @Req() request: LedgerRequest) {
    return this.commands.execute(
      new ExecuteDisputeCommand(id, { type: 'RespondToDispute', data: { ...body } }, commandContextFrom(request), 'respond', body.respondent),
    );
  }

  @Post(':id/mediators')
  @Policy('disputes.appoint-mediator')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'MediatorAppointed at the current level' })
  appoint(@Param() { id }: DisputeIdParams, @Body() body: AppointMediatorDto, @Req() request: LedgerRequest) {
    const data = { ...body, mediator: { ...body.mediator, organisation: body.mediator.organisation ?? null } };
    return this.commands.execute(new ExecuteDisputeCommand(id, { type: 'AppointMediator', data }, commandContextFrom(request), 'appoint-mediator'));
  }

  @Post(':id/escalations')
  @Policy('disputes.escalate')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeEscalated to the next level' })
  escalate(@Param() { id }: DisputeIdParams, @Body() body: EscalationDto, @Req() request: LedgerRequest) {
    const context = commandContextFrom(request);
    // A partner escalates for its own organisation; a mediator or the secretariat may name the party that asked, or none.
    const requestedBy = body.requestedBy !== undefined ? body.requestedBy : context.actor.role === 'partner' ? context.actor.organisation : null;
    if (context.actor.role === 'partner' && requestedBy === null) {
      throw new ActionNotAllowedError(
        `${context.actor.name} escalates for ${context.actor.organisation}; only a mediator or the secretariat records an escalation no party asked for`,
      );
    }
    const data = { toLevel: body.toLevel, reason: body.reason, escalatedOn: body.escalatedOn, requestedBy };
    return this.commands.execute(new ExecuteDisputeCommand(id, { type: 'EscalateDispute', data }, context, 'escalate', requestedBy));
  }

  @Post(':id/independent-chair')
  @Policy('disputes.agree-independent-chair')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'IndependentChairAgreed by every party' })
  agreeChair(@Param() { id }: DisputeIdParams, @Body() body: AgreeIndependentChairDto, @Req() request: LedgerRequest) {
    const data = { chair: { name: body.chair.name, organisation: body.chair.organisation ?? null }, agreedBy: [...body.agreedBy], agreedOn: body.agreedOn };
    return this.commands.execute(
      new ExecuteDisputeCommand(id, { type: 'AgreeIndependentChair', data }, commandContextFrom(request), 'agree-independent-chair'),
    );
  }

  @Post(':id/resolution')
  @Policy('disputes.resolve')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeResolved at the current level' })
  resolve(@Param() { id }: DisputeIdParams, @Body() body: ResolutionDto, @Req() request: LedgerRequest) {
    const data = { terms: body.terms, agreedBy: [...body.agreedBy], resolvedOn: body.resolvedOn };
    return this.commands.execute(new ExecuteDisputeCommand(id, { type: 'ResolveDispute', data }, commandContextFrom(request), 'resolve'));
  }

  @Post(':id/withdrawal')
  @Policy('disputes.withdraw')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeWithdrawn by the raising party' })
  withdraw(@Param() { id }: DisputeIdParams, @Body() body: DisputeWithdrawalDto, @Req() request: LedgerRequest) {
    return this.commands.execute(
      new ExecuteDisputeCommand(id, { type: 'WithdrawDispute', data: { ...body } }, commandContextFrom(request), 'withdraw', body.withdrawnBy),
    );
  }

  @Post(':id/evidence')
  @Policy('disputes.submit-evidence')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: EvidenceUploadDto })
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeEvidenceSubmitted: the file held by its SHA-256, which the event records' })
  submitEvidence(@Param() { id }: DisputeIdParams, @Req() request: LedgerRequest) {
    return this.uploads.submit(id, request);
  }

  @Get(':id/evidence/:evidenceId')
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
