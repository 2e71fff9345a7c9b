import type { CompactCameIntoForce } from './compact.events';
import { type Compact, currentVersion } from './compact.state';
import { factIds } from './fact-ids';
import { certainlyBefore, certainlyOnOrBefore, laterDate, type PaperDate } from './paper-date';
import { currentPartners } from './partners';
import type { SignatureRecord } from './signatures';
import type { InForceCompletion } from './terms';

/**
 * The all-partners-signed rule: once every current partner has signed the current version, that
 * version comes into force on the paper date of the last signature needed (or of the departure
 * that left only signed partners). Given the state *after* the command's other events, returns
 * the CompactCameIntoForce to record alongside them, or null when the rule is not (yet) met,
 * the rule is explicit-decision, or the version is already in force. Where the signatures' dates
 * are known only to a span, the date is the later of them as far as the papers say (a
 * signature "in 2015" and one on 25 Aug 2015 bring it into force in 2015).
 */
export function comingIntoForce(compact: Compact, completedBy: InForceCompletion): CompactCameIntoForce | null {
  if (compact.term.inForceRule !== 'all-partners-signed') return null;
  const version = currentVersion(compact);
  if (!version || version.contentHash === null || compact.inForce.some((record) => record.versionLabel === version.label)) return null;
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
  if (previous && certainlyBefore(effectiveOn, previous.effectiveOn)) return null;
  if (compact.closure !== null && certainlyOnOrBefore(compact.closure.effectiveOn, effectiveOn)) return null;
  return {
    type: 'CompactCameIntoForce',
    data: {
      factId: factIds.inForce(version.label),
      versionLabel: version.label,
      contentHash: version.contentHash,
      effectiveOn,
      rule: 'all-partners-signed',
      decisionReference: null,
      signatureFactIds: signatures.map((s) => s.factId),
      completedBy,
    },
    ...(effectiveOn.value ? { effectiveAt: effectiveOn.value } : {}),
  };
}

/**
 * The first date from `from` on which every organisation that was a partner then had
 * signed the version. The current partners all have by `from`; one that has left since
 * (its departure perhaps recorded before the last signature) holds the date back until
 * it signed or left, whichever came first.
 */
function whenEveryMemberHadSigned(compact: Compact, versionLabel: string, from: PaperDate): PaperDate {
  let date = from;
  for (let moved = true, rounds = 0; moved && rounds < 100; rounds++) {
    moved = false;
    for (const partner of Object.values(compact.partners)) {
      // A partner that may have been one on the date (its admission undated, say) holds it back: the compact is in force only once surely complete.
      const membership = partner.memberships.find((period) => !certainlyBefore(date, period.from) && (period.until === null || certainlyBefore(date, period.until)));
      if (!membership) continue;
      const signature = compact.signatures.find((s) => s.organisationId === partner.organisationId && s.versionLabel === versionLabel);
      if (signature && certainlyOnOrBefore(signature.signedOn, date)) continue;
      const candidates = [signature?.signedOn, membership.until ?? undefined].filter((d): d is PaperDate => d !== undefined);
      const released = candidates.length === 2 && certainlyOnOrBefore(candidates[1], candidates[0]) ? candidates[1] : candidates[0];
      if (released !== undefined && certainlyBefore(date, released)) {
        date = released;
        moved = true;
      }
    }
  }
  return date;
}

/** The latest of the signatures' paper dates, and of the departure that completed the rule, if one did. */
export function inForceDate(signatures: Array<Pick<SignatureRecord, 'signedOn'>>, completedBy: InForceCompletion | null): PaperDate {
  const lastSigned = signatures.map((s) => s.signedOn).reduce(laterDate);
  return completedBy?.kind === 'departure' ? laterDate(lastSigned, completedBy.effectiveOn) : lastSigned;
}
