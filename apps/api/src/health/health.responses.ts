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

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'unavailable'] })
  status!: string;

  @ApiProperty({ type: StoreHealthDto })
  store!: StoreHealthDto;

  @ApiProperty({ type: [ProjectionHealthDto] })
  projections!: ProjectionHealthDto[];
}
