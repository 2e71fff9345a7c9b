import { type CalendarDate, laterOf } from './calendar-dates';
import type { CompactCameIntoForce } from './compact.events';
import { type Compact, currentVersion } from './compact.state';
import { currentPartners } from './partners';
import type { SignatureRecord } from './signatures';
import type { InForceCompletion } from './terms';

/**
 * The all-partners-signed rule: once every current partner has signed the current version, that
 * version comes into force on the paper date of the last signature needed (or of the departure
 * that left only signed partners). Given the state *after* the command's other events, returns
 * the CompactCameIntoForce to record alongside them, or null when the rule is not (yet) met,
 * the rule is explicit-decision, or the version is already in force.
 */
export function comingIntoForce(compact: Compact, completedBy: InForceCompletion): CompactCameIntoForce | null {
  if (compact.term.inForceRule !== 'all-partners-signed') return null;
  const version = currentVersion(compact);
  if (!version || compact.inForce.some((record) => record.versionLabel === version.label)) return null;
  const partners = currentPartners(compact.partners);
  if (partners.length === 0) return null;
  const signatures: SignatureRecord[] = [];
  for (const partner of partners) {
    const signature = compact.signatures.find((s) => s.organisationId === partner.organisationId && s.versionLabel === version.label);
    if (!signature) return null;
    signatures.push(signature);
  }
  const effectiveOn = whenEveryMemberHadSigned(compact, version.label, inForceDate(signatures, completedBy));
  const previous = compact.inForce[compact.inForce.length - 1];
  if (previous && effectiveOn < previous.effectiveOn) return null;
  if (compact.closure !== null && effectiveOn >= compact.closure.effectiveOn) return null;
  return {
    type: 'CompactCameIntoForce',
    data: {
      versionLabel: version.label,
      contentHash: version.contentHash,
      effectiveOn,
      rule: 'all-partners-signed',
      decisionReference: null,
      signatureFactIds: signatures.map((s) => s.factId),
      completedBy,
    },
    effectiveAt: effectiveOn,
  };
}

/**
 * The first date from `from` on which every organisation that was a partner then had
 * signed the version. The current partners all have by `from`; one that has left since
 * (its departure perhaps recorded before the last signature) holds the date back until
 * it signed or left, whichever came first.
 */
function whenEveryMemberHadSigned(compact: Compact, versionLabel: string, from: CalendarDate): CalendarDate {
  let date = from;
  for (let moved = true; moved; ) {
    moved = false;
    for (const partner of Object.values(compact.partners)) {
      const membership = partner.memberships.find((period) => period.from <= date && (period.until === null || date < period.until));
      if (!membership) continue;
      const signature = compact.signatures.find((s) => s.organisationId === partner.organisationId && s.versionLabel === versionLabel);
      if (signature && signature.signedOn <= date) continue;
      const released = [signature?.signedOn, membership.until].filter((d): d is CalendarDate => d !== undefined && d !== null).sort()[0];
      if (released !== undefined && released > date) {
        date = released;
        moved = true;
      }
    }
  }
  return date;
}

/** The latest of the signatures' paper dates, and of the departure that completed the rule, if one did. */
export function inForceDate(signatures: Array<Pick<SignatureRecord, 'signedOn'>>, completedBy: InForceCompletion | null): CalendarDate {
  const lastSigned = signatures.map((s) => s.signedOn).reduce(laterOf);
  return completedBy?.kind === 'departure' ? laterOf(lastSigned, completedBy.effectiveOn) : lastSigned;
}
