import type { CalendarDate } from '../compact/calendar-dates';
import type { TermsOfReference } from './terms-of-reference';

export interface Board {
  kind: 'board';
  boardId: string;
  compactId: string;
  compactTitle: string;
  name: string;
  purpose: string;
  establishedOn: CalendarDate;
  /** Every version adopted, oldest first; effective dates only move forward. */
  termsOfReference: TermsOfReference[];
}

export type BoardState = { kind: 'none' } | Board;

export const initialBoardState = (): BoardState => ({ kind: 'none' });

/** The terms of reference in force on a date: the latest effective on or before it; null before the first. */
export function termsInForceOn(board: Board, date: CalendarDate): TermsOfReference | null {
  return [...board.termsOfReference].reverse().find((terms) => terms.effectiveOn <= date) ?? null;
}

export function currentTermsOfReference(board: Board): TermsOfReference | null {
  return board.termsOfReference[board.termsOfReference.length - 1] ?? null;
}
