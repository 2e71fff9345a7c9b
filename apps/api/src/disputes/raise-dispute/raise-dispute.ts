import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { compactStream, disputeCompactSnapshot } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertActsFor, Policy } from '../../auth/policies';
import { compactDecider } from '../../compacts/compact-decider';
import { CommandResultDto } from '../../http/command-result.dto';
import { ResourceNotFoundError } from '../../http/problems';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CommandPipeline } from '../../infrastructure/command-pipeline.service';
import { DisputeCommands } from '../dispute-commands';
import { RaiseDisputeDto } from './raise-dispute.dto';

/** A partner raises a dispute under a compact against one or more partners: DisputeRaised, at level 1 of the compact's path. */
export class RaiseDisputeCommand extends Command<CommandResultDto> {
  constructor(
    readonly request: RaiseDisputeDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RaiseDisputeCommand)
export class RaiseDisputeHandler implements ICommandHandler<RaiseDisputeCommand> {
  constructor(
    private readonly disputes: DisputeCommands,
    private readonly pipeline: CommandPipeline,
  ) {}

  async execute({ request, context }: RaiseDisputeCommand): Promise<CommandResultDto> {
    // A partner raises a dispute for its own organisation only.
    assertActsFor(context.actor, request.raisedBy);
    // decide() reads no other stream: the compact as it stood on the date raised travels in the command.
    const { compactId, ...fields } = request;
    const compact = await this.pipeline.readForDecision(compactStream(compactId), compactDecider);
    if (compact.kind === 'none') throw new ResourceNotFoundError(`no compact with id ${compactId}`);
    const snapshot = disputeCompactSnapshot(compact, request.raisedOn);
    // A retry of the request under its Idempotency-Key names the same dispute.
    const disputeId = context.newIdFor('dispute');
    return this.disputes.raise(disputeId, { type: 'RaiseDispute', data: { ...fields, disputeId, compact: snapshot } }, context);
  }
}

@ApiTags('disputes')
@ApiBearerAuth()
@Controller('disputes')
export class RaiseDisputeController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Raise a dispute under a compact' })
  @Policy('disputes.raise')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'DisputeRaised, at level 1 of the compact’s escalation path' })
  @ApiNotFoundResponse({ description: 'No compact with that compactId' })
  async raise(@Body() body: RaiseDisputeDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandResultDto> {
    const result = await this.commands.execute(new RaiseDisputeCommand(body, commandContextFrom(request)));
    reply.header('location', `/disputes/${result.id}`);
    return result;
  }
}
