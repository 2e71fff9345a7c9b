import type { CalendarDate } from '../compact/calendar-dates';
import type { CompactState } from '../compact/compact.state';
import { certainlyBefore } from '../compact/paper-date';
import { isMemberOn } from '../compact/partners';
import { type CompactStatus, compactStatusAt } from '../compact/status-at-date';
import { NotFoundInDomain } from '../shared/decider';
import type { DisputeCompactSnapshot } from './dispute.commands';

const CLOSED: CompactStatus[] = ['terminated', 'superseded', 'expired'];

/**
 * What RaiseDispute needs of the compact, from the compact's state as the application folded it,
 * all as they stood on the date the dispute is raised (a paper dispute may be entered years
 * later): the compact's status, the escalation path in effect, the version then current and its
 * sections, and the partners. A decision refuses only what is certainly wrong, so where the
 * papers date a fact only to a span: the compact counts as closed or expired only once certainly
 * so, a version or path counts as current if it may have been dated by then, and a partner as a
 * member if it may have been one. Throws NotFoundInDomain for a compact never drafted.
 */
export function disputeCompactSnapshot(compact: CompactState, raisedOn: CalendarDate): DisputeCompactSnapshot {
  if (compact.kind === 'none') throw new NotFoundInDomain('no compact has been drafted in this stream');
  const version = [...compact.versions].reverse().find((v) => !certainlyBefore(raisedOn, v.dated)) ?? null;
  const paths = compact.escalationPaths;
  // Before any path took effect, the earliest: the decider refuses the date against it.
  const path = [...paths].reverse().find((p) => !certainlyBefore(raisedOn, p.effectiveOn)) ?? paths[0] ?? null;
  const certain = compactStatusAt(compact, raisedOn, 'none');
  const possible = compactStatusAt(compact, raisedOn, 'earliest');
  const status: CompactStatus = CLOSED.includes(certain) ? certain : !CLOSED.includes(possible) ? possible : version ? 'open-for-signature' : certain;
  return {
    compactId: compact.compactId,
    compactTitle: compact.title,
    compactStatus: status,
    escalationPath: path && { levels: path.levels, note: path.note, effectiveOn: path.effectiveOn },
    version: version ? { label: version.label, contentHash: version.contentHash, sections: (version.sections ?? []).map((s) => ({ number: s.number, heading: s.heading })) } : null,
    members: Object.values(compact.partners)
      .filter((p) => isMemberOn(p, raisedOn))
      .map((p) => p.organisationId),
  };
}
