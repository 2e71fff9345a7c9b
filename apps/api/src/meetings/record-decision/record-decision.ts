import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type DecisionDisputeSnapshot, decisionDisputeSnapshot, disputeDecider, disputeStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { Policy } from '../../auth/policies';
import { CommandResultDto } from '../../http/command-result.dto';
import { newId } from '../../http/ids';
import { ResourceNotFoundError } from '../../http/problems';
import { commandContextFrom, type LedgerRequest } from '../../http/request-context';
import { CommandPipeline } from '../../infrastructure/command-pipeline.service';
import { MeetingCommands } from '../meeting-commands';
import { MeetingIdParams } from '../meeting-id.params';
import { DecisionDto } from './record-decision.dto';

/**
 * A decision on an agenda item, with the votes or consensus the minutes record: DecisionRecorded,
 * refused when the item is inquorate, reserved to another board, or (asking a partner to leave)
 * when the concern was not first reflected. A consequence is carried out by the decision-consequences saga.
 */
export class RecordDecisionCommand extends Command<CommandResultDto> {
  constructor(
    readonly meetingId: string,
    readonly request: DecisionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler implements ICommandHandler<RecordDecisionCommand> {
  constructor(
    private readonly meetings: MeetingCommands,
    private readonly pipeline: CommandPipeline,
  ) {}

  async execute({ meetingId, request, context }: RecordDecisionCommand): Promise<CommandResultDto> {
    const consequence = request.consequence?.toRequest() ?? null;
    // A decision resolving a dispute rests on the dispute as it stands; decide() reads no other stream.
    let dispute: DecisionDisputeSnapshot | null = null;
    if (consequence?.kind === 'resolve-dispute') {
      const state = await this.pipeline.readForDecision(disputeStream(consequence.disputeId), disputeDecider);
      if (state.kind === 'none') throw new ResourceNotFoundError(`no dispute with id ${consequence.disputeId}`);
      dispute = decisionDisputeSnapshot(state);
    }
    const { item, resolution, value } = request;
    const data = { decisionId: newId(), item, resolution, outcome: request.outcome.toOutcome(), value: value && { ...value }, consequence, dispute };
    // The secretariat records the board's decisions; no organisation scope.
    return this.meetings.run(meetingId, { type: 'RecordDecision', data }, context);
  }
}

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings/:id')
export class RecordDecisionController {
  constructor(private readonly commands: CommandBus) {}

  @Post('decisions')
  @ApiOperation({ summary: 'Record a decision on an agenda item' })
  @Policy('meetings.record')
  @HttpCode(201)
  @ApiCreatedResponse({
    type: CommandResultDto,
    description: 'DecisionRecorded, with its quorum count, those excluded for an interest and any reserved matter',
  })
  decide(@Param() { id }: MeetingIdParams, @Body() body: DecisionDto, @Req() request: LedgerRequest) {
    return this.commands.execute(new RecordDecisionCommand(id, body, commandContextFrom(request)));
  }
}
