import { DomainRuleViolation } from '../shared/decider';
import { certainlyBefore, certainlyOnOrBefore, describeDate, type PaperDate } from './paper-date';
import type { Representative } from './partners';

/**
 * What a signature signifies (001 section 9, "Signing the Compact is agreed to signify"):
 * - `supports-strategic-direction`: support for the overall strategic direction (section 2),
 *   recognition of its consequences and acceptance that they go into plans;
 * - `agrees-principles`: agreement to the principles of working together and the culture promoted;
 * - `agrees-work-programme-and-leadership`: agreement to the shared work programme and a commitment
 *   to provide the leadership and participation it needs;
 * - `agrees-quarterly-system-measures`: agreement to employ high-level system measures and report
 *   them quarterly to public boards in a shared single report.
 * An empty list means the paper does not say (003 and 002 have no such section).
 */
export const SIGNIFICANCE_CODES = [
  'supports-strategic-direction',
  'agrees-principles',
  'agrees-work-programme-and-leadership',
  'agrees-quarterly-system-measures',
] as const;
export type SignificanceCode = (typeof SIGNIFICANCE_CODES)[number];

export function isSignificanceCode(value: unknown): value is SignificanceCode {
  return typeof value === 'string' && (SIGNIFICANCE_CODES as readonly string[]).includes(value);
}

export function assertSignifies(signifies: unknown): asserts signifies is SignificanceCode[] {
  if (!Array.isArray(signifies)) throw new DomainRuleViolation('unknown-significance', 'what the signature signifies must be a list of codes');
  signifies.forEach((code, i) => {
    if (!isSignificanceCode(code)) {
      throw new DomainRuleViolation('unknown-significance', `${JSON.stringify(code)} is not something a signature can signify; use ${SIGNIFICANCE_CODES.join(', ')}`);
    }
    if (signifies.indexOf(code) !== i) throw new DomainRuleViolation('unknown-significance', `${code} is listed twice`);
  });
}

/** A partner's signature on one version, as the register shows it. */
export interface SignatureRecord {
  factId: string;
  organisationId: string;
  versionLabel: string;
  /** The content hash of the version signed: the signature belongs to exactly that text. */
  contentHash: string;
  signatory: Representative;
  /** The date on the paper. */
  signedOn: PaperDate;
  signifies: SignificanceCode[];
  /** What the ledger took that the paper does not plainly say (003: SECAMB's "Signed" place is blank though a name and date are written). */
  assumption: string | null;
  /** True once a correction has changed it (the original event stays in the stream). */
  corrected: boolean;
}

/**
 * When a signature on a version may be dated: on or after the version's own date, and, for an
 * older version recorded from paper after the fact, before the next version took effect.
 * Refused only when certainly outside: a date known to the month or year, or a version date
 * known only within bounds, that may fall within is accepted.
 */
export function assertSignatureDateWithinVersion(
  versions: ReadonlyArray<{ label: string; dated: PaperDate }>,
  versionIndex: number,
  signedOn: PaperDate,
  signerName: string,
): void {
  const version = versions[versionIndex];
  if (certainlyBefore(signedOn, version.dated)) {
    throw new DomainRuleViolation(
      'signature-before-version',
      `${signerName} cannot have signed version ${version.label} on ${describeDate(signedOn)}: that version is dated ${describeDate(version.dated)}`,
    );
  }
  const next = versions[versionIndex + 1];
  if (next && certainlyOnOrBefore(next.dated, signedOn)) {
    throw new DomainRuleViolation(
      'signature-after-next-version',
      `${signerName}'s signature on version ${version.label} is dated ${describeDate(signedOn)}, when version ${next.label} had already taken effect (${describeDate(next.dated)}); sign version ${next.label} instead`,
    );
  }
}
