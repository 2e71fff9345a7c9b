import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { EMPTY_ROOT, generateLogKey, signCheckpoint } from '@compact-ledger/transparency';
import { cosignaturesOn, parseCosignatureVerifierKey } from '../cosignature/cosignature';
import { formatAddCheckpoint, MAX_CONSISTENCY_PROOF_LINES } from '../protocol/add-checkpoint';
import { MemoryLog } from '../testing/memory-log';
import { type RunningWitness, startWitness } from '../testing/witness-fixture';
import { parseFollowedLogs } from './followed-logs';
import { WitnessStateStore } from './witness-state-store';

/**
 * The witness against c2sp.org/tlog-witness's add-checkpoint rules, one status at a
 * time, over HTTP. (witness-vectors.int.spec.ts replays checkpoints and proofs made by
 * other implementations; here the log is made in memory to reach every edge.)
 */
const NOW = new Date('2026-05-01T10:00:00Z');

describe('the witness (C2SP tlog-witness add-checkpoint) over HTTP', () => {
  let log: MemoryLog;
  let witness: RunningWitness;
  const followed = (...logs: MemoryLog[]) => parseFollowedLogs(logs.map((l) => ({ text: `log ${l.key.verifierKey}`, where: 'test' })));
  const submit = (oldSize: number, checkpoint: string, proof = oldSize === 0 ? [] : log.proof(oldSize)) =>
    witness.addCheckpoint(formatAddCheckpoint({ oldSize, proof, checkpoint }));

  beforeEach(async () => {
    log = new MemoryLog().grow(5);
    witness = await startWitness(followed(log), { clock: () => NOW });
  });
  afterEach(() => witness.stop());

  it('200: cosigns a first checkpoint from size 0, answers its cosignature line, and persists the checkpoint before answering', async () => {
    const checkpoint = log.checkpoint();
    const answer = await submit(0, checkpoint);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^text\/plain/);
    expect(answer.body).toMatch(/^— witness\.example\/w1 [A-Za-z0-9+/]+=*\n$/);
    const [found] = cosignaturesOn(checkpoint + answer.body, [parseCosignatureVerifierKey(witness.signer.verifierKey)]);
    expect(found).toMatchObject({ valid: true, timestamp: NOW.getTime() / 1000 });
    const state = witness.store.get(log.origin)!;
    expect({ size: state.size, root: state.root.toString('base64') }).toEqual({ size: 5, root: log.root().toString('base64') });
    // Then 5 -> 9 with a consistency proof; and the same checkpoint again from 9 (same root) is cosigned again.
    log.grow(4);
    expect((await submit(5, log.checkpoint())).status).toBe(200);
    expect((await submit(9, log.checkpoint(), [])).status).toBe(200);
    expect(witness.store.get(log.origin)!.size).toBe(9);
  });

  it.each([
    ['no old size line', 'nonsense\n\n'],
    ['an old size with a leading zero', 'old 01\n\nx\n'],
    ['a proof line that is not a 32-byte hash', 'old 1\nAAAA\n\nledger.example/compacts\n1\nAAAA\n'],
    ['more than 63 proof lines', `old 1\n${`${Buffer.alloc(32).toString('base64')}\n`.repeat(MAX_CONSISTENCY_PROOF_LINES + 1)}\nx\n`],
    ['no empty line before the checkpoint', 'old 0\nledger.example/compacts\n'],
    ['a checkpoint with no signatures', 'old 0\n\nledger.example/compacts\n5\n'],
  ])('400: refuses a malformed body (%s), changing nothing', async (_what, body) => {
    const answer = await witness.addCheckpoint(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/^malformed request: /);
    expect(witness.store.get(log.origin)).toBeNull();
  });

  it('400: refuses an old size larger than the checkpoint size', async () => {
    expect((await submit(0, log.checkpoint())).status).toBe(200);
    const answer = await witness.addCheckpoint(formatAddCheckpoint({ oldSize: 6, proof: [], checkpoint: log.checkpoint(5) }));
    expect(answer).toMatchObject({ status: 400, body: "malformed request: the old size 6 is larger than the checkpoint's size 5\n" });
  });

  it('403: refuses a checkpoint signed only by a key it does not trust for that origin, or whose trusted signature does not verify', async () => {
    const impostor = new MemoryLog(generateLogKey(log.origin)).grow(5);
    const unsigned = await submit(0, impostor.checkpoint());
    expect(unsigned.status).toBe(403);
    expect(unsigned.body).toContain('not signed by a key this witness trusts');

    const checkpoint = log.checkpoint();
    const altered = checkpoint.replace(`\n5\n`, `\n6\n`);
    const forged = await submit(0, altered);
    expect(forged.status).toBe(403);
    expect(forged.body).toContain(`the signature by ${log.origin} does not verify`);
    expect(witness.store.get(log.origin)).toBeNull();
  });

  it("404: refuses a checkpoint of a log it does not follow, even one signed by that log's key", async () => {
    const other = new MemoryLog(generateLogKey('other.example/log')).grow(3);
    const answer = await witness.addCheckpoint(formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint: other.checkpoint() }));
    expect(answer).toMatchObject({ status: 404 });
    expect(answer.body).toContain('unknown log');
  });

  it('409: answers the size it cosigned last, as text/x.tlog.size, to an old size that is not it (0 included)', async () => {
    expect((await submit(0, log.checkpoint())).status).toBe(200);
    log.grow(3);
    for (const oldSize of [0, 3, 7]) {
      const answer = await submit(oldSize, log.checkpoint(), oldSize === 0 ? [] : log.proof(oldSize));
      expect(answer).toEqual({ status: 409, contentType: 'text/x.tlog.size', body: '5\n' });
    }
    expect(witness.store.get(log.origin)!.size).toBe(5);
  });

  it('422: refuses a consistency proof that does not lead from its checkpoint to the new one, and keeps the submission as evidence', async () => {
    expect((await submit(0, log.checkpoint())).status).toBe(200);
    log.grow(4);
    const wrong = log.proof(5).map((hash, i) => (i === 0 ? Buffer.alloc(32, 1) : hash));
    const answer = await submit(5, log.checkpoint(), wrong);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatch(/^inconsistent checkpoint: the consistency proof from the 5 leaves this witness cosigned .* to 9 does not verify/);
    expect(witness.store.get(log.origin)!.size).toBe(5);
    expect(witness.store.refusals(log.origin)).toEqual([expect.objectContaining({ oldSize: 5, size: 9, request: expect.stringContaining(log.checkpoint()) })]);
  });

  it('422: refuses a rewritten history (a split view): a checkpoint over a log whose leaf 2 changed, with its own valid proof', async () => {
    expect((await submit(0, log.checkpoint())).status).toBe(200);
    log.rewrite(2).grow(3);
    const answer = await submit(5, log.checkpoint(), log.proof(5));
    expect(answer.status).toBe(422);
    expect(witness.store.get(log.origin)!.size).toBe(5);
  });

  it('422: refuses another root at the size it cosigned, a proof from size 0, and an empty tree whose root is not the empty hash', async () => {
    expect((await submit(0, log.checkpoint())).status).toBe(200);
    const sameSize = await submit(5, new MemoryLog(log.key).grow(5).checkpoint(), []);
    expect(sameSize.status).toBe(422);
    expect(sameSize.body).toContain('the tree of 5 leaves this witness cosigned had the root');

    const fresh = new MemoryLog(generateLogKey('fresh.example/log')).grow(4);
    const other = await startWitness(followed(fresh));
    try {
      const post = (oldSize: number, proof: Buffer[], checkpoint: string) => other.addCheckpoint(formatAddCheckpoint({ oldSize, proof, checkpoint }));
      expect((await post(0, [Buffer.alloc(32)], fresh.checkpoint())).status).toBe(422);
      const emptyWithRoot = signCheckpoint({ origin: fresh.origin, size: 0, root: Buffer.alloc(32, 9) }, fresh.key.signer);
      expect((await post(0, [], emptyWithRoot)).status).toBe(422);
      const empty = signCheckpoint({ origin: fresh.origin, size: 0, root: EMPTY_ROOT }, fresh.key.signer);
      expect((await post(0, [], empty)).status).toBe(200);
    } finally {
      await other.stop();
    }
  });

  it("two concurrent submissions from the same old size: exactly one is cosigned, the other answered 409 with the winner's size", async () => {
    expect((await submit(0, log.checkpoint())).status).toBe(200);
    log.grow(6);
    const [a, b] = await Promise.all([submit(5, log.checkpoint(8), log.proof(5, 8)), submit(5, log.checkpoint(11), log.proof(5, 11))]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? 8 : 11;
    expect((a.status === 409 ? a : b).body).toBe(`${winner}\n`);
    expect(witness.store.get(log.origin)!.size).toBe(winner);
  });

  it('the state moves by compare-and-swap: a second store on the same file cannot advance from a state the first has moved', async () => {
    expect((await submit(0, log.checkpoint())).status).toBe(200);
    const state = witness.store.get(log.origin)!;
    const second = new WitnessStateStore(join(witness.dir, 'witness.db'));
    try {
      const next = (size: number) => ({ ...state, size, root: log.grow(0).root(size) });
      log.grow(4);
      expect(witness.store.advance({ size: 5, root: state.root }, next(7))).toBe(true);
      expect(second.advance({ size: 5, root: state.root }, next(9))).toBe(false);
      expect(second.get(log.origin)!.size).toBe(7);
    } finally {
      second.close();
    }
  });

  it('serves nothing else that writes: another method on add-checkpoint is 405, other paths 404, a body past the limit 413', async () => {
    expect((await fetch(`${witness.url}/add-checkpoint`)).status).toBe(405);
    expect((await fetch(`${witness.url}/add-checkpoint`, { method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await fetch(`${witness.url}/checkpoints`, { method: 'POST', body: 'x' })).status).toBe(404);
    expect((await fetch(`${witness.url}/add-checkpoint`, { method: 'POST', body: 'x'.repeat(70_000) })).status).toBe(413);
  });

  it("serves monitors the latest checkpoint it cosigned at /<origin hash>/checkpoint, with the log's signature and its own", async () => {
    const hash = createHash('sha256').update(log.origin).digest('hex');
    expect((await fetch(`${witness.url}/${hash}/checkpoint`)).status).toBe(404);
    const checkpoint = log.checkpoint();
    const { body: cosignature } = await submit(0, checkpoint);
    const served = await fetch(`${witness.url}/${hash}/checkpoint`);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(checkpoint + cosignature);
    expect(await (await fetch(`${witness.url}/`)).text()).toContain(`verifier key ${witness.signer.verifierKey}`);
  });
});
