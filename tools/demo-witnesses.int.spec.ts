import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** A port from which three in a row are free now (the demo's witnesses take base, base+1, base+2). */
async function threeFreePorts(): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    if ((await free(base)) && (await free(base + 1)) && (await free(base + 2)) && (await free(base + 3))) return base;
  }
}

describe('npm run demo -- --witnesses', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'demo-witnesses-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts three witnesses and the ledger, loads the seeds, shows the checkpoint of the whole log with the three cosignatures, and stops them all', async () => {
    const base = await threeFreePorts();
    const demo = spawn(process.execPath, [join(root, 'dist', 'tools', 'demo.js'), '--witnesses'], {
      cwd: root,
      env: { ...process.env, LEDGER_URL: `http://localhost:${base + 3}`, LEDGER_DATA_DIR: dataDir, LEDGER_DEMO_WITNESS_PORT: String(base), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    demo.stdout!.on('data', (chunk) => (output += chunk));
    demo.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => demo.once('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the demo did not finish starting:\n${output}`)), 90_000);
        demo.stdout!.on('data', () => {
          if (output.includes('Ctrl-C stops')) {
            clearTimeout(timer);
            resolve();
          }
        });
        void exited.then((code) => reject(new Error(`the demo exited ${code}:\n${output}`)));
      });
      // The five compacts, the Transformation Board and the joint programme.
      expect(output.match(/^loaded {3}/gm)).toHaveLength(7);
      for (const name of [
        'witness.east-kent-hospitals-university-foundation-trust.example',
        'witness.dover-district-council.example',
        'witness.south-kent-coast-skc-clinical-commissioning-group.example',
      ]) {
        expect(output).toMatch(new RegExp(`^  ${name.replaceAll('.', '\\.')}: valid, cosigned at \\d{4}-`, 'm'));
      }
      const head = (await (await fetch(`http://localhost:${base + 3}/health`)).json()) as { store: { headPosition: number } };
      // The log's name, made with its key on first start (no LEDGER_ORIGIN here), then the size: the whole log.
      expect(output).toMatch(new RegExp(`^compact-ledger/[0-9a-f]{8}\n${head.store.headPosition}\n`, 'm'));
      const policy = readFileSync(join(dataDir, 'demo-witnesses', 'partners.policy'), 'utf8');
      expect(policy).toMatch(
        /^group partners 2 east-kent-hospitals-university-foundation-trust dover-district-council south-kent-coast-skc-clinical-commissioning-group$/m,
      );
    } finally {
      demo.kill('SIGTERM');
      await exited;
    }
    // The witnesses and the ledger went with it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const answering = await Promise.all(
      [base, base + 1, base + 2, base + 3].map((port) =>
        fetch(`http://127.0.0.1:${port}/`).then(
          () => true,
          () => false,
        ),
      ),
    );
    expect(answering).toEqual([false, false, false, false]);
    expect(existsSync(join(dataDir, 'demo-witnesses', 'south-kent-coast-skc-clinical-commissioning-group', 'witness.db'))).toBe(true);
  }, 120_000);
});
