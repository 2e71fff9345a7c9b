import { applyDecorators } from '@nestjs/common';
import { Matches } from 'class-validator';

/** A slug the ledger names governance things by: a seat (`nhs-nottingham-city-ccg`), a reserved matter, a measure. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SlugField = (field: string, example: string) =>
  applyDecorators(Matches(SLUG, { message: `${field} must be lower-case words joined by hyphens, such as ${example}`, each: true }));

/** An agenda item's number as the agenda gives it: `4`, `4.1`, `4a`. */
export const AGENDA_ITEM = /^[0-9A-Za-z]{1,10}(\.[0-9A-Za-z]{1,10}){0,4}$/;
export const AgendaItemField = (field: string) => Matches(AGENDA_ITEM, { message: `${field} must be an agenda item number such as 4 or 4.1`, each: true });

/** A target's number as the paper gives it, usable in a path: `3.1`, `7.2`. */
export const TARGET_ID = /^[0-9A-Za-z]{1,20}([.-][0-9A-Za-z]{1,20}){0,4}$/;

/** A quarter of the financial year: `2017-18-Q1` is April to June 2017. */
export const FINANCIAL_QUARTER = /^[0-9]{4}-[0-9]{2}-Q[1-4]$/;
