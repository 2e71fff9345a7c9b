export * from './runner/projection';
export * from './runner/projection-control';
export * from './runner/projection-runner';
export * from './runner/read-model-database';
export * from './compact-documents/compact-document';
export * from './compact-documents/compact-documents.projection';
export * from './compact-documents/compact-views';
export * from './compact-versions/compact-versions.projection';
export * from './compact-versions/version-diff';
export * from './disputes/dispute-document';
export * from './disputes/disputes.projection';
export * from './disputes/escalation-audit.projection';
export * from './governance';
export * from './compact-streams/compact-streams.projection';
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
