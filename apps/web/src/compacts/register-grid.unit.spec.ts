import type { Schemas } from '../api/client';
import { registerGrid } from './register-grid';

const row = (organisationId: string, versionLabel: string, status: 'signed' | 'not-signed'): Schemas['RegisterRowDto'] => ({
  factId: status === 'signed' ? `${organisationId}-${versionLabel}` : null,
  versionLabel,
  contentHash: '0'.repeat(64),
  organisationId,
  organisation: organisationId.toUpperCase(),
  status,
  signatory: null,
  signedOn: status === 'signed' ? { asWritten: null, precision: 'exact', value: '2015-08-25', assumed: null } : null,
  assumption: null,
  recordedAt: null,
  signifies: [],
  corrected: false,
});

describe('registerGrid', () => {
  it('lays the register out as partners by versions, an unsigned slot a cell and a non-member no cell', () => {
    const grid = registerGrid([row('kcc', '1', 'not-signed'), row('ccg', '1', 'signed'), row('ccg', '2', 'not-signed')], ['1', '2']);
    expect(grid.versions).toEqual(['1', '2']);
    expect(grid.partners).toEqual([
      { organisationId: 'kcc', organisation: 'KCC' },
      { organisationId: 'ccg', organisation: 'CCG' },
    ]);
    expect(grid.cell('kcc', '1')?.status).toBe('not-signed');
    expect(grid.cell('ccg', '1')?.status).toBe('signed');
    expect(grid.cell('kcc', '2')).toBeUndefined();
  });

  it('adds a version the register names that the list does not, after the others', () => {
    expect(registerGrid([row('ccg', '3', 'signed')], ['1']).versions).toEqual(['1', '3']);
  });
});
