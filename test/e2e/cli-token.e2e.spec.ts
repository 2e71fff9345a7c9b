import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateSigningKey } from '@compact-ledger/auth';
import { LedgerTestApp } from '../support/ledger-test-app';

const bin = join(__dirname, '..', '..', 'bin', 'compact-ledger.js');

/** `npx compact-ledger token` against a running ledger: it signs only with the key that ledger accepts. */
describe('npx compact-ledger token, with a ledger running', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-token-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  /** The CLI as a process, waited for without blocking this one: the ledger it asks runs in this process. */
  const cli = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, 'token', ...args], (error, stdout, stderr) => resolve({ status: error ? (error.code as number) : 0, stdout, stderr }));
    });

  it('checks the running ledger: refuses a key it does not sign with (another data directory), signs with the one it does', async () => {
    await loadOrCreateSigningKey(dataDir);
    const running = await LedgerTestApp.start();
    try {
      const { port } = running.app.getHttpServer().address() as { port: number };
      const url = `http://127.0.0.1:${port}`;
      const elsewhere = await cli(['--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'secretariat', '--url', url, '--data-dir', dataDir]);
      expect(elsewhere.status).toBe(1);
      expect(elsewhere.stdout).toBe('');
      expect(elsewhere.stderr).toMatch(new RegExp(`the ledger at ${url} does not sign with the key in .*: it runs on another data directory`));
      const there = await cli(['--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'regulator', '--url', url, '--data-dir', running.dataDir]);
      expect(there.status).toBe(0);
      expect(there.stderr).toBe('');
      await running.http.get('/compacts').set('authorization', `Bearer ${there.stdout.trim()}`).expect(200);
    } finally {
      await running.stop();
    }
  });
});
