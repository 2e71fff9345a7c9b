import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Max, Min, ValidateBy } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { isCalendarDate } from '@compact-ledger/domain';
import { ReadQueryDto, WholeNumberQuery } from '../http/read-query.dto';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

/** A real calendar date in a query (no 2018-02-30). */
export const DateQuery = (field: string, example: string) =>
  applyDecorators(
    IsOptional(),
    ValidateBy({
      name: 'isCalendarDate',
      validator: { validate: (value: unknown) => isCalendarDate(value), defaultMessage: () => `${field} must be a real date such as ${example}` },
    }),
  );

/** Today's date (UTC), where a read counts to today. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** ?limit= for the reads that page. */
export class PagedQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE,
    default: DEFAULT_PAGE,
    description: 'At most this many; the next page is in the Link header',
  })
  @WholeNumberQuery()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;
}

/** The next page as a Link (RFC 8288): the same query, after the last row of this page. */
export function linkNextPage(reply: FastifyReply, path: string, query: Record<string, string | number | null | undefined>, after: string): void {
  const next = new URLSearchParams(
    Object.entries(query)
      .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined && e[0] !== 'minPosition')
      .map(([k, v]): [string, string] => [k, String(v)]),
  );
  next.set('after', after);
  reply.header('link', `<${path}?${next}>; rel="next"`);
}
