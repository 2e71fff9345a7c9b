import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedTokenVerifier, loadOrCreateSigningKey } from '@compact-ledger/auth';

const bin = join(__dirname, '..', '..', '..', 'bin', 'compact-ledger.js');

describe('npx compact-ledger token', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'token', ...args, '--data-dir', dataDir], { encoding: 'utf8' });

  it('prints a token the ledger accepts, naming the person, role and organisation given', async () => {
    const result = run('--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'partner', '--org', 'kent-county-council');
    expect(result.status).toBe(0);
    const actor = await embeddedTokenVerifier(await loadOrCreateSigningKey(dataDir)).verify(result.stdout.trim());
    expect(actor).toEqual({ subject: 'lead-1', name: 'Ann Lead', role: 'partner', organisation: 'kent-county-council' });
  });

  it.each([
    ['a blank subject', ['--sub', '  ', '--name', 'Ann Lead', '--role', 'secretariat'], /--sub <id>' argument '  ' is invalid. must not be blank/],
    ['a blank name', ['--sub', 'lead-1', '--name', '', '--role', 'secretariat'], /--name <name>' argument '' is invalid. must not be blank/],
    ['a partner with no organisation', ['--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'partner'], /a partner acts for an organisation: give --org/],
    [
      'an organisation that is not an id',
      ['--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'partner', '--org', 'Kent CC'],
      /--org <org>' argument 'Kent CC' is invalid/,
    ],
  ])('refuses %s, printing no token', (_case, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
