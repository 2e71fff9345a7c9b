import type { CalendarDate } from '../compact/calendar-dates';
import type { CompactState } from '../compact/compact.state';
import { isMemberOn } from '../compact/partners';
import { compactStatusAt } from '../compact/status-at-date';
import { NotFoundInDomain } from '../shared/decider';
import type { BoardCompactSnapshot } from './board.commands';

/**
 * What a board's commands need of the compact, from the compact's state as the application
 * folded it, as it stood on the date: its status and its partners then. Throws
 * NotFoundInDomain for a compact never drafted.
 */
export function boardCompactSnapshot(compact: CompactState, on: CalendarDate): BoardCompactSnapshot {
  if (compact.kind === 'none') throw new NotFoundInDomain('no compact has been drafted in this stream');
  return {
    compactId: compact.compactId,
    compactTitle: compact.title,
    compactStatus: compactStatusAt(compact, on),
    members: Object.values(compact.partners)
      .filter((p) => isMemberOn(p, on))
      .map((p) => p.organisationId),
  };
}
