import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, Matches, ValidateNested } from 'class-validator';
import type { DataOf, DefineCommitment, TargetDefinition } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { TARGET_ID } from '../../governance/governance-fields';
import { CommandResultDto } from '../../http/command-result.dto';
import { CalendarDateField, HappenedOnField, TextField } from '../../http/dto-fields';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { ProgrammeCommands } from '../programme-commands';
import { ProgrammeParams } from '../programme-params';

export class TargetDto implements TargetDefinition {
  @ApiProperty({ example: '3.1', description: 'As the paper numbers it; unique in the programme' })
  @Matches(TARGET_ID, { message: 'targetId must be a target number such as 3.1' })
  targetId!: string;

  @ApiProperty({ description: "In the paper's words" })
  @TextField(5000)
  text!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2017-06-30', description: 'The date it is overdue after; null where the paper gives none' })
  @IsOptional()
  @CalendarDateField('dueOn', '2017-06-30')
  dueOn: string | null = null;

  @ApiProperty({ example: 'by June 2017', description: "The paper's words for the date, and how the ledger read them where it had to" })
  @TextField(300)
  wording!: string;
}

export class CommitmentDto implements Omit<DataOf<DefineCommitment>, 'compactId' | 'commitmentId'> {
  @ApiProperty({ example: '3', description: 'As the paper numbers it' })
  @Matches(/^[0-9A-Za-z.]{1,20}$/, { message: 'number must be the commitment’s number such as 3' })
  number!: string;

  @ApiProperty({ example: 'One Plan: Joint Strategic Planning' })
  @TextField(500)
  title!: string;

  @ApiProperty({ description: "The commitment's text" })
  @TextField(20_000)
  text!: string;

  @ApiProperty({ type: [TargetDto], description: 'Possibly none' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TargetDto)
  targets!: TargetDto[];

  @ApiProperty({ example: '2017-06-01', description: 'When the commitment was made' })
  @HappenedOnField('definedOn', '2017-06-01')
  definedOn!: string;
}

/** A commitment of the compact's joint programme, with its dated targets: CommitmentDefined (JointProgrammeStarted with the first). */
export class DefineCommitmentCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: CommitmentDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DefineCommitmentCommand)
export class DefineCommitmentHandler implements ICommandHandler<DefineCommitmentCommand> {
  constructor(private readonly programme: ProgrammeCommands) {}

  execute({ compactId, request, context }: DefineCommitmentCommand): Promise<CommandResultDto> {
    const targets = request.targets.map(({ targetId, text, dueOn, wording }) => ({ targetId, text, dueOn, wording }));
    // The secretariat records the programme from paper; no organisation scope.
    return this.programme.define(compactId, { type: 'DefineCommitment', data: { ...request, targets, compactId, commitmentId: newId() } }, context);
  }
}

@ApiTags('joint programme')
@ApiBearerAuth()
@Controller('compacts/:id/commitments')
export class DefineCommitmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Define a commitment with its dated targets' })
  @Policy('programme.record')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'CommitmentDefined (JointProgrammeStarted before the first); the id is the compact’s' })
  @ApiNotFoundResponse({ description: 'No compact with that id' })
  define(@Param() { id }: ProgrammeParams, @Body() body: CommitmentDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new DefineCommitmentCommand(id, body, commandContextFrom(request)));
  }
}
