import { ApiProperty } from '@nestjs/swagger';
import { MEASURE_DIRECTIONS } from '@compact-ledger/domain';

export class TargetStepDto {
  @ApiProperty({ enum: ['met', 'missed', 'revised'] })
  kind!: string;

  @ApiProperty()
  on!: string;

  @ApiProperty({ required: false })
  note?: string;

  @ApiProperty({ required: false })
  reason?: string;

  @ApiProperty({ type: String, nullable: true, required: false })
  previousDueOn?: string | null;

  @ApiProperty({ required: false })
  newDueOn?: string;

  @ApiProperty({ required: false })
  newWording?: string;
}

export class TargetRevisionViewDto {
  @ApiProperty()
  revisedOn!: string;

  @ApiProperty({ type: String, nullable: true })
  previousDueOn!: string | null;

  @ApiProperty()
  newDueOn!: string;

  @ApiProperty()
  reason!: string;
}

/** A target as it stood on the as-of date. */
export class TargetAsOfDto {
  @ApiProperty({ example: '3.1' })
  targetId!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The due date in effect on the date' })
  dueOn!: string | null;

  @ApiProperty({ example: 'by June 2017' })
  wording!: string;

  @ApiProperty({ enum: ['open', 'met', 'missed'] })
  status!: string;

  @ApiProperty({ type: String, nullable: true })
  metOn!: string | null;

  @ApiProperty({ description: 'Not met and past due on the date' })
  overdue!: boolean;

  @ApiProperty({ type: 'integer', nullable: true })
  daysOverdue!: number | null;

  @ApiProperty({ type: [TargetRevisionViewDto] })
  revisions!: TargetRevisionViewDto[];

  @ApiProperty({ type: [TargetStepDto], description: 'Every step recorded on or before the date' })
  steps!: TargetStepDto[];
}

export class CommitmentViewDto {
  @ApiProperty({ format: 'uuid' })
  commitmentId!: string;

  @ApiProperty({ example: '3' })
  number!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty()
  definedOn!: string;

  @ApiProperty({ type: [TargetAsOfDto] })
  targets!: TargetAsOfDto[];
}

export class JointProgrammeDto {
  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty({ example: '2017-07-01' })
  asOf!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: "The programme stream's revision (If-Match for the next command); null before the first commitment or measure",
  })
  revision!: number | null;

  @ApiProperty({ type: [CommitmentViewDto] })
  commitments!: CommitmentViewDto[];
}

export class MeasureCorrectionViewDto {
  @ApiProperty()
  value!: number;

  @ApiProperty()
  previousValue!: number;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  correctedOn!: string;
}

export class MeasureQuarterValueDto {
  @ApiProperty({ example: '2017-18-Q2' })
  quarter!: string;

  @ApiProperty({ description: 'The latest value: the corrected one where it was corrected' })
  value!: number;

  @ApiProperty()
  recordedOn!: string;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: [MeasureCorrectionViewDto] })
  corrections!: MeasureCorrectionViewDto[];
}

export class MeasureViewDto {
  @ApiProperty()
  measureId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty()
  unit!: string;

  @ApiProperty({ type: String, nullable: true, enum: [...MEASURE_DIRECTIONS, null] })
  direction!: string | null;

  @ApiProperty()
  definedOn!: string;

  @ApiProperty({ type: [MeasureQuarterValueDto] })
  values!: MeasureQuarterValueDto[];
}

export class MeasuresDto {
  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty({ type: 'integer', nullable: true })
  revision!: number | null;

  @ApiProperty({ type: [MeasureViewDto] })
  measures!: MeasureViewDto[];
}

export class QuarterlyReportRowDto {
  @ApiProperty()
  measureId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  unit!: string;

  @ApiProperty({ type: String, nullable: true, enum: [...MEASURE_DIRECTIONS, null] })
  direction!: string | null;

  @ApiProperty()
  quarter!: string;

  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty()
  previousQuarter!: string;

  @ApiProperty({ type: Number, nullable: true })
  previousValue!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'value - previousValue' })
  change!: number | null;

  @ApiProperty({ type: String, nullable: true, enum: ['improving', 'worsening', 'unchanged', null] })
  trend!: string | null;

  @ApiProperty({ description: 'The same quarter a year before' })
  yearBefore!: string;

  @ApiProperty({ type: Number, nullable: true })
  yearBeforeValue!: number | null;

  @ApiProperty({ description: 'The value was corrected after it was first recorded' })
  corrected!: boolean;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

/** The common quarterly report for partner boards. */
export class QuarterlyReportDto {
  @ApiProperty({ format: 'uuid' })
  compactId!: string;

  @ApiProperty({ example: '2017-18-Q2' })
  quarter!: string;

  @ApiProperty({ type: [QuarterlyReportRowDto] })
  rows!: QuarterlyReportRowDto[];
}
