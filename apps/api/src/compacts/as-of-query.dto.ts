import { ApiPropertyOptional } from '@nestjs/swagger';
import { isCalendarDate } from '@compact-ledger/domain';
import { IsIn, IsOptional, ValidateBy } from 'class-validator';
import type { DatePlacement } from '@compact-ledger/domain';
import { ReadQueryDto } from '../http/read-query.dto';
import { ASSUME_DESCRIPTION, ASSUME_VALUES } from './paper-date.fields';

const AS_OF = /^([0-9]{4}-[0-9]{2}-[0-9]{2})(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,3})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?$/;

/** A real day (no 2018-02-30, which Date would roll into March) and, if given, a real time of day with its offset. */
export function isAsOf(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = AS_OF.exec(value);
  return match !== null && isCalendarDate(match[1]);
}

/** As-of on both clocks (docs/domain.md, "Two clocks"). */
export class AsOfQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2018-04-01', description: 'A real date (2018-04-01) or a date-time with its offset (2026-03-03T10:00:00Z)' })
  @IsOptional()
  @ValidateBy({
    name: 'isAsOf',
    validator: { validate: isAsOf, defaultMessage: () => 'asOf must be a real ISO date such as 2018-04-01 or a date-time such as 2026-03-03T10:00:00Z' },
  })
  asOf?: string;

  @ApiPropertyOptional({
    enum: ['effective', 'recorded'],
    description:
      'effective: what was true in the world on that date, as the ledger knows it now; recorded: what the ledger showed at that moment, before later corrections',
  })
  @IsOptional()
  @IsIn(['effective', 'recorded'])
  axis?: 'effective' | 'recorded';

  @ApiPropertyOptional({ enum: ASSUME_VALUES, default: 'none', description: ASSUME_DESCRIPTION })
  @IsOptional()
  @IsIn([...ASSUME_VALUES])
  assume?: DatePlacement;
}

/** The moment an as-of names (a bare date means the end of that day, UTC) and its calendar date. */
export function asOfPoint(asOf: string): { moment: string; date: string } {
  const moment = new Date(asOf.length === 10 ? `${asOf}T23:59:59.999Z` : asOf).toISOString();
  return { moment, date: asOf.slice(0, 10) };
}

/** A read as of a point on one of the two clocks, placing uncertain dates as asked. */
export interface AsOf {
  asOf: string | null;
  axis: 'effective' | 'recorded';
  assume: DatePlacement;
}

export const asOfFrom = ({ asOf, axis, assume }: AsOfQueryDto): AsOf => ({ asOf: asOf ?? null, axis: axis ?? 'effective', assume: assume ?? 'none' });
