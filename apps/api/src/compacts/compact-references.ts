import { Injectable } from '@nestjs/common';
import {
  type CompactCommand,
  type CompactReferences,
  compactStream,
  disputeDecider,
  disputeParties,
  disputeStream,
  evolveMeeting,
  initialMeetingState,
  meetingEventCodec,
  meetingStream,
  referencesNamedBy,
} from '@compact-ledger/domain';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';
import { compactDecider } from './compact-decider';

/** A meeting's state as the compact's references read it (its decisions), folded with the meeting's own evolve. */
const meetingReader = { initialState: initialMeetingState, evolve: evolveMeeting, decode: meetingEventCodec.decode };

/**
 * What a compact's command names in other streams (a dispute a partner is asked to leave on, a
 * board decision, the compact that supersedes it), read from those streams: the compact's
 * decider reads no other stream, so what it needs travels in the command (`references`), as a
 * dispute's command carries what it needs of its compact.
 */
@Injectable()
export class CompactReferenceReader {
  constructor(private readonly pipeline: CommandPipeline) {}

  async read(compactId: string, command: CompactCommand): Promise<CompactReferences> {
    // A correction of a departure's date is checked against the basis it already names.
    const compact = command.type === 'CorrectFacts' ? await this.pipeline.readForDecision(compactStream(compactId), compactDecider) : null;
    const named = referencesNamedBy(command, compact?.kind === 'compact' ? compact : null);
    const references: CompactReferences = { disputes: {}, decisions: {}, compacts: {} };
    for (const disputeId of named.disputes) {
      const dispute = await this.pipeline.readForDecision(disputeStream(disputeId), disputeDecider);
      references.disputes[disputeId] =
        dispute.kind === 'none' ? null : { disputeId, compactId: dispute.compact.compactId, raisedOn: dispute.raisedOn, parties: disputeParties(dispute) };
    }
    for (const { reference, meetingId, decisionId } of named.decisions) {
      const meeting = await this.pipeline.readForDecision(meetingStream(meetingId), meetingReader);
      const decision = meeting.kind === 'none' ? undefined : meeting.decisions.find((d) => d.decisionId === decisionId);
      references.decisions[reference] =
        meeting.kind === 'none' || !decision
          ? null
          : { meetingId, decisionId, compactId: meeting.compactId, decidedOn: decision.decidedOn, carried: decision.carried };
    }
    for (const successorId of named.compacts) {
      const successor = await this.pipeline.readForDecision(compactStream(successorId), compactDecider);
      references.compacts[successorId] = successor.kind === 'none' ? null : { compactId: successor.compactId, title: successor.title };
    }
    return references;
  }
}
