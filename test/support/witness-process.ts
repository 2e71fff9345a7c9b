import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace (its nx.json), from the sources or from their build under dist/. */
function workspaceRoot(from = __dirname): string {
  return existsSync(join(from, 'nx.json')) ? from : from === dirname(from) ? process.cwd() : workspaceRoot(dirname(from));
}
const bin = join(workspaceRoot(), 'bin', 'compact-ledger.js');

/** `compact-ledger witness serve` in its own process, as a partner runs it. */
export interface WitnessProcess {
  name: string;
  url: string;
  verifierKey: string;
  /** The LEDGER_WITNESSES entry for it. */
  entry: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, resolving with the exit code. */
  stop(): Promise<number | null>;
}

export async function startWitnessProcess(options: { name: string; dataDir: string; logKey: string; port: number }): Promise<WitnessProcess> {
  const child = spawn(
    process.execPath,
    [bin, 'witness', 'serve', '--name', options.name, '--data-dir', options.dataDir, '--log', options.logKey, '--listen', `127.0.0.1:${options.port}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`witness ${options.name} not listening after 20 s:\n${output}`)), 20_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`witness ${options.name} exited ${code}:\n${output}`));
    };
    child.stdout!.on('data', () => {
      if (/^following /m.test(output)) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve();
      }
    });
    child.once('exit', onExit);
  });
  const verifierKey = /^verifier key (\S+)$/m.exec(output)![1];
  const url = `http://127.0.0.1:${options.port}`;
  return {
    name: options.name,
    url,
    verifierKey,
    entry: `${verifierKey} ${url}`,
    child,
    output: () => output,
    stop: () =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve(child.exitCode)
        : new Promise((resolve) => {
            child.once('exit', (code) => resolve(code));
            child.kill('SIGTERM');
          }),
  };
}
