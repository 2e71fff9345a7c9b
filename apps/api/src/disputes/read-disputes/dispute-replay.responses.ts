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

/** What the replay is consistent with: a checkpoint of the transparency log, and the dispute stream's head proven in it. */
export class StreamHeadEvidenceDto {
  @ApiProperty({ description: 'The checkpoint (C2SP tlog-checkpoint, a signed note), as GET /ledger/checkpoint?size= gives it' })
  checkpoint!: string;

  @ApiProperty({
    description:
      "A signed note (compact-ledger stream head v1): the log, the checkpoint's size and root, and the stream's event count, head revision, head position and head hash at it; signed with the log key",
  })
  streamHead!: string;

  @ApiProperty({ description: 'C2SP tlog-proof that the head event is in the checkpoint' })
  headProof!: string;
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

  @ApiProperty({
    type: StreamHeadEvidenceDto,
    nullable: true,
    description:
      "The checkpoint this replay is consistent with and the stream's head (its last event now, whatever ?upTo= shows) proven in it; null where the ledger keeps no transparency log (EventStoreDB)",
  })
  checkpoint!: StreamHeadEvidenceDto | null;
}
