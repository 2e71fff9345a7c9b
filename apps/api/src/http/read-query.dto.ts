import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional } from 'class-validator';
import { Transform } from 'class-transformer';

/**
 * A query parameter that is a count or position: decimal digits only. Number() would
 * also read '' as 0 and '0x10' or '1e1' as numbers, so a blank or mistyped parameter
 * would silently ask for something else; here anything but digits stays a string and
 * IsInt refuses it, naming the parameter.
 */
export const WholeNumberQuery = () =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : value)),
    // Only digits become a number, so a number here is never negative.
    IsInt({ message: ({ property }) => `${property} must be a whole number (0, 1, 2, ...) written in decimal digits` }),
  );

/** Every read accepts ?minPosition= (see ReadYourWritesGuard); query DTOs extend this. */
export class ReadQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description:
      'Wait until the read models include the event at this global position (from a command response); decimal digits only. Beyond the end of the log it is 400.',
  })
  @WholeNumberQuery()
  minPosition?: number;
}
