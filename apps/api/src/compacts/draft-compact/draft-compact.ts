import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { DraftCompactDto } from './draft-compact.dto';

/** Drafts a new compact: CompactDrafted. */
export class DraftCompactCommand extends Command<CommandResultDto> {
  constructor(
    readonly request: DraftCompactDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DraftCompactCommand)
export class DraftCompactHandler implements ICommandHandler<DraftCompactCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ request, context }: DraftCompactCommand): Promise<CommandResultDto> {
    // A retry of the request under its Idempotency-Key names the same compact.
    const compactId = context.newIdFor('compact');
    return this.compacts.run(compactId, { type: 'DraftCompact', data: { ...request, compactId } }, context, { startsStream: true });
  }
}

@ApiTags('compacts')
@ApiBearerAuth()
@Controller('compacts')
export class DraftCompactController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Draft a compact' })
  @Policy('compacts.draft')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactDrafted recorded' })
  async draft(@Body() body: DraftCompactDto, @Req() request: LedgerRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandResultDto> {
    const result = await this.commands.execute(new DraftCompactCommand(body, commandContextFrom(request)));
    reply.header('location', `/compacts/${result.id}`);
    return result;
  }
}
