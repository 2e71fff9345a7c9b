import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answering, freePort, spawnLedger, startFlags } from '../support/ledger-process';

const root = join(__dirname, '..', '..');

describe('the API is started with the same Node flags everywhere', () => {
  it('npm start names its flags, and the image starts the API with the same ones', () => {
    const flags = startFlags();
    expect(flags).toContain('--max-semi-space-size=2');
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(join(root, 'Dockerfile'), 'utf8'));
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1])).toEqual(['node', ...flags, 'dist/apps/api/src/main.js']);
  });

  it('the tests and the bench start the API process with them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-start-flags-'));
    const port = await freePort();
    const server = spawnLedger({ LEDGER_DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    try {
      await answering(server, port);
      const argv = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0');
      expect(argv.slice(1, 1 + startFlags().length)).toEqual(startFlags());
    } finally {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
