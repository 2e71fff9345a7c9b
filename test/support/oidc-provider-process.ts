import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** An account at the test provider: its login (the token's sub) and the ledger's claims it carries. */
export interface ProviderAccount {
  name: string;
  role: 'secretariat' | 'partner' | 'mediator' | 'regulator' | 'admin';
  org?: string | null;
}

/** panva's oidc-provider in its own process (test/support/oidc-provider-server.mjs). */
export interface OidcProviderProcess {
  issuer: string;
  jwksUrl: string;
  /** Registers the web app's public client with its redirect URI, and the accounts; the provider answers from then on. */
  configure(options: { clientId: string; redirectUri: string; audience: string; accounts: Record<string, ProviderAccount> }): Promise<void>;
  output(): string;
  stop(): Promise<void>;
}

export async function startOidcProvider(): Promise<OidcProviderProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider-server.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const lines = createInterface({ input: child.stdout! });
  const messages: Record<string, unknown>[] = [];
  const waiting: ((message: Record<string, unknown>) => void)[] = [];
  lines.on('line', (line) => {
    output += `${line}\n`;
    // The provider's own warnings (development adapter, dev interactions) are plain lines; its messages are JSON.
    if (!line.startsWith('{')) return;
    const message = JSON.parse(line) as Record<string, unknown>;
    const next = waiting.shift();
    if (next) next(message);
    else messages.push(message);
  });
  const nextMessage = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const queued = messages.shift();
      if (queued) return resolve(queued);
      const timer = setTimeout(() => reject(new Error(`oidc-provider did not answer in 20 s:\n${output}`)), 20_000);
      waiting.push((message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  const { issuer } = (await nextMessage()) as { issuer: string };
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    async configure(options) {
      child.stdin!.write(`${JSON.stringify(options)}\n`);
      await nextMessage();
    },
    output: () => output,
    stop: () =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
  };
}
