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

export class WitnessHealthDto {
  @ApiProperty({ example: 'witness.kent-county-council.example', description: "The witness's name (its key's)" })
  name!: string;

  @ApiProperty({ example: 'http://witness.kent-county-council.example:7380', description: 'Its submission prefix' })
  url!: string;

  @ApiProperty({
    enum: ['waiting', 'cosigned', 'unreachable', 'refused', 'inconsistent', 'ahead'],
    description:
      'cosigned: its last answer was a cosignature; unreachable: no answer in time; refused: another refusal (a configuration to fix); inconsistent: it found a checkpoint inconsistent with what it cosigned before (422), an alarm; ahead: it has cosigned more of the log than the log now holds, an alarm',
  })
  state!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Size of the last checkpoint it cosigned' })
  cosignedSize!: number | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it cosigned it (its timestamp)' })
  cosignedAt!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Events in the newest checkpoint beyond what it cosigned' })
  behind!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'Its last failure or alarm' })
  lastError!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  lastErrorAt!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it will be asked again after a failure' })
  retryAt!: string | null;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'unavailable'] })
  status!: string;

  @ApiProperty({ type: StoreHealthDto })
  store!: StoreHealthDto;

  @ApiProperty({ type: [ProjectionHealthDto] })
  projections!: ProjectionHealthDto[];

  @ApiProperty({ type: [WitnessHealthDto], required: false, description: 'With witnesses configured (LEDGER_WITNESSES): each witness of the checkpoints' })
  witnesses?: WitnessHealthDto[];
}
