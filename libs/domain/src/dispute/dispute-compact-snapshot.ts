import type { CalendarDate } from '../compact/calendar-dates';
import { type CompactState, currentVersion } from '../compact/compact.state';
import { currentPartners } from '../compact/partners';
import { compactStatusAt } from '../compact/status-at-date';
import { NotFoundInDomain } from '../shared/decider';
import type { DisputeCompactSnapshot } from './dispute.commands';

/**
 * What RaiseDispute needs of the compact, from the compact's state as the application folded it:
 * its status on the date the dispute is raised, its current escalation path, its current version's
 * section numbers, and its current partners. Throws NotFoundInDomain for a compact never drafted.
 */
export function disputeCompactSnapshot(compact: CompactState, raisedOn: CalendarDate): DisputeCompactSnapshot {
  if (compact.kind === 'none') throw new NotFoundInDomain('no compact has been drafted in this stream');
  const version = currentVersion(compact);
  return {
    compactId: compact.compactId,
    compactTitle: compact.title,
    compactStatus: compactStatusAt(compact, raisedOn),
    escalationPath: compact.escalationPath,
    currentVersion: version ? { label: version.label, contentHash: version.contentHash, sectionRefs: version.sections.map((s) => s.number) } : null,
    currentMembers: currentPartners(compact.partners).map((p) => p.organisationId),
  };
}
