import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type Database from 'better-sqlite3';
import type { FastifyReply } from 'fastify';
import { disputeStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { findDispute } from '@compact-ledger/projections';
import { ActionNotAllowedError, mayReadDispute, Policy } from '../../auth/policies';
import { DisputeIdParams } from '../../disputes/dispute-id.params';
import { ResourceNotFoundError } from '../../http/problems';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { READ_MODEL_DB } from '../../infrastructure/tokens';
import { EvidencePacks, type PreparedPack } from '../evidence-packs';
import { PACK_RESPONSE, PACKS_BUSY_RESPONSE, sendPack } from '../pack-response';

/**
 * Export one dispute's evidence pack: the dispute's stream up to a checkpoint issued
 * for the export (its raising keeps what it needs of the compact: the version it is
 * about and the escalation path in effect), and its evidence files. Whoever may read
 * the dispute may export it: a partner its own organisation's, a mediator those it is
 * appointed to. Recorded on the compact's record of exports before it is sent.
 */
export class ExportDisputeEvidenceCommand extends Command<PreparedPack> {
  constructor(
    readonly disputeId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExportDisputeEvidenceCommand)
export class ExportDisputeEvidenceHandler implements ICommandHandler<ExportDisputeEvidenceCommand> {
  constructor(
    private readonly packs: EvidencePacks,
    @Inject(READ_MODEL_DB) private readonly readModels: Database.Database,
  ) {}

  execute({ disputeId, context }: ExportDisputeEvidenceCommand): Promise<PreparedPack> {
    return this.packs.export(context, () => {
      const dispute = findDispute(this.readModels, disputeId);
      if (!dispute) throw new ResourceNotFoundError(`no dispute with id ${disputeId}`);
      if (!mayReadDispute(context.actor, dispute)) throw new ActionNotAllowedError(`${context.actor.name} may not read this dispute`);
      return {
        compactId: dispute.compact.compactId,
        disputeId,
        streams: () => [disputeStream(disputeId)],
        title: `Dispute: ${dispute.summary}`,
        subject: `dispute ${disputeId} under compact ${dispute.compact.compactId}`,
        filename: (size) => `evidence-dispute-${disputeId}-${size}.zip`,
      };
    });
  }
}

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('disputes/:id')
export class ExportDisputeEvidenceController {
  constructor(private readonly commands: CommandBus) {}

  @Get('evidence-pack')
  @ApiOperation({ summary: "Download a dispute's evidence pack" })
  @Policy('evidence.export-dispute')
  @ApiOkResponse(PACK_RESPONSE)
  @ApiResponse({ status: 501, description: 'This ledger keeps no transparency log (it runs on EventStoreDB): no packs' })
  @ApiResponse(PACKS_BUSY_RESPONSE)
  async export(@Param() { id }: DisputeIdParams, @Req() request: LedgerRequest, @Res() reply: FastifyReply) {
    return sendPack(reply, await this.commands.execute(new ExportDisputeEvidenceCommand(id, commandContextFrom(request))));
  }
}
