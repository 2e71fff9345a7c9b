import { Injectable } from '@nestjs/common';
import { type Meeting, type MeetingCommand, meetingStream, type ScheduleMeeting } from '@compact-ledger/domain';
import type { CommandContext } from '@compact-ledger/event-store';
import type { CommandResultDto } from '../http/command-result.dto';
import { ResourceNotFoundError } from '../http/problems';
import { CommandPipeline } from '../infrastructure/command-pipeline.service';
import { meetingDecider } from './meeting-decider';

/** Runs a meeting's command through the one write path, on the meeting's stream. */
@Injectable()
export class MeetingCommands {
  constructor(private readonly pipeline: CommandPipeline) {}

  /** Schedules a new meeting under an id just made. */
  async schedule(meetingId: string, command: ScheduleMeeting, context: CommandContext): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(meetingStream(meetingId), meetingDecider, command, context, { startsStream: true });
    return { id: meetingId, streamRevision: outcome.streamRevision, position: outcome.position };
  }

  /**
   * A command on a scheduled meeting; 404 when there is none. `authorise` is the use case's
   * organisation-scope rule, checked on the state the command is decided on.
   */
  async run(
    meetingId: string,
    command: MeetingCommand,
    context: CommandContext,
    authorise: (meeting: Meeting) => void = () => undefined,
  ): Promise<CommandResultDto> {
    const outcome = await this.pipeline.run(meetingStream(meetingId), meetingDecider, command, context, {
      authorise: (state) => {
        if (state.kind === 'none') throw new ResourceNotFoundError(`no meeting with id ${meetingId}`);
        authorise(state);
      },
    });
    return { id: meetingId, streamRevision: outcome.streamRevision, position: outcome.position };
  }

  /** The meeting as a decision may rest on it; 404 when there is none. */
  async read(meetingId: string): Promise<Meeting> {
    const meeting = await this.pipeline.readForDecision(meetingStream(meetingId), meetingDecider);
    if (meeting.kind === 'none') throw new ResourceNotFoundError(`no meeting with id ${meetingId}`);
    return meeting;
  }
}
