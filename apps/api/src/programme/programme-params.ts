import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { FINANCIAL_QUARTER, SLUG, TARGET_ID } from '../governance/governance-fields';
import { UuidField } from '../http/dto-fields';

/** A compact's joint programme, by the compact. */
export class ProgrammeParams {
  @ApiProperty({ format: 'uuid' })
  @UuidField()
  id!: string;
}

export class TargetParams extends ProgrammeParams {
  @ApiProperty({ example: '3.1', description: 'The target as the paper numbers it' })
  @Matches(TARGET_ID, { message: 'targetId must be a target number such as 3.1' })
  targetId!: string;
}

export class MeasureParams extends ProgrammeParams {
  @ApiProperty({ example: 'unplanned-ltc-admissions' })
  @Matches(SLUG, { message: 'measureId must be lower-case words joined by hyphens, such as unplanned-ltc-admissions' })
  measureId!: string;
}

export class MeasureQuarterParams extends MeasureParams {
  @ApiProperty({ example: '2017-18-Q2', description: 'A financial-year quarter: 2017-18-Q1 is April to June 2017' })
  @Matches(FINANCIAL_QUARTER, { message: 'quarter must be a financial-year quarter such as 2017-18-Q2' })
  quarter!: string;
}
