import type { Compact } from '@compact-ledger/domain';
import type { CompactLifecycleView } from './compact-lifecycle.projection';

export interface RegisterRow {
  /** The signature's fact id (what a correction names), null for an unsigned slot. */
  factId: string | null;
  versionLabel: string;
  contentHash: string;
  organisationId: string;
  organisation: string;
  status: 'signed' | 'not-signed';
  signatory: { name: string; role: string } | null;
  /** The date on the paper. */
  signedOn: string | null;
  /** When the ledger recorded it. */
  recordedAt: string | null;
  signifies: string[];
  corrected: boolean;
}

/**
 * The signature register: one row per partner and version, signed or not yet.
 * A version's rows are the partners who were members while it was the newest
 * version (or who signed it), so an unsigned slot is a row, not an absence; on a
 * date, only those who had become members by then.
 */
export function signatureRegister(view: CompactLifecycleView, onDate: string | null = null): RegisterRow[] {
  const compact = view.state as Compact;
  // On a date (effective axis): the versions dated by then, and the signatures on paper by then.
  const versions = onDate === null ? compact.versions : compact.versions.filter((v) => v.dated <= onDate);
  const signatures = onDate === null ? compact.signatures : compact.signatures.filter((s) => s.signedOn <= onDate);
  const rows: RegisterRow[] = [];
  versions.forEach((version, i) => {
    const from = version.dated;
    const until = versions[i + 1]?.dated ?? null;
    for (const partner of Object.values(compact.partners)) {
      const signature = signatures.find((s) => s.organisationId === partner.organisationId && s.versionLabel === version.label);
      const memberWhileCurrent = partner.memberships.some(
        (p) => (until === null || p.from < until) && (onDate === null || p.from <= onDate) && (p.until === null || p.until > from),
      );
      if (!signature && !memberWhileCurrent) continue;
      rows.push({
        factId: signature?.factId ?? null,
        versionLabel: version.label,
        contentHash: version.contentHash,
        organisationId: partner.organisationId,
        organisation: partner.name,
        status: signature ? 'signed' : 'not-signed',
        signatory: signature?.signatory ?? null,
        signedOn: signature?.signedOn ?? null,
        recordedAt: signature ? (view.recorded[signature.factId]?.recordedAt ?? null) : null,
        signifies: signature?.signifies ?? [],
        corrected: signature?.corrected ?? false,
      });
    }
  });
  return rows;
}
