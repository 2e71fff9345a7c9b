export * from './runner/projection';
export * from './runner/projection-control';
export * from './runner/projection-runner';
export * from './runner/read-model-database';
export * from './compact-state/compact-state.projection';
export * from './compact-versions/compact-versions.projection';
export * from './compact-versions/version-diff';
export * from './compact-lifecycle/compact-lifecycle.projection';
export * from './compact-lifecycle/signature-register';
export * from './disputes/dispute-document';
export * from './disputes/disputes.projection';
export * from './disputes/escalation-audit.projection';
export * from './governance';
import { compactStateProjection } from './compact-state/compact-state.projection';
import { compactVersionsProjection } from './compact-versions/compact-versions.projection';
import { compactLifecycleProjection } from './compact-lifecycle/compact-lifecycle.projection';
import { disputesProjection } from './disputes/disputes.projection';
import { escalationAuditProjection } from './disputes/escalation-audit.projection';
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
  compactStateProjection,
  compactVersionsProjection,
  compactLifecycleProjection,
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
];
