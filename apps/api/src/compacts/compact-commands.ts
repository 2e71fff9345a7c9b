import { Injectable } from '@nestjs/common';
import { type CompactCommand, compactStream } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import type { CommandResultDto } from '../http/command-result.dto';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';
import { compactDecider } from './compact-decider';
import { CompactReferenceReader } from './compact-references';

/** The commands that may name another stream: what they name is read and carried in the command (compact-references.ts). */
const REFERENCING: ReadonlyArray<CompactCommand['type']> = [
  'AskPartnerToLeave',
  'SetTerm',
  'RecordCameIntoForce',
  'TerminateCompact',
  'RecordSuperseded',
  'CorrectFacts',
];

/** Runs a compact's command through the one write path, on the compact's stream. */
@Injectable()
export class CompactCommands {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly references: CompactReferenceReader,
  ) {}

  async run(compactId: string, command: CompactCommand, context: CommandContext, options: { startsStream?: boolean } = {}): Promise<CommandResultDto> {
    const decided = REFERENCING.includes(command.type)
      ? ({ ...command, data: { ...command.data, references: await this.references.read(compactId, command) } } as CompactCommand)
      : command;
    const outcome = await this.pipeline.run(compactStream(compactId), compactDecider, decided, context, options);
    return { id: compactId, streamRevision: outcome.streamRevision, position: outcome.position };
  }
}
