// Every projection the ledger runs, apart from the library's index: the deadlines
// projection counts in England's working days, whose holiday tables (date-holidays,
// about 20 MB of a thread's memory) only the threads that run the projections need.
// The evidence pack's thread folds events with the index's functions and does without.
import { compactDocumentsProjection } from './compact-documents/compact-documents.projection';
import { compactVersionsProjection } from './compact-versions/compact-versions.projection';
import { disputesProjection } from './disputes/disputes.projection';
import { escalationAuditProjection } from './disputes/escalation-audit.projection';
import { compactStreamsProjection } from './compact-streams/compact-streams.projection';
import type { Projection } from './runner/projection';
import { englandWorkingDayCalendar } from '@compact-ledger/working-days';
import {
  attendanceProjection,
  boardsProjection,
  deadlinesProjection,
  decisionLogProjection,
  interestRegisterProjection,
  jointProgrammeProjection,
  measuresProjection,
  meetingsProjection,
} from './governance';

/** Every projection the ledger runs. */
export const allProjections: Projection[] = [
  compactDocumentsProjection,
  compactVersionsProjection,
  disputesProjection,
  escalationAuditProjection,
  boardsProjection,
  meetingsProjection,
  interestRegisterProjection,
  attendanceProjection,
  decisionLogProjection,
  jointProgrammeProjection,
  measuresProjection,
  // Escalation levels' time limits are counted in England's working days.
  deadlinesProjection(englandWorkingDayCalendar()),
  compactStreamsProjection,
];
