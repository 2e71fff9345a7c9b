import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { RecordSuperseded, DataOf } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { UuidField } from '../../http/dto-fields';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { TerminationDto } from '../terminate-compact/terminate-compact';

/** A supersession: a termination that names the compact replacing this one. */
export class SupersessionDto extends TerminationDto implements Omit<DataOf<RecordSuperseded>, 'factId' | 'references'> {
  @ApiProperty({ format: 'uuid', description: 'The compact that replaces this one: it must have been drafted (422 referenced-compact-not-found)' })
  @UuidField()
  successorCompactId!: string;
}

/** The compact is replaced by another (004: "or when it is replaced by a more formal partnership agreement"): CompactSuperseded. */
export class RecordSupersessionCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: SupersessionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordSupersessionCommand)
export class RecordSupersessionHandler implements ICommandHandler<RecordSupersessionCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: RecordSupersessionCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, { type: 'RecordSuperseded', data: { ...request, factId: newId() } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class RecordSupersessionController {
  constructor(private readonly commands: CommandBus) {}

  @Post('supersession')
  @ApiOperation({ summary: 'Record that another compact supersedes this one' })
  @Policy('compacts.manage-term')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactSuperseded' })
  supersede(@Param() { id }: CompactIdParams, @Body() body: SupersessionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordSupersessionCommand(id, body, commandContextFrom(request)));
  }
}
