import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { compactStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { findCompactSummary } from '@compact-ledger/projections';
import type Database from 'better-sqlite3';
import { Inject } from '@nestjs/common';
import { Policy } from '../../auth/policies';
import { CompactIdParams } from '../../compacts/compact-id.params';
import { ResourceNotFoundError } from '../../http/problems';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { READ_MODEL_DB } from '../../infrastructure/tokens';
import { EvidencePacks, type PreparedPack } from '../evidence-packs';
import { PACK_RESPONSE, PACKS_BUSY_RESPONSE, sendPack } from '../pack-response';

/**
 * Export a compact's evidence pack: every stream that belongs to the compact (its own,
 * and each whose first event names it: its disputes, boards, meetings, joint programme
 * and the record of its exports) up to a checkpoint issued for the export, with the
 * evidence files of its disputes. Recorded as EvidencePackExported before it is sent.
 */
export class ExportCompactEvidenceCommand extends Command<PreparedPack> {
  constructor(
    readonly compactId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExportCompactEvidenceCommand)
export class ExportCompactEvidenceHandler implements ICommandHandler<ExportCompactEvidenceCommand> {
  constructor(
    private readonly packs: EvidencePacks,
    @Inject(READ_MODEL_DB) private readonly readModels: Database.Database,
  ) {}

  execute({ compactId, context }: ExportCompactEvidenceCommand): Promise<PreparedPack> {
    return this.packs.export(context, (checkpoint) => {
      const streams = this.packs.streamsOfCompact(compactId, checkpoint.size);
      if (!streams.includes(compactStream(compactId))) throw new ResourceNotFoundError(`no compact with id ${compactId}`);
      return {
        compactId,
        disputeId: null,
        streams: () => streams,
        title: findCompactSummary(this.readModels, compactId)?.title ?? `Compact ${compactId}`,
        subject: `compact ${compactId}`,
        filename: (size) => `evidence-compact-${compactId}-${size}.zip`,
      };
    });
  }
}

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('compacts/:id')
export class ExportCompactEvidenceController {
  constructor(private readonly commands: CommandBus) {}

  @Get('evidence')
  @ApiOperation({ summary: "Download a compact's evidence pack" })
  @Policy('evidence.export-compact')
  @ApiOkResponse(PACK_RESPONSE)
  @ApiResponse({ status: 501, description: 'This ledger keeps no transparency log (it runs on EventStoreDB): no packs' })
  @ApiResponse(PACKS_BUSY_RESPONSE)
  async export(@Param() { id }: CompactIdParams, @Req() request: LedgerRequest, @Res() reply: FastifyReply) {
    return sendPack(reply, await this.commands.execute(new ExportCompactEvidenceCommand(id, commandContextFrom(request))));
  }
}
