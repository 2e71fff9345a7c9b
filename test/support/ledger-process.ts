import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readSigningKey, signingKeyFile } from '@compact-ledger/auth';
import { issueToken, type LedgerClaims } from '@compact-ledger/auth';
import { compiledEntry } from '@compact-ledger/event-store';

const root = join(__dirname, '..', '..');

/** The Node flags `npm start` gives the API (package.json's start script), so that the process here is started as it is there. */
export function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(workspaceRoot(), 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.trim().split(/\s+/);
  if (words[0] !== 'node' || !words.at(-1)!.endsWith('apps/api/src/main.js'))
    throw new Error(`the start script is not \`node [flags] dist/apps/api/src/main.js\`: ${start}`);
  return words.slice(1, -1);
}

/** The folder holding nx.json: this file runs from its source (jest) and from dist/ (the bench). */
function workspaceRoot(): string {
  for (let at = __dirname; ; at = dirname(at)) {
    if (existsSync(join(at, 'nx.json'))) return at;
    if (dirname(at) === at) throw new Error(`no nx.json above ${__dirname}`);
  }
}

/** The API as `npm start` runs it (compiled, with its flags), as a separate process. */
export function spawnLedger(env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [...startFlags(), compiledEntry(__filename, '../../apps/api/src/main')], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return Object.assign(child, { output: () => output });
}

/** Resolves with the port once the process logs that it is listening. */
export function listeningPort(child: ReturnType<typeof spawnLedger>, timeoutMs = 20_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not listening after ${timeoutMs} ms:\n${child.output()}`)), timeoutMs);
    const look = () => {
      const match = /listening on http:\/\/localhost:(\d+)/.exec(child.output());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before listening:\n${child.output()}`));
    });
  });
}

/** A port nothing listens on now, for a process that must be told its port (its listening line is at info level). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once GET /health on `port` answers, whatever the process logs. */
export async function answering(child: ReturnType<typeof spawnLedger>, port: number, timeoutMs = 20_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`exited ${child.exitCode ?? child.signalCode} before answering:\n${child.output()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    // A short interval: a start is waited on a few dozen times across the suite, each by up to this much.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not answering on ${port} after ${timeoutMs} ms:\n${child.output()}`);
}

/** Resolves once the process has ended and its output has been read to the end ('close', not 'exit'). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  const closed = (child.exitCode !== null || child.signalCode !== null) && child.stdout?.readableEnded !== false && child.stderr?.readableEnded !== false;
  return closed ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('close', (code) => resolve(code)));
}

/** A token signed with the key a started ledger made in its data directory, as `compact-ledger token` prints. */
export async function tokenFromDataDir(dataDir: string, claims: LedgerClaims): Promise<string> {
  return issueToken(await readSigningKey(signingKeyFile(dataDir)), claims);
}

/**
 * The API as `LEDGER_STORE=esdb npm start` runs it, against an EventStoreDB at
 * `connectionString`, with the base URL and a secretariat's Authorization header.
 */
export async function spawnLedgerOnEsdb(connectionString: string, dataDir: string) {
  const child = spawnLedger({ LEDGER_STORE: 'esdb', EVENTSTORE_CONNECTION_STRING: connectionString, LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
  const base = `http://127.0.0.1:${await listeningPort(child)}`;
  const authorization = `Bearer ${await tokenFromDataDir(dataDir, { sub: 'lead', name: 'Lead', role: 'secretariat' })}`;
  return { child, base, authorization };
}
