import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import {
  type DataOf,
  type DeclareInterest,
  INTEREST_HANDLINGS,
  INTEREST_NATURES,
  type InterestHandling,
  type InterestNature,
  type Meeting,
} from '@compact-ledger/domain';
import type { Actor, CommandContext } from '@compact-ledger/event-store';
import { ActionNotAllowedError, assertActsFor, Policy } from '../../auth/policies';
import { AgendaItemField, SlugField } from '../../governance/governance-fields';
import { CommandResultDto } from '../../http/command-result.dto';
import { TextField } from '../../http/dto-fields';
import { newId } from '../../http/ids';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { MeetingCommands } from '../meeting-commands';
import { MeetingIdParams } from '../meeting-id.params';

export class DeclarationDto implements Omit<DataOf<DeclareInterest>, 'declarationId'> {
  @ApiProperty({ example: 'circle-partners', description: 'The seat of the person declaring; the person is whoever attends for it' })
  @SlugField('seatId', 'circle-partners')
  seatId!: string;

  @ApiProperty({ example: 'Provides services within the scope of the item' })
  @TextField(2000)
  interest!: string;

  @ApiProperty({ enum: INTEREST_NATURES })
  @IsIn([...INTEREST_NATURES])
  nature!: InterestNature;

  @ApiProperty({ type: [String], example: ['4'], description: 'The agenda items it bears on (empty: none in particular)' })
  @IsArray()
  @ArrayMaxSize(50)
  @AgendaItemField('items')
  items!: string[];

  @ApiProperty({ enum: INTEREST_HANDLINGS, description: "The Chair's determination: excluded-from-items excludes the seat from every item listed" })
  @IsIn([...INTEREST_HANDLINGS])
  handling!: InterestHandling;
}

/** An interest is declared at a meeting held, with the Chair's handling of it: InterestDeclared. */
export class DeclareInterestCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: DeclarationDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A partner declares for its own organisation's seat only; the secretariat records any seat's declaration. */
function assertDeclaresForOwnSeat(actor: Actor, meeting: Meeting, seatId: string): void {
  if (actor.role === 'secretariat') return;
  const seat = meeting.termsOfReference.seats.find((s) => s.seatId === seatId);
  // An unknown seat is the decider's to refuse, naming the rule.
  if (!seat) return;
  if (seat.organisationId === null) throw new ActionNotAllowedError(`${seat.title} is not a partner's seat; the secretariat records its declarations`);
  assertActsFor(actor, seat.organisationId);
}

@CommandHandler(DeclareInterestCommand)
export class DeclareInterestHandler implements ICommandHandler<DeclareInterestCommand> {
  constructor(private readonly meetings: MeetingCommands) {}

  execute({ meetingId, request, context }: DeclareInterestCommand): Promise<CommandResultDto> {
    const command = { type: 'DeclareInterest' as const, data: { ...request, items: [...request.items], declarationId: newId() } };
    return this.meetings.run(meetingId, command, context, (meeting) => assertDeclaresForOwnSeat(context.actor, meeting, request.seatId));
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings/:id')
export class DeclareInterestController {
  constructor(private readonly commands: CommandBus) {}

  @Post('declarations')
  @ApiOperation({ summary: 'Declare an interest at a meeting' })
  @Policy('meetings.declare-interest')
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommandResultDto, description: "InterestDeclared, with the Chair's handling (for example excluded from item 4)" })
  declare(@Param() { id }: MeetingIdParams, @Body() body: DeclarationDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new DeclareInterestCommand(id, body, commandContextFrom(request)));
  }
}
