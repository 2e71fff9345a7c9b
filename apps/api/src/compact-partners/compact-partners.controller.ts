import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Correction, EndorsementOutcome, InForceRule, OrganisationType, SignificanceCode } from '@compact-ledger/domain';
import { Policy } from '../auth/policies';
import { CompactIdParams } from '../compacts/dto/compact-id.params';
import { CommandResultDto } from '../http/command-result.dto';
import { ReadQueryDto } from '../http/read-query.dto';
import { EscalationPathDto } from './escalation-path.dto';
import { AsOfQueryDto } from '../compacts/dto/as-of-query.dto';
import { commandContextFrom, type LedgerRequest } from '../http/request-context';
import { ExecuteCompactCommand } from './execute-compact-command';
import { GetLifecycleQuery } from './lifecycle.queries';
import { AdmitPartnerDto, EndorsementDto, ExpulsionDto, OrganisationParams, SignatureDto, WithdrawalDto } from './partner.dtos';
import { CameIntoForceDto, CorrectionDto, SetTermDto, SupersessionDto, TerminationDto } from './term.dtos';
import { EndorsementViewDto, PartnerViewDto, RegisterRowDto } from './lifecycle.responses';

/** Partners, their boards' endorsements and their signatures (DOMAIN.md "The compact"). */
@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class CompactPartnersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('partners')
  @Policy('compacts.manage-partners')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PartnerAdmitted' })
  admit(@Param() { id }: CompactIdParams, @Body() body: AdmitPartnerDto, @Req() request: LedgerRequest) {
    const data = { ...body, organisationType: body.organisationType as OrganisationType, deputy: body.deputy ?? null, factId: randomUUID() };
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'AdmitPartner', data }, commandContextFrom(request)));
  }

  @Post('partners/:org/withdrawal')
  @Policy('compacts.act-for-partner')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PartnerWithdrawn' })
  withdraw(@Param() { id, org }: OrganisationParams, @Body() body: WithdrawalDto, @Req() request: LedgerRequest) {
    const command = { type: 'WithdrawPartner' as const, data: { organisationId: org, ...body } };
    return this.commands.execute(new ExecuteCompactCommand(id, command, commandContextFrom(request), org));
  }

  @Post('partners/:org/expulsion')
  @Policy('compacts.manage-partners')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PartnerAskedToLeave' })
  expel(@Param() { id, org }: OrganisationParams, @Body() body: ExpulsionDto, @Req() request: LedgerRequest) {
    const command = {
      type: 'AskPartnerToLeave' as const,
      data: { organisationId: org, reason: body.reason, basis: { ...body.basis }, effectiveOn: body.effectiveOn },
    };
    return this.commands.execute(new ExecuteCompactCommand(id, command, commandContextFrom(request)));
  }

  @Post('endorsements')
  @Policy('compacts.act-for-partner')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'BoardEndorsementRecorded' })
  endorse(@Param() { id }: CompactIdParams, @Body() body: EndorsementDto, @Req() request: LedgerRequest) {
    const data = {
      ...body,
      factId: randomUUID(),
      outcome: body.outcome as EndorsementOutcome,
      concerns: (body.concerns ?? []).map((c) => ({ concern: c.concern, response: c.response ?? null })),
      reason: body.reason ?? null,
    };
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'RecordBoardEndorsement', data }, commandContextFrom(request), body.organisationId));
  }

  @Post('signatures')
  @Policy('compacts.act-for-partner')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'PartnerSigned (and CompactCameIntoForce when it was the last signature needed)' })
  sign(@Param() { id }: CompactIdParams, @Body() body: SignatureDto, @Req() request: LedgerRequest) {
    const data = { ...body, signatory: { ...body.signatory }, signifies: body.signifies as SignificanceCode[], factId: randomUUID() };
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'SignVersion', data }, commandContextFrom(request), body.organisationId));
  }

  @Post('term')
  @Policy('compacts.manage-term')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactTermSet (and CompactCameIntoForce when the rule is already met)' })
  setTerm(@Param() { id }: CompactIdParams, @Body() body: SetTermDto, @Req() request: LedgerRequest) {
    const data = {
      inForceRule: body.inForceRule as InForceRule,
      effectiveFrom: body.effectiveFrom ?? null,
      expiresOn: body.expiresOn ?? null,
      refreshDueBy: body.refreshDueBy ?? null,
      durationMonths: body.durationMonths ?? null,
      decisionReference: body.decisionReference ?? null,
    };
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'SetTerm', data }, commandContextFrom(request)));
  }

  @Post('in-force')
  @Policy('compacts.manage-term')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactCameIntoForce, by an explicit decision' })
  cameIntoForce(@Param() { id }: CompactIdParams, @Body() body: CameIntoForceDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'RecordCameIntoForce', data: { ...body } }, commandContextFrom(request)));
  }

  @Post('termination')
  @Policy('compacts.manage-term')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactTerminated' })
  terminate(@Param() { id }: CompactIdParams, @Body() body: TerminationDto, @Req() request: LedgerRequest) {
    const data = { effectiveOn: body.effectiveOn, reason: body.reason, decisionReference: body.decisionReference ?? null };
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'TerminateCompact', data }, commandContextFrom(request)));
  }

  @Post('supersession')
  @Policy('compacts.manage-term')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactSuperseded' })
  supersede(@Param() { id }: CompactIdParams, @Body() body: SupersessionDto, @Req() request: LedgerRequest) {
    const data = {
      successorCompactId: body.successorCompactId,
      effectiveOn: body.effectiveOn,
      reason: body.reason,
      decisionReference: body.decisionReference ?? null,
    };
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'RecordSuperseded', data }, commandContextFrom(request)));
  }

  @Post('corrections')
  @Policy('compacts.correct')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'EventCorrected: the original fact stays in the history' })
  correct(@Param() { id }: CompactIdParams, @Body() body: CorrectionDto, @Req() request: LedgerRequest) {
    const { factId, reason, fact, endorsementReason, concerns, ...fields } = body;
    const correction = {
      fact,
      ...fields,
      ...(fields.signatory ? { signatory: { ...fields.signatory } } : {}),
      ...(concerns ? { concerns: concerns.map((c) => ({ concern: c.concern, response: c.response ?? null })) } : {}),
      ...(endorsementReason !== undefined ? { reason: endorsementReason } : {}),
    } as Correction;
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'CorrectEvent', data: { factId, reason, correction } }, commandContextFrom(request)));
  }

  @Post('escalation-path')
  @Policy('compacts.define-escalation-path')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'EscalationPathDefined: disputes raised from now on follow it; those raised before keep theirs' })
  defineEscalationPath(@Param() { id }: CompactIdParams, @Body() body: EscalationPathDto, @Req() request: LedgerRequest) {
    const data = { levels: body.levels.map((level) => ({ ...level })), note: body.note, effectiveOn: body.effectiveOn };
    return this.commands.execute(new ExecuteCompactCommand(id, { type: 'DefineEscalationPath', data }, commandContextFrom(request)));
  }

  @Get('escalation-path')
  @Policy('compacts.read')
  @ApiOkResponse({ type: EscalationPathDto, description: "The compact's current escalation path, or 404 when none is defined" })
  escalationPath(@Param() { id }: CompactIdParams, @Query() _query: ReadQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'escalation-path'));
  }

  @Get('partners')
  @Policy('compacts.read')
  @ApiOkResponse({ type: [PartnerViewDto], description: 'Partners with their membership periods and representatives' })
  partners(@Param() { id }: CompactIdParams, @Query() { asOf, axis }: AsOfQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'partners', asOf ?? null, axis ?? 'effective'));
  }

  @Get('endorsements')
  @Policy('compacts.read')
  @ApiOkResponse({ type: [EndorsementViewDto], description: "Each partner board's endorsement, with concerns and responses" })
  endorsements(@Param() { id }: CompactIdParams, @Query() { asOf, axis }: AsOfQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'endorsements', asOf ?? null, axis ?? 'effective'));
  }

  @Get('signatures')
  @Policy('compacts.read')
  @ApiOkResponse({ type: [RegisterRowDto], description: 'The register: one row per partner and version, signed or not yet' })
  signatures(@Param() { id }: CompactIdParams, @Query() { asOf, axis }: AsOfQueryDto) {
    return this.queries.execute(new GetLifecycleQuery(id, 'signatures', asOf ?? null, axis ?? 'effective'));
  }
}
