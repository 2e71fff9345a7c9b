import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type DecisionRecorded,
  decisionConsequence,
  decisionReference,
  disputeDecider,
  DomainRuleViolation,
  meetingEventCodec,
  NotFoundInDomain,
} from '@compact-ledger/domain';
import type { CommandContext, EventStore, RecordedEvent } from '@compact-ledger/event-store';
import { compactDecider } from '../../compacts/compact-decider';
import { newId } from '../../http/ids';
import { CommandPipeline } from '../../infrastructure/command-pipeline.service';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { consequenceEventId, consequenceId } from './consequence-event-ids';

/** What became of an attempt to carry out a decision's consequence. */
export type ConsequenceOutcome =
  | { kind: 'recorded'; streamId: string; eventIds: string[]; position: number }
  /** Already on its stream under the id derived from the decision: a restart, a replay or a rebuild. */
  | { kind: 'already-recorded'; streamId: string; eventId: string }
  /** Its stream's rules refuse it (the partner has already left, the dispute was withdrawn): it will not succeed by trying again. */
  | { kind: 'refused'; streamId: string; rule: string; detail: string }
  /** It could not be tried (the store is unavailable): it is tried again. */
  | { kind: 'failed'; error: string };

/** Carry out what a recorded decision does to the compact or a dispute. */
export class EnactDecisionConsequenceCommand extends Command<ConsequenceOutcome> {
  constructor(readonly decision: RecordedEvent) {
    super();
  }
}

/** Where the feed waits for the outcome of the command it caused the saga to send. */
@Injectable()
export class ConsequenceOutcomes {
  private readonly waiting = new Map<string, (outcome: ConsequenceOutcome) => void>();

  /** Resolves with the outcome for the decision event, or `failed` after `timeoutMs`. */
  expect(causeEventId: string, timeoutMs: number): Promise<ConsequenceOutcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle({ kind: 'failed', error: `no outcome within ${timeoutMs} ms` }), timeoutMs);
      const settle = (outcome: ConsequenceOutcome) => {
        clearTimeout(timer);
        if (this.waiting.get(causeEventId) === settle) this.waiting.delete(causeEventId);
        resolve(outcome);
      };
      this.waiting.set(causeEventId, settle);
    });
  }

  settle(causeEventId: string, outcome: ConsequenceOutcome): void {
    this.waiting.get(causeEventId)?.(outcome);
  }
}

/**
 * Sends the consequence's command to the compact's or the dispute's stream through the one write
 * path. The events it appends name the decision's event as their cause (causationId) and carry its
 * correlation id; their ids are derived from the decision's event, so the store keeps one copy
 * however often this runs. The actor is the one who recorded the decision: the saga carries out
 * what they recorded.
 */
@CommandHandler(EnactDecisionConsequenceCommand)
export class EnactDecisionConsequenceHandler implements ICommandHandler<EnactDecisionConsequenceCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly outcomes: ConsequenceOutcomes,
  ) {}

  async execute({ decision }: EnactDecisionConsequenceCommand): Promise<ConsequenceOutcome> {
    const outcome = await this.enact(decision).catch((error: unknown): ConsequenceOutcome => ({ kind: 'failed', error: (error as Error).message }));
    this.outcomes.settle(decision.metadata.eventId, outcome);
    return outcome;
  }

  private async enact(recorded: RecordedEvent): Promise<ConsequenceOutcome> {
    const event = meetingEventCodec.decode(recorded) as DecisionRecorded | null;
    const consequence = event?.type === 'DecisionRecorded' ? decisionConsequence(event) : null;
    if (event === null || consequence === null)
      return { kind: 'refused', streamId: recorded.streamId, rule: 'no-consequence', detail: 'the event carries no consequence' };
    const cause = recorded.metadata.eventId;
    const firstId = consequenceEventId(cause, 0);
    const already = await this.stored(consequence.stream, firstId);
    if (already) return { kind: 'already-recorded', streamId: consequence.stream, eventId: firstId };

    const context: CommandContext = {
      actor: recorded.metadata.actor,
      correlationId: recorded.metadata.correlationId,
      causationId: cause,
      newEventId: newId,
      eventIdFor: (index) => consequenceEventId(cause, index),
      newIdFor: (purpose) => consequenceId(cause, purpose),
    };
    try {
      const result =
        consequence.aggregate === 'compact'
          ? await this.pipeline.run(consequence.stream, compactDecider, consequence.command, context)
          : await this.pipeline.run(consequence.stream, disputeDecider, consequence.command, context);
      return { kind: 'recorded', streamId: consequence.stream, eventIds: result.events.map((_, i) => consequenceEventId(cause, i)), position: result.position };
    } catch (error) {
      if (!(error instanceof DomainRuleViolation || error instanceof NotFoundInDomain)) throw error;
      // Another instance may have recorded it between the look and the decision.
      if (await this.stored(consequence.stream, firstId)) return { kind: 'already-recorded', streamId: consequence.stream, eventId: firstId };
      const rule = error instanceof DomainRuleViolation ? error.rule : 'not-found';
      const reference = decisionReference(event.data.meetingId, event.data.decisionId);
      return { kind: 'refused', streamId: consequence.stream, rule, detail: `${reference}: ${error.message}` };
    }
  }

  private async stored(streamId: string, eventId: string): Promise<boolean> {
    return (await this.store.readStream(streamId)).some((e) => e.metadata.eventId === eventId);
  }
}
