import type { CalendarDate } from '../compact/calendar-dates';
import type { CompactState } from '../compact/compact.state';
import { isMemberOn } from '../compact/partners';
import { compactStatusAt } from '../compact/status-at-date';
import { NotFoundInDomain } from '../shared/decider';
import type { DisputeCompactSnapshot } from './dispute.commands';

/**
 * What RaiseDispute needs of the compact, from the compact's state as the application folded it,
 * all as they stood on the date the dispute is raised (a paper dispute may be entered years
 * later): the compact's status, the escalation path in effect, the version then current and its
 * section numbers, and the partners. Throws NotFoundInDomain for a compact never drafted.
 */
export function disputeCompactSnapshot(compact: CompactState, raisedOn: CalendarDate): DisputeCompactSnapshot {
  if (compact.kind === 'none') throw new NotFoundInDomain('no compact has been drafted in this stream');
  const version = [...compact.versions].reverse().find((v) => v.dated <= raisedOn) ?? null;
  const paths = compact.escalationPaths ?? (compact.escalationPath ? [compact.escalationPath] : []);
  // Before any path took effect, the earliest: the decider refuses the date against it.
  const path = [...paths].reverse().find((p) => p.effectiveOn <= raisedOn) ?? paths[0] ?? null;
  return {
    compactId: compact.compactId,
    compactTitle: compact.title,
    compactStatus: compactStatusAt(compact, raisedOn),
    escalationPath: path,
    version: version ? { label: version.label, contentHash: version.contentHash, sectionRefs: version.sections.map((s) => s.number) } : null,
    members: Object.values(compact.partners)
      .filter((p) => isMemberOn(p, raisedOn))
      .map((p) => p.organisationId),
  };
}
