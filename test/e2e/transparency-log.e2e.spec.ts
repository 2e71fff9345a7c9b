import {
  openCheckpoint,
  parseVerifierKey,
  verifyCheckpointConsistency,
  verifyInclusion,
  verifyTlogProof,
  eventLeafHash,
} from '@compact-ledger/transparency';
import { LedgerTestApp } from '../support/ledger-test-app';

const shropshire = { title: 'Shropshire, Telford and Wrekin Health and Social Care Partnership Compact', covers: 'Shropshire, Telford and Wrekin', description: null };

/** The transparency log in the running ledger: keys, checkpoints as the log grows, and proofs, over HTTP with no token. */
describe('The transparency log over HTTP', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000, LEDGER_ORIGIN: 'ledger.test/compacts' });
  });
  afterAll(() => ledger.stop());

  const draft = async () => (await ledger.as('secretariat').post('/compacts').send(shropshire).expect(201)).body as { id: string; position: number };
  const verifier = async () => parseVerifierKey((await ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey);

  it('GET /ledger/keys gives the JWKS as before and the log verifier key beside it, with no token', async () => {
    const { body } = await ledger.http.get('/ledger/keys').expect(200);
    expect(body.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519' })]);
    expect(body.transparencyLog).toEqual({ origin: 'ledger.test/compacts', verifierKey: expect.stringMatching(/^ledger\.test\/compacts\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/), available: true });
  });

  it('GET /ledger/checkpoint answers the signed note, text/plain, issued as the log grows; earlier ones are kept (?size=)', async () => {
    const { position } = await draft();
    const response = await ledger.http.get('/ledger/checkpoint').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const key = await verifier();
    let checkpoint = openCheckpoint(response.text, key);
    // Issued after the commit, at most a second later.
    for (let i = 0; i < 40 && checkpoint.size < position; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      checkpoint = openCheckpoint((await ledger.http.get('/ledger/checkpoint').expect(200)).text, key);
    }
    expect(checkpoint.size).toBeGreaterThanOrEqual(position);
    const again = await ledger.http.get(`/ledger/checkpoint?size=${checkpoint.size}`).expect(200);
    expect(openCheckpoint(again.text, key)).toEqual(checkpoint);
    const missing = await ledger.http.get('/ledger/checkpoint?size=999999').expect(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
  });

  it('an event proof (tlog-proof) verifies against the checkpoint it carries, for an event committed a moment ago', async () => {
    const { position } = await draft();
    const proof = await ledger.http.get(`/ledger/events/${position}/proof`).expect(200);
    const [event] = await ledger.store.readAll({ after: position - 1, limit: 1 });
    const { index, checkpoint } = verifyTlogProof(proof.text, eventLeafHash(event.metadata.hash), await verifier());
    expect(index).toBe(position - 1);
    expect(checkpoint.size).toBeGreaterThanOrEqual(position);
  });

  it('inclusion and consistency proofs verify against the roots of checkpoints at every size', async () => {
    const key = await verifier();
    const notes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { position } = await draft();
      notes.push((await ledger.http.get(`/ledger/events/${position}/proof`).expect(200)).text.split('\n\n').slice(1).join('\n\n'));
    }
    for (let a = 0; a < notes.length; a++) {
      for (let b = a; b < notes.length; b++) {
        const older = openCheckpoint(notes[a], key);
        const newer = openCheckpoint(notes[b], key);
        const { body } = await ledger.http.get(`/ledger/proofs/consistency?from=${older.size}&to=${newer.size}`).expect(200);
        expect(() => verifyCheckpointConsistency(notes[a], notes[b], body.hashes.map((h: string) => Buffer.from(h, 'base64')), key)).not.toThrow();
      }
    }
    const newest = openCheckpoint(notes[notes.length - 1], key);
    const events = await ledger.store.readAll({ after: 0, limit: newest.size });
    for (const event of events) {
      const { body } = await ledger.http.get(`/ledger/proofs/inclusion?index=${event.position - 1}&treeSize=${newest.size}`).expect(200);
      expect(body.rootHash).toBe(newest.root.toString('base64'));
      expect(() =>
        verifyInclusion(event.position - 1, newest.size, eventLeafHash(event.metadata.hash), body.hashes.map((h: string) => Buffer.from(h, 'base64')), newest.root),
      ).not.toThrow();
    }
  });

  it.each([
    ['/ledger/proofs/inclusion?index=5&treeSize=3', 'index'],
    ['/ledger/proofs/inclusion?treeSize=3', 'index'],
    ['/ledger/proofs/inclusion?index=0&treeSize=99999999', 'treeSize'],
    ['/ledger/proofs/inclusion?index=-1&treeSize=3', 'index'],
    ['/ledger/proofs/consistency?from=4&to=2', 'from'],
    ['/ledger/proofs/consistency?from=1&to=99999999', 'to'],
    ['/ledger/events/0/proof', 'position'],
    ['/ledger/events/abc/proof', 'position'],
    ['/ledger/events/99999999/proof', 'position'],
  ])('%s is a 400 naming %s', async (url, field) => {
    await draft();
    const { body } = await ledger.http.get(url).expect(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
