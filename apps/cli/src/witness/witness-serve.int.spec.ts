import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consistencyProof, generateLogKey, hashLeaf, MemoryNodeReader, signCheckpoint, treeRoot } from '@compact-ledger/transparency';
import { cosignaturesOn, formatAddCheckpoint, parseCosignatureVerifierKey } from '@compact-ledger/witness';

const bin = join(__dirname, '..', '..', '..', '..', 'bin', 'compact-ledger.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `compact-ledger witness serve` as a partner runs it: its own process, until it says it listens. */
async function serve(args: string[]): Promise<{ child: ChildProcess; output: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [bin, 'witness', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not listening:\n${output}`)), 20_000);
    const look = () => {
      if (/following /.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

describe('npx compact-ledger witness serve', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'witness-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const key = generateLogKey('ledger.example/compacts');
  const leaves = Array.from({ length: 12 }, () => hashLeaf(randomBytes(32)));
  const reader = new MemoryNodeReader(leaves);
  const checkpoint = (size: number) => signCheckpoint({ origin: key.name, size, root: treeRoot(size, reader) }, key.signer);

  it('keeps its key and its state across a restart between two checkpoints', async () => {
    const port = await freePort();
    const args = ['--name', 'witness.kent-county-council.example', '--data-dir', join(dir, 'w'), '--log', key.verifierKey, '--listen', `127.0.0.1:${port}`];
    const post = (oldSize: number, size: number) =>
      fetch(`http://127.0.0.1:${port}/add-checkpoint`, {
        method: 'POST',
        body: formatAddCheckpoint({ oldSize, proof: oldSize === 0 ? [] : consistencyProof(oldSize, size, reader), checkpoint: checkpoint(size) }),
      });

    const first = await serve(args);
    const verifierKey = /verifier key (\S+)/.exec(first.output())![1];
    expect(first.output()).toContain('cosigned so far: nothing');
    expect((await post(0, 5)).status).toBe(200);
    expect(await first.stop()).toBe(0);

    const second = await serve(args);
    try {
      expect(/verifier key (\S+)/.exec(second.output())![1]).toBe(verifierKey);
      expect(second.output()).toContain('cosigned so far: size 5');
      const stale = await post(0, 9);
      expect({ status: stale.status, type: stale.headers.get('content-type'), body: await stale.text() }).toEqual({
        status: 409,
        type: 'text/x.tlog.size',
        body: '5\n',
      });
      const next = await post(5, 9);
      expect(next.status).toBe(200);
      const [cosignature] = cosignaturesOn(checkpoint(9) + (await next.text()), [parseCosignatureVerifierKey(verifierKey)]);
      expect(cosignature.valid).toBe(true);
    } finally {
      await second.stop();
    }
  });

  it('reads the logs it follows from a file', async () => {
    const port = await freePort();
    writeFileSync(join(dir, 'logs.conf'), `# the ledger of the Kent compact\nlog ${key.verifierKey}\n`);
    const witness = await serve(['--name', 'w.example', '--data-dir', join(dir, 'w'), '--config', join(dir, 'logs.conf'), '--listen', String(port)]);
    try {
      expect(witness.output()).toContain(`following ${key.name}`);
    } finally {
      await witness.stop();
    }
  });

  it.each([
    ['no log to follow', ['--name', 'w.example'], /give the logs to follow/],
    ['a log key that is not one', ['--name', 'w.example', '--log', 'ledger.example+00000000+AAAA'], /--log 1: .*not an Ed25519 key/],
    ['a name with a space', ['--name', 'w example', '--log', key.verifierKey], /the witness name "w example" must be non-empty, without spaces or \+/],
    [
      'a key file made for another witness',
      ['--name', 'other.example', '--log', key.verifierKey, '--key-file', 'KEYFILE'],
      /is the key of w\.example, not of other\.example/,
    ],
  ])('refuses %s in one line, exiting 1', async (_what, args, message) => {
    const keyFile = join(dir, 'key');
    if (args.includes('KEYFILE')) {
      const made = await serve([
        '--name',
        'w.example',
        '--log',
        key.verifierKey,
        '--key-file',
        keyFile,
        '--data-dir',
        join(dir, 'w'),
        '--listen',
        String(await freePort()),
      ]);
      await made.stop();
    }
    const result = spawnSync(process.execPath, [bin, 'witness', 'serve', '--data-dir', join(dir, 'w'), ...args.map((a) => (a === 'KEYFILE' ? keyFile : a))], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('says how to use it with --help', () => {
    const result = spawnSync(process.execPath, [bin, 'witness', 'serve', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const option of ['--name', '--data-dir', '--key-file', '--log', '--config', '--listen']) expect(result.stdout).toContain(option);
  });
});
