import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cosignaturesOn, parseCosignatureVerifierKey } from '../cosignature/cosignature';
import { formatAddCheckpoint } from '../protocol/add-checkpoint';
import { MemoryLog } from '../testing/memory-log';
import { deadUrl, type RunningWitness, slowProxy, startWitness } from '../testing/witness-fixture';
import { parseFollowedLogs } from '../witness/followed-logs';
import { SqliteCosignatureStore } from './cosignature-store';
import { WitnessCoordinator, type WitnessCoordinatorOptions } from './witness-coordinator';
import { parseWitnessList } from './witness-list';

/** The ledger's side: a coordinator asking real witnesses over HTTP, on a real cosignature store. */
describe('WitnessCoordinator', () => {
  let dir: string;
  let log: MemoryLog;
  let witnesses: RunningWitness[];
  let store: SqliteCosignatureStore;
  const logged: Array<[string, string]> = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coordinator-'));
    log = new MemoryLog().grow(5);
    const followed = parseFollowedLogs([{ text: log.key.verifierKey, where: 'test' }]);
    witnesses = await Promise.all(
      ['nhs-trust.example/witness', 'council.example/witness', 'icb.example/witness'].map((name) => startWitness(followed, { name })),
    );
    store = new SqliteCosignatureStore(join(dir, 'witnesses.db'));
    logged.length = 0;
  });
  afterEach(async () => {
    await Promise.all(witnesses.map((w) => w.stop()));
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const coordinatorFor = (urls: string[] = witnesses.map((w) => w.url), options: Partial<WitnessCoordinatorOptions> = {}) =>
    new WitnessCoordinator({
      witnesses: parseWitnessList(witnesses.map((w, i) => `${w.signer.verifierKey} ${urls[i]}`).join(',')),
      store,
      proofs: log,
      checkpoints: log,
      timeoutMs: 1000,
      backoffMs: { initial: 100, max: 400 },
      log: (level, message) => logged.push([level, message]),
      ...options,
    });
  const verifiers = () => witnesses.map((w) => parseCosignatureVerifierKey(w.signer.verifierKey));

  it('submit(checkpoint, proofs) gathers a valid cosignature from each witness, then from each again with a proof from its last size', async () => {
    const coordinator = coordinatorFor();
    try {
      const first = await coordinator.submit(log.checkpoint(), log);
      expect(cosignaturesOn(first, verifiers()).map((c) => c.valid)).toEqual([true, true, true]);
      log.grow(7);
      const second = await coordinator.submit(log.checkpoint(), log);
      expect(second.startsWith(log.checkpoint())).toBe(true);
      expect(cosignaturesOn(second, verifiers()).map((c) => c.valid)).toEqual([true, true, true]);
      expect(witnesses.map((w) => w.store.get(log.origin)!.size)).toEqual([12, 12, 12]);
      expect(coordinator.status().map((s) => [s.state, s.cosignedSize, s.behind])).toEqual([
        ['cosigned', 12, 0],
        ['cosigned', 12, 0],
        ['cosigned', 12, 0],
      ]);
      expect(coordinator.servedCheckpoint()).toEqual({ size: 12, note: second, cosignatures: 3 });
    } finally {
      await coordinator.close();
    }
  });

  it("learns a witness's size from its 409 (text/x.tlog.size) and submits again with a proof from there", async () => {
    // The witness cosigned size 3 before this ledger's coordinator ever asked it (its store is new).
    const direct = await witnesses[0].addCheckpoint(formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint: log.checkpoint(3) }));
    expect(direct.status).toBe(200);
    const coordinator = coordinatorFor();
    try {
      const note = await coordinator.submit(log.checkpoint(), log);
      expect(cosignaturesOn(note, verifiers()).every((c) => c.valid)).toBe(true);
      expect(logged).toContainEqual(['info', expect.stringContaining('it has cosigned 3 events, not 0; submitting again from there')]);
    } finally {
      await coordinator.close();
    }
  });

  it('a witness that answers 422 is an alarm: logged as an error, shown in status and kept across a restart; the others cosign', async () => {
    const coordinator = coordinatorFor();
    await coordinator.submit(log.checkpoint(), log);
    // The ledger's operator rewrites leaf 2 (below the 5 every witness has cosigned) and the log grows.
    log.rewrite(2).grow(4);
    // Two witnesses lose their state (moved to new machines, say): they have not seen the old history.
    await Promise.all(
      witnesses.slice(1).map(async (w, i) => {
        await w.stop();
        witnesses[i + 1] = await startWitness(parseFollowedLogs([{ text: log.key.verifierKey, where: 'test' }]), { signer: w.signer });
      }),
    );
    await coordinator.close();
    const restarted = coordinatorFor();
    try {
      const note = await restarted.submit(log.checkpoint(), log);
      const found = cosignaturesOn(note, verifiers());
      expect(found.map((c) => c.name)).toEqual(['council.example/witness', 'icb.example/witness']);
      const [trust] = restarted.status();
      expect(trust).toMatchObject({ name: 'nhs-trust.example/witness', state: 'inconsistent', cosignedSize: 5, behind: 4 });
      expect(trust.lastError).toMatch(/^ALARM: it refused the checkpoint of 9 events as inconsistent with the 5 it cosigned before \(422\)/);
      expect(logged).toContainEqual(['error', expect.stringContaining('witness nhs-trust.example/witness')]);
    } finally {
      await restarted.close();
    }
    const again = coordinatorFor();
    try {
      expect(again.status()[0]).toMatchObject({ state: 'inconsistent', lastError: expect.stringContaining('ALARM') });
    } finally {
      await again.close();
    }
  });

  it('one witness down and one slow: checkpointIssued returns at once, the fast witness cosigns at once, the slow one later, the down one is retried with backoff', async () => {
    const slow = await slowProxy(witnesses[1].url, 600);
    const down = await deadUrl();
    const coordinator = coordinatorFor([witnesses[0].url, slow.url, down], { quorum: 1 });
    try {
      const started = performance.now();
      coordinator.checkpointIssued({ note: log.checkpoint() });
      expect(performance.now() - started).toBeLessThan(50);
      await waitFor(() => coordinator.status()[0].state === 'cosigned');
      expect(coordinator.status()[1].state).toBe('waiting');
      await waitFor(() => coordinator.status()[1].state === 'cosigned');
      await waitFor(() => coordinator.status()[2].state === 'unreachable');
      const downStatus = coordinator.status()[2];
      expect(downStatus.lastError).toMatch(/^unreachable: /);
      expect(downStatus.retryAt).not.toBeNull();
      expect(coordinator.servedCheckpoint()!.cosignatures).toBe(2);
    } finally {
      await coordinator.close();
      await slow.stop();
    }
  });

  it('a witness that comes back after being down is asked again and cosigns the newest checkpoint', async () => {
    const url = witnesses[2].url;
    const signer = witnesses[2].signer;
    const stateDir = witnesses[2].dir;
    await witnesses[2].stop({ keepState: true });
    const coordinator = coordinatorFor(undefined, { quorum: 2 });
    try {
      await coordinator.submit(log.checkpoint(), log);
      expect(coordinator.status()[2].state).toBe('unreachable');
      // It comes back on the same port with its state; the log grows meanwhile.
      const port = Number(new URL(url).port);
      witnesses[2] = await startWitness(parseFollowedLogs([{ text: log.key.verifierKey, where: 'test' }]), { signer, dir: stateDir, port });
      log.grow(2);
      coordinator.checkpointIssued({ note: log.checkpoint() });
      await waitFor(() => coordinator.status()[2].cosignedSize === 7, 5000);
      expect(coordinator.servedCheckpoint()).toMatchObject({ size: 7, cosignatures: 3 });
    } finally {
      await coordinator.close();
    }
  });

  it('a witness that has cosigned more of the log than the ledger now holds is an alarm (the log cut short or restored from an older copy)', async () => {
    log.grow(4);
    expect((await witnesses[0].addCheckpoint(formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint: log.checkpoint(9) }))).status).toBe(200);
    const coordinator = coordinatorFor();
    try {
      // The ledger, restored from a copy of when it held 5 events, issues its checkpoint of 5.
      await coordinator.submit(log.checkpoint(5), log);
      expect(coordinator.status()[0]).toMatchObject({
        state: 'ahead',
        lastError: expect.stringMatching(/^ALARM: it has cosigned 9 events of this log, more than the 5 of the newest checkpoint this ledger issues/),
      });
      expect(logged).toContainEqual(['error', expect.stringContaining('ALARM: it has cosigned 9 events')]);
    } finally {
      await coordinator.close();
    }
  });

  it('submit() does not wait for a witness that is waiting out its backoff', async () => {
    const coordinator = coordinatorFor([witnesses[0].url, witnesses[1].url, await deadUrl()], { backoffMs: { initial: 10_000, max: 10_000 } });
    try {
      await coordinator.submit(log.checkpoint(), log);
      expect(coordinator.status()[2]).toMatchObject({ state: 'unreachable', retryAt: expect.any(String) });
      log.grow(2);
      const started = performance.now();
      const note = await coordinator.submit(log.checkpoint(), log);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(cosignaturesOn(note, verifiers()).map((c) => c.valid)).toEqual([true, true]);
    } finally {
      await coordinator.close();
    }
  });

  it('serves the newest checkpoint with the quorum of cosignatures, not a newer one that lacks them', async () => {
    const coordinator = coordinatorFor(undefined, { quorum: 3 });
    try {
      await coordinator.submit(log.checkpoint(), log);
      await witnesses[1].stop({ keepState: true });
      log.grow(3);
      await coordinator.submit(log.checkpoint(), log);
      expect(coordinator.servedCheckpoint()).toMatchObject({ size: 5, cosignatures: 3 });
    } finally {
      await coordinator.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  for (const started = Date.now(); !condition();) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
