import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { CaughtUpReadModels } from '../governance/read-models';
import { AddAgendaItemController, AddAgendaItemHandler } from './add-agenda-item/add-agenda-item';
import { ApproveMinutesController, ApproveMinutesHandler } from './approve-minutes/approve-minutes';
import { CancelMeetingController, CancelMeetingHandler } from './cancel-meeting/cancel-meeting';
import { CirculateDraftMinutesController, CirculateDraftMinutesHandler } from './circulate-draft-minutes/circulate-draft-minutes';
import { CirculatePapersController, CirculatePapersHandler } from './circulate-papers/circulate-papers';
import { DeclareInterestController, DeclareInterestHandler } from './declare-interest/declare-interest';
import { MeetingCommands } from './meeting-commands';
import { GetMeetingHandler, ListMeetingsHandler } from './read-meetings/meeting.queries';
import { ReadMeetingsController } from './read-meetings/read-meetings.controller';
import { RecordDecisionController, RecordDecisionHandler } from './record-decision/record-decision';
import { RecordMeetingHeldController, RecordMeetingHeldHandler } from './record-meeting-held/record-meeting-held';
import { ScheduleMeetingController, ScheduleMeetingHandler } from './schedule-meeting/schedule-meeting';

/** Each use case on a meeting: one folder each, a controller with its one route and the handler of its command. */
const useCases = [
  [ScheduleMeetingController, ScheduleMeetingHandler],
  [CancelMeetingController, CancelMeetingHandler],
  [AddAgendaItemController, AddAgendaItemHandler],
  [CirculatePapersController, CirculatePapersHandler],
  [RecordMeetingHeldController, RecordMeetingHeldHandler],
  [DeclareInterestController, DeclareInterestHandler],
  [RecordDecisionController, RecordDecisionHandler],
  [CirculateDraftMinutesController, CirculateDraftMinutesHandler],
  [ApproveMinutesController, ApproveMinutesHandler],
] as const;

/** Meetings of boards: from scheduling to the approval of their minutes. */
@Module({
  imports: [BoardsModule],
  controllers: [...useCases.map(([controller]) => controller), ReadMeetingsController],
  providers: [MeetingCommands, CaughtUpReadModels, ...useCases.map(([, handler]) => handler), GetMeetingHandler, ListMeetingsHandler],
})
export class MeetingsModule {}
