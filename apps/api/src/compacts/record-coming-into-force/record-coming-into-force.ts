import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { RecordCameIntoForce, DataOf, PaperDateInput } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { VersionLabelField } from '../compact-fields';
import { CompactIdParams } from '../compact-id.params';
import { PaperDateField } from '../paper-date.fields';

export class CameIntoForceDto implements Omit<DataOf<RecordCameIntoForce>, 'factId' | 'references'> {
  @ApiProperty({ example: '1' })
  @VersionLabelField('versionLabel')
  versionLabel!: string;

  @PaperDateField('effectiveOn', { example: '2017-06-01' })
  effectiveOn!: PaperDateInput;

  @ApiProperty({
    example: 'Date effective: 1 June 2017',
    description:
      "The decision: a board decision as meeting/<meetingId>/decisions/<decisionId> (which must exist on this compact's boards), or the paper's own words",
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  decisionReference!: string;
}

/** Under the explicit-decision rule: the current version came into force by a decision (CompactCameIntoForce). */
export class RecordComingIntoForceCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: CameIntoForceDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordComingIntoForceCommand)
export class RecordComingIntoForceHandler implements ICommandHandler<RecordComingIntoForceCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: RecordComingIntoForceCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, { type: 'RecordCameIntoForce', data: { ...request, factId: newId() } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class RecordComingIntoForceController {
  constructor(private readonly commands: CommandBus) {}

  @Post('in-force')
  @ApiOperation({ summary: 'Record a coming into force by decision' })
  @Policy('compacts.manage-term')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactCameIntoForce, by an explicit decision' })
  cameIntoForce(@Param() { id }: CompactIdParams, @Body() body: CameIntoForceDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordComingIntoForceCommand(id, body, commandContextFrom(request)));
  }
}
