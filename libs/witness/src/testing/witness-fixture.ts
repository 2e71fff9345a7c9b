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
  options: { name?: string; dir?: string; signer?: CosignatureSigner; clock?: () => Date } = {},
): Promise<RunningWitness> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'witness-'));
  const signer = options.signer ?? generateWitnessKey(options.name ?? 'witness.example/w1', options.clock);
  const store = new WitnessStateStore(join(dir, 'witness.db'));
  const witness = new Witness({ signer, logs, store, clock: options.clock });
  const server = createWitnessServer(witness);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
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
