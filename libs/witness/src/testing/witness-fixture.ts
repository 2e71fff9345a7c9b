import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CosignatureSigner } from '../cosignature/cosignature';
import { generateWitnessKey } from '../cosignature/witness-key';
import type { FollowedLog } from '../witness/followed-logs';
import { Witness } from '../witness/witness';
import { createWitnessServer } from '../witness/witness-server';
import { WitnessStateStore } from '../witness/witness-state-store';

/** A witness on a temporary state file, listening on an ephemeral port of 127.0.0.1 (for the library's own tests). */
export interface RunningWitness {
  url: string;
  witness: Witness;
  store: WitnessStateStore;
  signer: CosignatureSigner;
  dir: string;
  /** POSTs a body to add-checkpoint: the status, content type and body answered. */
  addCheckpoint(body: string): Promise<{ status: number; contentType: string; body: string }>;
  stop(options?: { keepState?: boolean }): Promise<void>;
}

export async function startWitness(
  logs: FollowedLog[],
  options: { name?: string; dir?: string; signer?: CosignatureSigner; clock?: () => Date; port?: number } = {},
): Promise<RunningWitness> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'witness-'));
  const signer = options.signer ?? generateWitnessKey(options.name ?? 'witness.example/w1', options.clock);
  const store = new WitnessStateStore(join(dir, 'witness.db'));
  const witness = new Witness({ signer, logs, store, clock: options.clock });
  const server = createWitnessServer(witness);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    witness,
    store,
    signer,
    dir,
    async addCheckpoint(body) {
      const response = await fetch(`${url}/add-checkpoint`, { method: 'POST', body });
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
    },
    async stop({ keepState = false } = {}) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
      if (!keepState && !options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * An HTTP proxy in front of a witness that holds each request `delayMs` before passing
 * it on: a slow witness, on a real socket.
 */
export async function slowProxy(targetUrl: string, delayMs: number): Promise<{ url: string; requests: () => number; stop: () => Promise<void> }> {
  const { createServer } = await import('node:http');
  let requests = 0;
  const server = createServer(async (request, response) => {
    requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    try {
      const answer = await fetch(`${targetUrl}${request.url}`, { method: request.method, body: request.method === 'POST' ? Buffer.concat(chunks) : undefined });
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
      response.end(await answer.text());
    } catch {
      response.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL on 127.0.0.1 where nothing listens: a witness that is down. */
export async function deadUrl(): Promise<string> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
