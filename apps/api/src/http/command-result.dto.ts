import { ApiProperty } from '@nestjs/swagger';

/** What every command answers: where its events landed. */
export class CommandResultDto {
  @ApiProperty({ description: 'Id of the resource the command acted on' })
  id!: string;

  @ApiProperty({ description: 'Revision of the stream after the command; send it as If-Match to make the next command conditional' })
  streamRevision!: number;

  @ApiProperty({ description: 'Global position of the last event; pass it as ?minPosition= to read your own write' })
  position!: number;
}
