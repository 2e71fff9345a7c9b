import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, ValidateBy } from 'class-validator';

/** A date as written on the paper, YYYY-MM-DD. */
export const CALENDAR_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** An organisation's id: lower-case words joined by hyphens. */
export const ORGANISATION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A date as on the paper, YYYY-MM-DD (the domain checks that it is a real day). */
export const CalendarDateField = (field: string, example = '2017-06-01') => Matches(CALENDAR_DATE, { message: `${field} must be a date such as ${example}` });

/** Earth's furthest-ahead time zone is UTC+14. */
const FURTHEST_AHEAD_MS = 14 * 60 * 60 * 1000;

/**
 * The latest date that is today somewhere on Earth at `now`. A date up to this one has
 * begun for someone, so a partner recording what happened today is never refused for
 * their time zone; a later one has begun nowhere.
 */
export function latestTodayAnywhere(now: Date): string {
  return new Date(now.getTime() + FURTHEST_AHEAD_MS).toISOString().slice(0, 10);
}

/**
 * The date on which something happened (signed, endorsed, raised, resolved), as on the
 * paper: YYYY-MM-DD and not later than today, since the ledger records facts, not plans.
 * Dates that may lie ahead (effectiveOn, expiresOn) use CalendarDateField alone.
 */
export const HappenedOnField = (field: string, example?: string) =>
  applyDecorators(
    CalendarDateField(field, example),
    ValidateBy({
      name: 'notInTheFuture',
      validator: {
        // A value that is not a YYYY-MM-DD date is CalendarDateField's to refuse.
        validate: (value: unknown) => typeof value !== 'string' || !CALENDAR_DATE.test(value) || value <= latestTodayAnywhere(new Date()),
        defaultMessage: (args) => `${field} ${String(args?.value)} has not come yet: the date on which something happened cannot be later than today`,
      },
    }),
  );

/**
 * A UUID, in the lower case the ledger writes ids in: RFC 9562 has UUIDs compared
 * without regard to case, so an id given in capitals names the same compact, dispute
 * or fact instead of answering 404.
 */
export const UuidField = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value)),
    IsUUID(),
  );

/** Non-blank text of at most `max` characters. */
export const TextField = (max: number) => applyDecorators(IsString(), IsNotEmpty(), MaxLength(max));

/** An organisation's id (or, on an array, each one): `kent-county-council`. */
export const OrganisationIdField = (field: string) =>
  Matches(ORGANISATION_ID, { message: `${field} must be an organisation id: lower-case words joined by hyphens`, each: true });

/** A list of organisation ids, one or more. */
export const OrganisationIdsField = (field: string) => applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(50), OrganisationIdField(field));
