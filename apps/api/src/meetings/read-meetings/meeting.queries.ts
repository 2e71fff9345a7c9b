import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import type { Actor } from '@compact-ledger/event-store';
import { findMeeting, listMeetings, type MeetingDocument, type MeetingFilter, type MeetingSummary } from '@compact-ledger/projections';
import { ResourceNotFoundError } from '../../http/problems';
import { READ_MODEL_DB } from '../../infrastructure/tokens';

/** One meeting; a partner sees only its own organisation's declarations in it. */
export class GetMeetingQuery extends Query<MeetingDocument> {
  constructor(
    readonly meetingId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

@QueryHandler(GetMeetingQuery)
export class GetMeetingHandler implements IQueryHandler<GetMeetingQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ meetingId, actor }: GetMeetingQuery): Promise<MeetingDocument> {
    const meeting = findMeeting(this.db, meetingId);
    if (!meeting) throw new ResourceNotFoundError(`no meeting with id ${meetingId}`);
    if (actor.role !== 'partner') return meeting;
    return { ...meeting, declarations: meeting.declarations.filter((d) => d.organisationId !== null && d.organisationId === actor.organisation) };
  }
}

export class ListMeetingsQuery extends Query<{ meetings: MeetingSummary[]; more: boolean }> {
  constructor(readonly filter: MeetingFilter) {
    super();
  }
}

@QueryHandler(ListMeetingsQuery)
export class ListMeetingsHandler implements IQueryHandler<ListMeetingsQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  async execute({ filter }: ListMeetingsQuery) {
    return listMeetings(this.db, filter);
  }
}
