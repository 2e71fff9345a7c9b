import { ApiProperty } from '@nestjs/swagger';
import { DEADLINE_KINDS } from '@compact-ledger/projections';

/** A deadline due or overdue on the as-of date. */
export class DeadlineDto {
  @ApiProperty({ example: 'papers:0190a1b2-...:4', description: 'Stable: the next page starts after it' })
  deadlineId!: string;

  @ApiProperty({ enum: DEADLINE_KINDS })
  kind!: string;

  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty({ example: '2015-02-17' })
  dueBy!: string;

  @ApiProperty({ enum: ['due', 'overdue'] })
  status!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Calendar days past dueBy, when overdue' })
  daysOverdue!: number | null;

  @ApiProperty({ example: 'papers for item 4 (Urgent care strategy) of South Nottinghamshire Transformation Board, February 2015' })
  what!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  boardId!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  meetingId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  meetingDate!: string | null;

  @ApiProperty({ type: String, nullable: true })
  item!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  disputeId!: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  level!: number | null;

  @ApiProperty({ type: String, nullable: true })
  targetId!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  commitmentId!: string | null;
}
