import type { Schemas } from '../api/client';
import { toCsv } from '../export/csv';
import { saveCsv } from '../export/download';
import { dateColumns } from '../dates/paper-date';
import { DateNotesList, dateNotes, PaperDateText } from '../dates/paper-date-view';
import { plural } from '../format';
import { registerGrid } from './register-grid';

type RegisterRow = Schemas['RegisterRowDto'];

export function registerCsv(rows: readonly RegisterRow[]): string {
  return toCsv(rows, [
    ['organisation_id', (r) => r.organisationId],
    ['organisation', (r) => r.organisation],
    ['version', (r) => r.versionLabel],
    ['content_hash', (r) => r.contentHash],
    ['status', (r) => r.status],
    ...dateColumns<RegisterRow>('signed_on', (r) => r.signedOn),
    ['signatory', (r) => r.signatory?.name],
    ['signatory_role', (r) => r.signatory?.role],
    ['signifies', (r) => r.signifies.join('; ')],
    ['assumption', (r) => r.assumption],
    ['recorded_at', (r) => r.recordedAt],
    ['corrected', (r) => r.corrected],
    ['fact_id', (r) => r.factId],
  ]);
}

/** The signature register: partners down, versions across; each cell the date on the paper and who signed, or "Not signed" plain to see. */
export function SignatureRegister({ rows, versions, fileName }: { rows: readonly RegisterRow[]; versions: readonly string[]; fileName: string }) {
  const grid = registerGrid(rows, versions);
  const notes = dateNotes(
    'signature-date-note',
    rows.map((r) => r.signedOn),
  );
  if (grid.partners.length === 0) return <p>No partners yet: the register is empty.</p>;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Signature register, scrollable">
        <table className="data register">
          <caption>
            Signature register: {plural(grid.partners.length, 'partner')} by {plural(grid.versions.length, 'version')}
          </caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              {grid.versions.map((label) => (
                <th scope="col" key={label}>
                  Version {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.partners.map((partner) => (
              <tr key={partner.organisationId}>
                <th scope="row">{partner.organisation}</th>
                {grid.versions.map((label) => {
                  const cell = grid.cell(partner.organisationId, label);
                  if (!cell)
                    return (
                      <td key={label} className="not-member">
                        <span className="small">not a partner for this version</span>
                      </td>
                    );
                  if (cell.status !== 'signed')
                    return (
                      <td key={label} className="unsigned" data-organisation={cell.organisationId}>
                        <span aria-hidden="true">✗ </span>Not signed
                      </td>
                    );
                  return (
                    <td key={label} className="signed" data-organisation={cell.organisationId}>
                      <span aria-hidden="true">✓ </span>Signed <PaperDateText date={cell.signedOn} notes={notes} none="on a date not recorded" />
                      {cell.signatory && <div className="small">{cell.signatory.name}</div>}
                      {cell.assumption && <div className="small">Assumed: {cell.assumption}</div>}
                      {cell.corrected && <div className="small">corrected</div>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DateNotesList notes={notes} />
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => saveCsv(`${fileName}-signature-register.csv`, registerCsv(rows))}>
          Download the register (CSV)
        </button>
      </p>
    </>
  );
}
