import { ApiProperty } from '@nestjs/swagger';

export class StoreHealthDto {
  @ApiProperty({ enum: ['sqlite', 'esdb'] })
  kind!: string;

  @ApiProperty()
  readable!: boolean;

  @ApiProperty({ type: 'integer', description: 'Global position of the newest event' })
  headPosition!: number;

  @ApiProperty({ required: false, description: 'Why the store cannot be read' })
  detail?: string;
}

export class ProjectionHealthDto {
  @ApiProperty({ example: 'compact_state_v1' })
  name!: string;

  @ApiProperty({ type: 'integer', description: 'The last position applied' })
  position!: number;

  @ApiProperty({ description: 'Whether it has caught up with the log since it started' })
  caughtUp!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Why it stopped, if it did' })
  error!: string | null;

  @ApiProperty({ type: 'integer', description: 'How many positions it is behind the head of the log' })
  lag!: number;
}

export class FailingConsequenceDto {
  @ApiProperty({ example: 'meeting/0190a1b2-.../decisions/0190a1b3-...' })
  decision!: string;

  @ApiProperty({ format: 'uuid', description: "The DecisionRecorded event's id" })
  causeEventId!: string;

  @ApiProperty({ type: 'integer' })
  attempts!: number;

  @ApiProperty()
  error!: string;

  @ApiProperty({ format: 'date-time' })
  nextAttemptAt!: string;
}

export class RefusedConsequenceDto {
  @ApiProperty({ format: 'uuid' })
  causeEventId!: string;

  @ApiProperty()
  decision!: string;

  @ApiProperty()
  streamId!: string;

  @ApiProperty({ enum: ['recorded', 'refused'] })
  status!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The rule of the stream that refused it' })
  rule!: string | null;

  @ApiProperty()
  detail!: string;

  @ApiProperty({ type: 'integer' })
  attempts!: number;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

/** The saga by which decisions act on the compact: where it has got to in the log, and what it could not record. */
export class DecisionConsequencesHealthDto {
  @ApiProperty({ example: 'decision-consequences' })
  name!: string;

  @ApiProperty({ type: 'integer', description: 'The last position of the log it has dealt with' })
  position!: number;

  @ApiProperty()
  caughtUp!: boolean;

  @ApiProperty({ type: 'integer', description: 'How many positions it is behind the head of the log' })
  lag!: number;

  @ApiProperty({ type: FailingConsequenceDto, nullable: true, description: 'A consequence it is retrying; later ones wait behind it' })
  failing!: FailingConsequenceDto | null;

  @ApiProperty({ type: 'integer', description: 'Consequences recorded' })
  recorded!: number;

  @ApiProperty({ type: 'integer', description: "Consequences their stream's rules refused" })
  refused!: number;

  @ApiProperty({ type: [RefusedConsequenceDto] })
  latestRefusals!: RefusedConsequenceDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Why it stopped reading the log, if it did' })
  error!: string | null;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'unavailable'] })
  status!: string;

  @ApiProperty({ type: StoreHealthDto })
  store!: StoreHealthDto;

  @ApiProperty({ type: [ProjectionHealthDto] })
  projections!: ProjectionHealthDto[];

  @ApiProperty({ type: DecisionConsequencesHealthDto })
  decisionConsequences!: DecisionConsequencesHealthDto;
}
