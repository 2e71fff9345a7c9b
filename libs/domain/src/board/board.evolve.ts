import { assertNever } from '../shared/decider';
import type { BoardEvent } from './board.events';
import type { BoardState } from './board.state';

/** Folds one fact into the board. Total and pure: a fact before BoardEstablished is ignored. */
export function evolveBoard(state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case 'BoardEstablished':
      return { kind: 'board', ...event.data, termsOfReference: [] };
    case 'TermsOfReferenceAdopted':
      return state.kind === 'none' ? state : { ...state, termsOfReference: [...state.termsOfReference, { ...event.data }] };
    default:
      return assertNever(event);
  }
}
