import { ApiProperty } from '@nestjs/swagger';

export class AppendsStatusDto {
  @ApiProperty({ description: 'Whether a command could be recorded now' })
  possible!: boolean;

  @ApiProperty({
    required: false,
    enum: ['disk-full', 'read-only', 'file-gone', 'io-error', 'unreachable', 'closed', 'log-incomplete'],
    description: 'Why not, by kind',
  })
  cause?: string;

  @ApiProperty({ required: false, description: 'Why not, in words an operator can act on' })
  reason?: string;
}

export class StorageFaultDto {
  @ApiProperty({ enum: ['disk-full', 'read-only', 'file-gone', 'io-error', 'unreachable'] })
  kind!: string;

  @ApiProperty()
  detail!: string;

  @ApiProperty({ format: 'date-time', description: 'When it was first seen' })
  at!: string;
}

export class ChainBreakDto {
  @ApiProperty()
  streamId!: string;

  @ApiProperty({ type: 'integer', description: 'The first revision whose chain fails (-1 when not known)' })
  revision!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  position!: number | null;

  @ApiProperty({ enum: ['changed', 'missing', 'reordered'] })
  reason!: string;

  @ApiProperty()
  detail!: string;
}

export class FullCheckDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: 'integer' })
  eventsChecked!: number;

  @ApiProperty()
  ok!: boolean;
}

export class ChainStatusDto {
  @ApiProperty({ type: FullCheckDto, nullable: true, description: 'The last whole pass over the log (at start, then continuously in the background)' })
  lastFullCheck!: FullCheckDto | null;

  @ApiProperty({ type: 'integer', description: 'How far the pass under way has got' })
  checkedUpTo!: number;

  @ApiProperty({ type: [ChainBreakDto], description: 'Streams whose hash chain fails: refused for appends, their reads answered with a problem' })
  brokenStreams!: ChainBreakDto[];
}

export class StoreHealthDto {
  @ApiProperty({ enum: ['sqlite', 'esdb'] })
  kind!: string;

  @ApiProperty()
  readable!: boolean;

  @ApiProperty({ type: 'integer', description: 'Global position of the newest event' })
  headPosition!: number;

  @ApiProperty({ required: false, description: 'Why the store cannot be read' })
  detail?: string;

  @ApiProperty({ type: AppendsStatusDto })
  appends!: AppendsStatusDto;

  @ApiProperty({ type: StorageFaultDto, nullable: true, description: 'The last storage fault seen, kept once cleared' })
  lastFault!: StorageFaultDto | null;

  @ApiProperty({ type: ChainStatusDto, required: false, description: 'The hash-chain check of the log (the SQLite store)' })
  chain?: ChainStatusDto;
}

export class ProjectionErrorDto {
  @ApiProperty()
  message!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class ProjectionHealthDto {
  @ApiProperty({ example: 'compact_state_v1' })
  name!: string;

  @ApiProperty({ type: 'integer', description: 'The last position applied' })
  position!: number;

  @ApiProperty({ description: 'Whether it has caught up with the log since it started' })
  caughtUp!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Why it is failing now, if it is' })
  error!: string | null;

  @ApiProperty({ type: ProjectionErrorDto, nullable: true, description: 'The last failure it met, kept once it has recovered' })
  lastError!: ProjectionErrorDto | null;

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

export class EvidencePacksHealthDto {
  @ApiProperty({ description: 'Evidence packs being written now, each on a thread of its own (a pack whose client went away is stopped at once)' })
  writing!: number;

  @ApiProperty({ description: 'How many packs are written at once (LEDGER_EVIDENCE_PACKS_AT_ONCE); an export past it is answered 503 with Retry-After' })
  atOnce!: number;
}

export class HealthDto {
  @ApiProperty({
    enum: ['ok', 'degraded', 'unavailable'],
    description:
      'ok: commands are recorded and every read model applies them. degraded: they are, but a projection is failing or a stream fails its hash chain. unavailable (503): the log cannot be read or no command can be recorded.',
  })
  status!: string;

  @ApiProperty({ type: [String], description: 'What is not ok, one line each (empty when ok)' })
  problems!: string[];

  @ApiProperty({ type: StoreHealthDto })
  store!: StoreHealthDto;

  @ApiProperty({ type: [ProjectionHealthDto] })
  projections!: ProjectionHealthDto[];

  @ApiProperty({ type: DecisionConsequencesHealthDto })
  decisionConsequences!: DecisionConsequencesHealthDto;

  @ApiProperty({ type: EvidencePacksHealthDto })
  evidencePacks!: EvidencePacksHealthDto;

  @ApiProperty({ type: [WitnessHealthDto], required: false, description: 'With witnesses configured (LEDGER_WITNESSES): each witness of the checkpoints' })
  witnesses?: WitnessHealthDto[];
}
