import { Inject, Injectable } from '@nestjs/common';
import { type CommandContext, type EventStore, handleCommand, type PipelineDecider, type PipelineOptions } from '@compact-ledger/event-store';
import { EVENT_STORE } from './tokens';

/** The one write path (read, evolve, decide, append), bound to the configured store. */
@Injectable()
export class CommandPipeline {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  run<Command, Event extends { type: string; data: object; effectiveAt?: string }, State>(
    streamId: string,
    decider: PipelineDecider<Command, Event, State>,
    command: Command,
    context: CommandContext,
    options: PipelineOptions<State> = {},
  ) {
    return handleCommand(this.store, streamId, decider, command, context, options);
  }
}
