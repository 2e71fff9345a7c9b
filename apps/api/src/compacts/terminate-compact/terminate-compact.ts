import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { TerminateCompact, DataOf, PaperDateInput } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { CompactIdParams } from '../compact-id.params';
import { PaperDateField } from '../paper-date.fields';

/** A termination: when, why and on whose decision. */
export class TerminationDto implements Omit<DataOf<TerminateCompact>, 'factId' | 'references'> {
  @PaperDateField('effectiveOn', { example: '2020-03-31' })
  effectiveOn!: PaperDateInput;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "A board decision as meeting/<meetingId>/decisions/<decisionId> (which must exist), or the paper's words",
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  decisionReference: string | null = null;
}

/** The compact ends: CompactTerminated. */
export class TerminateCompactCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: TerminationDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(TerminateCompactCommand)
export class TerminateCompactHandler implements ICommandHandler<TerminateCompactCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: TerminateCompactCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, { type: 'TerminateCompact', data: { ...request, factId: newId() } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class TerminateCompactController {
  constructor(private readonly commands: CommandBus) {}

  @Post('termination')
  @ApiOperation({ summary: 'Terminate a compact' })
  @Policy('compacts.manage-term')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CompactTerminated' })
  terminate(@Param() { id }: CompactIdParams, @Body() body: TerminationDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new TerminateCompactCommand(id, body, commandContextFrom(request)));
  }
}
