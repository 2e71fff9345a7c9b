import { Inject, Injectable } from '@nestjs/common';
import { type CommandContext, type EventStore, handleCommand, type PipelineDecider, type PipelineOptions, readForDecision } from '@compact-ledger/event-store';
import { EVENT_STORE } from './tokens';

const settled = () => undefined;

/**
 * The one write path (read, evolve, decide, append), bound to the configured store.
 * Commands on one stream take turns within this process: run together, all but one
 * would fail their expected revision at every attempt, and a burst of twenty on one
 * compact ran out of retries (409 to clients that had sent no If-Match). Writers in
 * other processes are still caught by the expected revision, and retried.
 */
@Injectable()
export class CommandPipeline {
  private readonly turns = new Map<string, Promise<unknown>>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  run<Command, Event extends { type: string; data: object; effectiveAt?: string }, State>(
    streamId: string,
    decider: PipelineDecider<Command, Event, State>,
    command: Command,
    context: CommandContext,
    options: PipelineOptions<State> = {},
  ) {
    const previous = this.turns.get(streamId);
    const execute = () => handleCommand(this.store, streamId, decider, command, context, options);
    const turn = previous ? previous.then(settled, settled).then(execute) : execute();
    this.turns.set(streamId, turn);
    const done = () => {
      if (this.turns.get(streamId) === turn) this.turns.delete(streamId);
    };
    turn.then(done, done);
    return turn;
  }

  /** Another stream's state, as a decision may rest on it (a dispute is raised under its compact as it stands). */
  readForDecision<Event extends { type: string; data: object }, State>(
    streamId: string,
    decider: Pick<PipelineDecider<unknown, Event, State>, 'initialState' | 'evolve' | 'decode'>,
  ): Promise<State> {
    return readForDecision(this.store, streamId, decider);
  }
}
