import type { CalendarDate } from '../compact/calendar-dates';
import type { CompactStatus } from '../compact/status-at-date';
import type { TermsOfReference } from './terms-of-reference';

/*
 * A board's commands (stream `board-<id>`). As everywhere in the domain they carry every id and
 * date. decide() reads only the board's stream, so what it needs of the compact comes in a
 * snapshot the application builds with `boardCompactSnapshot(compactState, date)`.
 */

/** What a board needs of its compact, as the compact stood on the command's date. */
export interface BoardCompactSnapshot {
  compactId: string;
  compactTitle: string;
  compactStatus: CompactStatus;
  /** Organisation slugs of the compact's partners on that date. */
  members: string[];
}

/** A board of a compact (a compact may have several: 004's Partnership Board and Programme Delivery Board). */
export interface EstablishBoard {
  type: 'EstablishBoard';
  data: {
    boardId: string;
    compact: BoardCompactSnapshot;
    /** `South Nottinghamshire Transformation Board`. */
    name: string;
    /** In the paper's words: `the overarching, strategic governing group for the ... Programme`. */
    purpose: string;
    establishedOn: CalendarDate;
  };
}

/** A version of the board's terms of reference, adopted whole (a review that changes them adopts the next). */
export interface AdoptTermsOfReference {
  type: 'AdoptTermsOfReference';
  data: {
    terms: TermsOfReference;
    /** The compact on `terms.effectiveOn`: seats for partners must name its partners then. */
    compact: BoardCompactSnapshot;
  };
}

export type BoardCommand = EstablishBoard | AdoptTermsOfReference;
export type BoardCommandType = BoardCommand['type'];
