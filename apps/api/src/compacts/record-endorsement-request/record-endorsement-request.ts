import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import type { DataOf, PaperDateInput, RecordEndorsementRequest } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { ORGANISATION_ID } from '../../http/dto-fields';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CompactCommands } from '../compact-commands';
import { VersionLabelField } from '../compact-fields';
import { CompactIdParams } from '../compact-id.params';
import { PaperDateField } from '../paper-date.fields';

export class EndorsementRequestDto implements Omit<DataOf<RecordEndorsementRequest>, 'factId'> {
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The partner whose board it is; null where the paper names only the board' })
  @ValidateIf((body: EndorsementRequestDto) => body.organisationId !== null)
  @Matches(ORGANISATION_ID, { message: 'organisationId must be lower-case words joined by hyphens, or null' })
  organisationId!: string | null;

  @ApiProperty({ example: '1' })
  @VersionLabelField('versionLabel')
  versionLabel!: string;

  @ApiProperty({ example: 'Health and Wellbeing Board' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  boardName!: string;

  @PaperDateField('meetingDate', { example: '2015-01-28', happened: true })
  meetingDate!: PaperDateInput;

  @ApiProperty({ example: 'The Health and Wellbeing Board is asked to endorse the Compact ...', description: "What the board was asked, in the paper's words" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  asked!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'What the ledger takes that the paper does not say, and why' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  assumption: string | null = null;
}

/** A board was asked to endorse a version, and the paper gives no outcome (001: 28 January 2015): EndorsementRequested. */
export class RecordEndorsementRequestCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly request: EndorsementRequestDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordEndorsementRequestCommand)
export class RecordEndorsementRequestHandler implements ICommandHandler<RecordEndorsementRequestCommand> {
  constructor(private readonly compacts: CompactCommands) {}

  execute({ compactId, request, context }: RecordEndorsementRequestCommand): Promise<CommandResultDto> {
    return this.compacts.run(compactId, { type: 'RecordEndorsementRequest', data: { ...request, factId: newId() } }, context);
  }
}

@ApiTags('compact partners and signatures')
@ApiBearerAuth()
@Controller('compacts/:id')
export class RecordEndorsementRequestController {
  constructor(private readonly commands: CommandBus) {}

  @Post('endorsement-requests')
  @ApiOperation({ summary: 'Record that a board was asked to endorse a version' })
  @Policy('compacts.record-endorsement-request')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: 'EndorsementRequested: the board asked, with no outcome on the paper' })
  record(@Param() { id }: CompactIdParams, @Body() body: EndorsementRequestDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordEndorsementRequestCommand(id, body, commandContextFrom(request)));
  }
}
