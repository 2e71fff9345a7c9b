import { ApiProperty } from '@nestjs/swagger';

/** Who acted, as their token said. */
export class ActorDto {
  @ApiProperty({ description: "The token's subject" })
  subject!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 'secretariat', description: 'secretariat, partner, mediator, regulator or admin' })
  role!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The organisation a partner acts for' })
  organisation!: string | null;
}

/** The envelope every event carries (docs/architecture.md); `hash` and `prevHash` chain the stream. */
export class EventEnvelopeDto {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ type: ActorDto })
  actor!: ActorDto;

  @ApiProperty({ format: 'date-time', description: 'When the ledger recorded it' })
  recordedAt!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The date it took effect in the world, where the event has one' })
  effectiveAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  correlationId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  causationId!: string | null;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The hash of the previous event in the stream; 64 zeros for the first' })
  prevHash!: string;

  @ApiProperty({
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 of the RFC 8785 text of {streamId, revision, type, data, metadata without hash}',
  })
  hash!: string;
}

/** An event as stored: what it says, where it sits, and its envelope. */
export class RecordedEventDto {
  @ApiProperty({ example: 'compact-01a2360d-ee2f-75aa-8d25-8755442c02e7' })
  streamId!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Its place in its stream, from 0' })
  revision!: number;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Its place in the whole log' })
  position!: number;

  @ApiProperty({ example: 'PartnerSigned' })
  type!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's facts, as hashed" })
  data!: Record<string, unknown>;

  @ApiProperty({ type: EventEnvelopeDto })
  metadata!: EventEnvelopeDto;
}
