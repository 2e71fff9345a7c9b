import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  getSchemaPath,
  ApiExtraModels,
} from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, ValidateBy } from 'class-validator';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { isFinancialQuarter } from '@compact-ledger/domain';
import { QUARTERLY_REPORT_COLUMNS } from '@compact-ledger/projections';
import { Policy } from '../../auth/policies';
import { FINANCIAL_QUARTER } from '../../governance/governance-fields';
import { DateQuery, today } from '../../governance/governance-queries';
import { ReadQueryDto } from '../../http/read-query.dto';
import { ProgrammeParams } from '../programme-params';
import { JointProgrammeQuery, MeasuresQuery, QuarterlyReportQuery } from './programme.queries';
import { JointProgrammeDto, MeasuresDto, QuarterlyReportDto } from './programme.responses';

export class CommitmentsQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2017-07-01', description: 'The programme as at this date (default today)' })
  @DateQuery('asOf', '2017-07-01')
  asOf?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only the targets overdue on the date' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';
}

export class ReportQueryDto extends ReadQueryDto {
  @ApiProperty({ example: '2017-18-Q2', description: 'A financial-year quarter: 2017-18-Q1 is April to June 2017' })
  @Matches(FINANCIAL_QUARTER, { message: 'quarter must be a financial-year quarter such as 2017-18-Q2' })
  @ValidateBy({
    name: 'isFinancialQuarter',
    validator: { validate: isFinancialQuarter, defaultMessage: () => 'quarter must name consecutive years, such as 2017-18-Q2' },
  })
  quarter!: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: the report as text/csv (Accept: text/csv does the same)' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** A compact's joint programme (commitments and targets as at a date, overdue ones at any date) and its measures with the common quarterly report. */
@ApiTags('joint programme')
@ApiBearerAuth()
@ApiExtraModels(QuarterlyReportDto)
@Controller('compacts/:id')
export class ReadProgrammeController {
  constructor(private readonly queries: QueryBus) {}

  @Get('commitments')
  @ApiOperation({ summary: "A compact's commitments and targets as at a date" })
  @Policy('programme.read')
  @ApiOkResponse({
    type: JointProgrammeDto,
    description: 'Each commitment made by the date, each target as it stood then: open, met or missed, overdue or not',
  })
  async commitments(@Param() { id }: ProgrammeParams, @Query() { asOf, overdue }: CommitmentsQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const programme = await this.queries.execute(new JointProgrammeQuery(id, asOf ?? today(), overdue === 'true'));
    if (programme.revision !== null) reply.header('etag', `"${programme.revision}"`);
    return programme;
  }

  @Get('measures')
  @ApiOperation({ summary: "A compact's measures of success with their quarterly values" })
  @Policy('programme.read')
  @ApiOkResponse({ type: MeasuresDto, description: 'Each measure with its values by quarter, corrections included' })
  async measures(@Param() { id }: ProgrammeParams, @Query() _query: ReadQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const measures = await this.queries.execute(new MeasuresQuery(id));
    if (measures.revision !== null) reply.header('etag', `"${measures.revision}"`);
    return measures;
  }

  @Get('measures/report')
  @ApiOperation({ summary: 'The common quarterly report, as JSON or CSV' })
  @Policy('programme.read')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description: 'One row per measure: the quarter’s value, the previous quarter’s, the change and trend, the same quarter a year before',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(QuarterlyReportDto) } },
      'text/csv': { schema: { type: 'string', description: `A header row (${QUARTERLY_REPORT_COLUMNS.join(',')}), then one row per measure` } },
    },
  })
  async report(
    @Param() { id }: ProgrammeParams,
    @Query() { quarter, format }: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.queries.execute(new QuarterlyReportQuery(id, quarter));
    const csv = format === 'csv' || (format === undefined && /\btext\/csv\b/.test(accept ?? ''));
    if (!csv) return report;
    const rows = report.rows.map((row) => QUARTERLY_REPORT_COLUMNS.map((column) => row[column]));
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="quarterly-report-${quarter}.csv"`);
    return stringify([[...QUARTERLY_REPORT_COLUMNS], ...rows], { cast: { boolean: (value) => String(value) } });
  }
}
