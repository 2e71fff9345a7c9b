import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CALENDAR_DATE } from '../compact-versions/publish-version.dto';

/** An organisation's id: lower-case words joined by hyphens. */
export const ORGANISATION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A date as on the paper, YYYY-MM-DD (the domain checks that it is a real day). */
export const CalendarDateField = (field: string) => Matches(CALENDAR_DATE, { message: `${field} must be a date such as 2017-06-01` });

/** Non-blank text of at most `max` characters. */
export const TextField = (max: number) => applyDecorators(IsString(), IsNotEmpty(), MaxLength(max));

/** An organisation's id (or, on an array, each one): `kent-county-council`. */
export const OrganisationIdField = (field: string) =>
  Matches(ORGANISATION_ID, { message: `${field} must be an organisation id: lower-case words joined by hyphens`, each: true });

/** A list of organisation ids, one or more. */
export const OrganisationIdsField = (field: string) => applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(50), OrganisationIdField(field));
