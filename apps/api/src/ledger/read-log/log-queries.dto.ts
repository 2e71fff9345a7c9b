import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsInt, Min } from 'class-validator';
import { WholeNumberQuery } from '../../http/read-query.dto';

/** A required count or position in the query or path: decimal digits only, as WholeNumberQuery, and present. */
const RequiredWholeNumber = () =>
  applyDecorators(
    IsDefined({ message: ({ property }) => `${property} is required` }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : value)),
    IsInt({ message: ({ property }) => `${property} must be a whole number (0, 1, 2, ...) written in decimal digits` }),
  );

export class CheckpointQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'An earlier checkpoint, by its tree size (every one issued is kept); default the latest' })
  @WholeNumberQuery()
  size?: number;
}

export class InclusionQueryDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The leaf: the event at global position index + 1' })
  @RequiredWholeNumber()
  index!: number;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The tree size (a checkpoint’s size) the proof leads to' })
  @RequiredWholeNumber()
  @Min(1)
  treeSize!: number;
}

export class ConsistencyQueryDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The older tree size' })
  @RequiredWholeNumber()
  from!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The newer tree size' })
  @RequiredWholeNumber()
  to!: number;
}

export class PositionParams {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The event’s global position' })
  @RequiredWholeNumber()
  @Min(1)
  position!: number;
}

export class EventProofQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'Prove it in the checkpoint of this tree size (one issued); default the latest, or one issued now if the latest does not cover the event',
  })
  @WholeNumberQuery()
  @Min(1)
  size?: number;
}

export class InclusionProofDto {
  @ApiProperty({ type: 'integer' })
  index!: number;

  @ApiProperty({ type: 'integer' })
  treeSize!: number;

  @ApiProperty({ description: 'The root hash of the tree of treeSize leaves (base64)' })
  rootHash!: string;

  @ApiProperty({ type: [String], description: 'RFC 6962 / RFC 9162 inclusion proof: the audit path, base64 hashes, leaf side first' })
  hashes!: string[];

  @ApiProperty({ type: String, nullable: true, description: 'The checkpoint the log issued at treeSize, if it issued one (a signed note)' })
  checkpoint!: string | null;
}

export class ConsistencyProofDto {
  @ApiProperty({ type: 'integer' })
  from!: number;

  @ApiProperty({ type: 'integer' })
  to!: number;

  @ApiProperty({ type: [String], description: 'RFC 6962 / RFC 9162 consistency proof, base64 hashes' })
  hashes!: string[];
}
