import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DataOf, SubmitDisputeEvidence } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import { assertMayActOnDispute } from '../../auth/policies';
import type { CommandResultDto } from '../../http/command-result.dto';
import { DisputeCommands } from '../dispute-commands';

/**
 * A party submits a file of evidence, held by its SHA-256: DisputeEvidenceSubmitted.
 * The upload (multipart/form-data) is read and its file stored by EvidenceUploads,
 * which then sends this command.
 */
export class SubmitEvidenceCommand extends Command<CommandResultDto> {
  constructor(
    readonly disputeId: string,
    readonly data: DataOf<SubmitDisputeEvidence>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitEvidenceCommand)
export class SubmitEvidenceHandler implements ICommandHandler<SubmitEvidenceCommand> {
  constructor(private readonly disputes: DisputeCommands) {}

  execute({ disputeId, data, context }: SubmitEvidenceCommand): Promise<CommandResultDto> {
    return this.disputes.run(disputeId, { type: 'SubmitDisputeEvidence', data }, context, (dispute) =>
      // A party's partner submits for its own organisation.
      assertMayActOnDispute(context.actor, dispute, data.submittedBy),
    );
  }
}
