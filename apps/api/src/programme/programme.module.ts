import { Module } from '@nestjs/common';
import { CorrectMeasureValueController, CorrectMeasureValueHandler } from './correct-measure-value/correct-measure-value';
import { DefineCommitmentController, DefineCommitmentHandler } from './define-commitment/define-commitment';
import { DefineMeasureController, DefineMeasureHandler } from './define-measure/define-measure';
import { ProgrammeCommands } from './programme-commands';
import { JointProgrammeHandler, MeasuresHandler, QuarterlyReportHandler } from './read-programme/programme.queries';
import { ReadProgrammeController } from './read-programme/read-programme.controller';
import { RecordMeasureValueController, RecordMeasureValueHandler } from './record-measure-value/record-measure-value';
import { RecordTargetMetController, RecordTargetMetHandler } from './record-target-met/record-target-met';
import { RecordTargetMissedController, RecordTargetMissedHandler } from './record-target-missed/record-target-missed';
import { ReviseTargetController, ReviseTargetHandler } from './revise-target/revise-target';

/** Each use case on a joint programme: one folder each, a controller with its one route and the handler of its command. */
const useCases = [
  [DefineCommitmentController, DefineCommitmentHandler],
  [RecordTargetMetController, RecordTargetMetHandler],
  [RecordTargetMissedController, RecordTargetMissedHandler],
  [ReviseTargetController, ReviseTargetHandler],
  [DefineMeasureController, DefineMeasureHandler],
  [RecordMeasureValueController, RecordMeasureValueHandler],
  [CorrectMeasureValueController, CorrectMeasureValueHandler],
] as const;

/** A compact's joint programme: commitments with dated targets, and measures of success reported quarterly. */
@Module({
  controllers: [...useCases.map(([controller]) => controller), ReadProgrammeController],
  providers: [ProgrammeCommands, ...useCases.map(([, handler]) => handler), JointProgrammeHandler, MeasuresHandler, QuarterlyReportHandler],
})
export class ProgrammeModule {}
