import type { Schemas } from '../api/client';

type RegisterRow = Schemas['RegisterRowDto'];

export interface RegisterGrid {
  versions: string[];
  partners: Array<{ organisationId: string; organisation: string }>;
  /** The register's row for a partner and a version; undefined where the partner was not a member for that version. */
  cell(organisationId: string, versionLabel: string): RegisterRow | undefined;
}

/**
 * The signature register as a grid: one row per partner (in the register's order),
 * one column per version (in the order published, with any version the register
 * names and the list does not, after them). A missing cell is a partner that was not
 * a member for that version; an unsigned one is a row of the register marked not-signed.
 */
export function registerGrid(rows: readonly RegisterRow[], versionLabels: readonly string[]): RegisterGrid {
  const versions = [...versionLabels];
  for (const row of rows) if (!versions.includes(row.versionLabel)) versions.push(row.versionLabel);
  const partners: RegisterGrid['partners'] = [];
  const cells = new Map<string, RegisterRow>();
  for (const row of rows) {
    if (!partners.some((p) => p.organisationId === row.organisationId)) partners.push({ organisationId: row.organisationId, organisation: row.organisation });
    cells.set(`${row.organisationId}\u0000${row.versionLabel}`, row);
  }
  return { versions, partners, cell: (organisationId, versionLabel) => cells.get(`${organisationId}\u0000${versionLabel}`) };
}
