import { eventCodec } from '../shared/event-codec';
import type { ProgrammeEvent } from './programme.events';

/** Stored programme events to the typed union; upcasters for older shapes go here. */
export const programmeEventCodec = eventCodec<ProgrammeEvent>({
  JointProgrammeStarted: true,
  CommitmentDefined: true,
  TargetMet: true,
  TargetMissed: true,
  TargetRevised: true,
  MeasureDefined: true,
  MeasureValueRecorded: true,
  MeasureValueCorrected: true,
});
