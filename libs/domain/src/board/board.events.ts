import type { CalendarDate } from '../compact/calendar-dates';
import type { DomainEvent } from '../shared/decider';
import type { TermsOfReference } from './terms-of-reference';

export type BoardEstablished = DomainEvent<
  'BoardEstablished',
  { boardId: string; compactId: string; compactTitle: string; name: string; purpose: string; establishedOn: CalendarDate }
>;

/** A version of the terms of reference; the one in force on a date is the latest effective on or before it. */
export type TermsOfReferenceAdopted = DomainEvent<'TermsOfReferenceAdopted', TermsOfReference>;

export type BoardEvent = BoardEstablished | TermsOfReferenceAdopted;
export type BoardEventType = BoardEvent['type'];
