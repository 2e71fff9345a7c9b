import { Injectable } from '@nestjs/common';
import { type ICommand, type IEvent, ofType, Saga } from '@nestjs/cqrs';
import type { RecordedEvent } from '@compact-ledger/event-store';
import { map, type Observable } from 'rxjs';
import { EnactDecisionConsequenceCommand } from './enact-decision-consequence';

/** A decision with a consequence was recorded (published on the event bus by the DecisionFeed, from the log). */
export class DecisionWithConsequenceRecorded implements IEvent {
  constructor(readonly decision: RecordedEvent) {}
}

/**
 * Decisions that act on the compact: a recorded decision that asks a partner to leave, or resolves
 * a dispute referred to the board, is carried out on the compact's or the dispute's own stream.
 */
@Injectable()
export class DecisionsActOnTheCompactSaga {
  @Saga()
  decisionConsequences = (events$: Observable<IEvent>): Observable<ICommand> =>
    events$.pipe(
      ofType(DecisionWithConsequenceRecorded),
      map((event) => new EnactDecisionConsequenceCommand(event.decision)),
    );
}
