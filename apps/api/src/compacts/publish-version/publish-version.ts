import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PublishAmendment, PublishVersion } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { PublishVersionDto } from './publish-version.dto';

/** A new version of the compact's text: written out whole (CompactVersionPublished), or as an amendment of the current one. */
export class PublishVersionCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: PublishVersionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The body says which: `sections` for a whole text, the amendment fields otherwise (its DTO refuses both or neither). */
export function toDomainCommand(
  { sections, replace, add, remove, replacePhrases, describedChanges, ...version }: PublishVersionDto,
  factId: string,
): PublishVersion | PublishAmendment {
  if (sections !== undefined) return { type: 'PublishVersion', data: { ...version, factId, sections, describedChanges: describedChanges ?? null } };
  return { type: 'PublishAmendment', data: { ...version, note: version.note ?? '', factId, replace, add, remove, replacePhrases } };
}

@CommandHandler(PublishVersionCommand)
export class PublishVersionHandler implements ICommandHandler<PublishVersionCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: PublishVersionCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, toDomainCommand(request, newId()), context);
  }
}

@ApiTags('compact versions')
@ApiBearerAuth()
@Controller('compacts/:id')
export class PublishVersionController {
  constructor(private readonly commands: CommandBus) {}

  @Post('versions')
  @ApiOperation({ summary: 'Publish a version or an amendment' })
  @Policy('compacts.publish-version')
  @HttpCode(201)
  @ApiCreatedResponse({
    type: CommandResultDto,
    description: 'CompactVersionPublished recorded; GET /compacts/{id}/versions/{label} gives its content hash (the hash partners sign)',
  })
  publish(@Param() { id }: CompactIdParams, @Body() body: PublishVersionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new PublishVersionCommand(id, body, commandContextFrom(request)));
  }
}
