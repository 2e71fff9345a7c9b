import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CompactCommand, compactStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import type { CommandResultDto } from '../http/command-result.dto';
import { RequestValidationError } from '../http/problems';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';
import { compactDecider } from '../compacts/compact-decider';
import type { PublishVersionDto, SectionDto } from './publish-version.dto';

export class PublishVersionCommand extends Command<CommandResultDto> {
  constructor(
    readonly compactId: string,
    readonly input: PublishVersionDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

const section = (s: SectionDto) => ({ number: s.number, heading: s.heading ?? null, text: s.text });

/** A body with `sections` publishes a whole version; one with amendment fields, an amendment. */
export function toCompactCommand(input: PublishVersionDto): CompactCommand {
  const { label, note, dated } = input;
  const amends = input.replace !== undefined || input.add !== undefined || input.remove !== undefined || input.replacePhrases !== undefined;
  if (input.sections !== undefined && amends) {
    throw new RequestValidationError([
      { field: 'sections', message: 'give either sections (a whole version) or replace/add/remove/replacePhrases (an amendment), not both' },
    ]);
  }
  if (input.sections !== undefined) return { type: 'PublishVersion', data: { label, note, dated, sections: input.sections.map(section) } };
  if (!amends)
    throw new RequestValidationError([{ field: 'sections', message: 'give sections (a whole version) or replace/add/remove/replacePhrases (an amendment)' }]);
  return {
    type: 'PublishAmendment',
    data: {
      label,
      note,
      dated,
      replace: input.replace?.map(section),
      add: input.add?.map(section),
      remove: input.remove,
      replacePhrases: input.replacePhrases?.map(({ find, replaceWith }) => ({ find, replaceWith })),
    },
  };
}

@CommandHandler(PublishVersionCommand)
export class PublishVersionHandler implements ICommandHandler<PublishVersionCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ compactId, input, context }: PublishVersionCommand): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(compactStream(compactId), compactDecider, toCompactCommand(input), context);
    return { id: compactId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}
