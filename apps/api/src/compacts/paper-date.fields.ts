import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { DATE_PRECISIONS, DATE_PLACEMENTS, type DatePart, type DatePrecision, parsePaperDate, possibleDays } from '@compact-ledger/domain';
import { latestTodayAnywhere } from '../http/dto-fields';

/*
 * Dates taken from a paper (docs/domain.md, "Dates with their precision"). A request gives one as
 * a string whose form is its precision (`2015-08-25`, `2014-09`, `2015`), or as the object with the
 * paper's words and what the ledger assumed; a read answers the object.
 */

const PARTIAL_DATE = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';

const ASSUMPTION_SCHEMA = {
  type: 'object',
  nullable: true,
  required: ['basis'],
  properties: {
    parts: {
      type: 'array',
      items: { type: 'string', enum: ['year', 'month', 'day'] },
      description: "The parts of value that are the ledger's, not the paper's",
    },
    between: {
      type: 'object',
      nullable: true,
      required: ['earliest', 'latest'],
      properties: { earliest: { type: 'string', format: 'date' }, latest: { type: 'string', format: 'date' } },
      description: 'For a date not given (value null): the days it must lie between',
    },
    basis: { type: 'string', description: 'What the assumption rests on' },
  },
};

/** The request schema of a date: either form. */
const dateInputSchema = (example: string) => ({
  oneOf: [
    {
      type: 'string',
      pattern: PARTIAL_DATE,
      example,
      description: 'The date at the precision its form gives: 2015-08-25 (a day), 2014-09 (a month), 2015 (a year)',
    },
    {
      type: 'object',
      required: ['value'],
      properties: {
        asWritten: { type: 'string', nullable: true, example: '25 Aug 2015', description: "The paper's words" },
        precision: { type: 'string', enum: [...DATE_PRECISIONS], description: 'Optional: the form of value gives it' },
        value: { type: 'string', nullable: true, pattern: PARTIAL_DATE, description: 'Null where the paper gives no date' },
        assumed: ASSUMPTION_SCHEMA,
      },
    },
  ],
});

export interface PaperDateFieldOptions {
  example?: string;
  /** A date on which something happened (signed, met): not later than today anywhere on Earth. */
  happened?: boolean;
  /** May be left out or null (a term's dates). */
  optional?: boolean;
  description?: string;
}

/**
 * A date from a paper, in either form. The body's value becomes the PaperDate the domain records;
 * one that is not a date is a 400 naming the field and what is wrong with it.
 */
export function PaperDateField(field: string, options: PaperDateFieldOptions = {}) {
  const decorators = [
    ApiProperty({
      ...dateInputSchema(options.example ?? '2015-08-25'),
      required: !options.optional,
      nullable: options.optional,
      description: options.description ?? 'The date on the paper, with its precision',
    } as never),
    Transform(({ value }: { value: unknown }) => {
      if (value === null || value === undefined) return value;
      const date = parsePaperDate(value);
      return typeof date === 'string' ? value : date;
    }),
    ValidateBy({
      name: 'isPaperDate',
      validator: {
        validate: (value: unknown) => typeof parsePaperDate(value) !== 'string',
        defaultMessage: (args) => `${field}: ${String(parsePaperDate(args?.value))}`,
      },
    }),
  ];
  if (options.happened) {
    decorators.push(
      ValidateBy({
        name: 'notInTheFuture',
        validator: {
          // A value that is not a date is isPaperDate's to refuse.
          validate: (value: unknown) => {
            const date = parsePaperDate(value);
            if (typeof date === 'string') return true;
            const span = possibleDays(date, { assume: true });
            return span === null || span.earliest <= latestTodayAnywhere(new Date());
          },
          defaultMessage: (args) => {
            const date = parsePaperDate(args?.value);
            return `${field} ${typeof date === 'string' ? '' : `${date.value} `}has not come yet: the date on which something happened cannot be later than today`;
          },
        },
      }),
    );
  }
  if (options.optional) decorators.unshift(IsOptional());
  return applyDecorators(...decorators);
}

export class DaySpanDto {
  @ApiProperty({ format: 'date', example: '2014-09-01' })
  earliest!: string;

  @ApiProperty({ format: 'date', example: '2014-11-30' })
  latest!: string;
}

export class DateAssumptionDto {
  @ApiProperty({ enum: ['year', 'month', 'day'], isArray: true, description: "The parts of value that are the ledger's, not the paper's" })
  parts!: DatePart[];

  @ApiProperty({ type: DaySpanDto, nullable: true, description: 'For a date not given: the days it must lie between' })
  between!: DaySpanDto | null;

  @ApiProperty({ description: 'What the assumption rests on: the passage of the paper, or the outside fact' })
  basis!: string;
}

/** A date as the record holds it. */
export class PaperDateDto {
  @ApiProperty({ type: String, nullable: true, example: '25 Aug 2015', description: "The paper's words, where they were transcribed" })
  asWritten!: string | null;

  @ApiProperty({ enum: DATE_PRECISIONS, description: 'exact (a day), month, year, or not-given' })
  precision!: DatePrecision;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2015-08-25',
    description: 'ISO 8601 at its precision (2015-08-25, 2014-09, 2015); null when not given',
  })
  value!: string | null;

  @ApiProperty({
    type: DateAssumptionDto,
    nullable: true,
    description: 'What the ledger supplied where the paper is silent, and why; null when every part is on the paper',
  })
  assumed!: DateAssumptionDto | null;
}

/** How an as-of read on the effective axis places a date the papers give only to a span. */
export const ASSUME_DESCRIPTION =
  'How a date known only to a span (a month, a year, or bounds the ledger assumed) counts on the effective axis. ' +
  'none (the default): a fact counts as having happened on the date only if every day it may fall on is on or before it, and as not yet having happened only if every such day is after it; ' +
  'what is neither is left out and listed under undetermined (a compact in force "from 2015" is not in force on 2015-01-01). ' +
  'earliest / latest: every such date is placed on the first / last of its days. A date not given and not bounded is placed by none. ' +
  'Dates the ledger assumed (marked assumed, with their basis) count as the record holds them.';

export const ASSUME_VALUES = DATE_PLACEMENTS;
