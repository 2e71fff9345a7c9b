import { ApiProperty } from '@nestjs/swagger';
import { EventEnvelopeDto } from '../../http/recorded-event.dto';

/** One step of a dispute's history: the event with its envelope, and the dispute as it stood after it. */
export class ReplayStepDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  revision!: number;

  @ApiProperty({ example: 'DisputeEscalated' })
  type!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's facts, as hashed" })
  data!: Record<string, unknown>;

  @ApiProperty({ type: EventEnvelopeDto })
  metadata!: EventEnvelopeDto;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The dispute as it stood after this event (the shape of GET /disputes/{id})' })
  state!: Record<string, unknown>;
}

export class DisputeReplayDto {
  @ApiProperty({ format: 'uuid' })
  disputeId!: string;

  @ApiProperty({ description: "The dispute's stream: with each step's revision, type, data and metadata, what its hash is computed over" })
  streamId!: string;

  @ApiProperty({ type: 'integer', description: "The dispute's last revision now" })
  lastRevision!: number;

  @ApiProperty({ type: [ReplayStepDto] })
  steps!: ReplayStepDto[];
}
