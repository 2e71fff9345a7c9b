import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLogKey } from '@compact-ledger/transparency';
// The library's pack fixture and the web app's verifier, side by side, as in verify-pack-parity.int.spec.ts.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { buildPack, runVerifier } from '../../libs/transparency/src/pack/testing/pack-fixture';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { verifyPack } from '../../apps/web/src/evidence/verify-pack';
import { cosignPack, type PackWitness, packWitnesses, partnersPolicy } from '../support/cosigned-pack';

/*
 * The web verifier given a witness policy (apps/web/src/evidence/verify-pack.ts, run here
 * on Node's WebCrypto as the browser's worker runs it), against verify.mjs --policy on
 * the same packs: a real pack whose checkpoint three partners' witnesses (their own keys
 * and state) were asked to cosign. 2 of 3 cosigned: valid, each cosignature with its time;
 * 1 of 3: invalid, in verify.mjs's words.
 */
describe('the web verifier with a witness policy, beside verify.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-policy-'));
  const key = generateLogKey('policy.example/ledger');
  const partners = packWitnesses(key.verifierKey, [
    { label: 'trust', name: 'witness.nhs-trust.example', time: '2026-05-01T10:00:01Z' },
    { label: 'council', name: 'witness.council.example', time: '2026-05-01T10:00:02Z' },
    { label: 'icb', name: 'witness.icb.example', time: '2026-05-01T10:00:03Z' },
  ]);
  const [trust, council, icb] = partners.witnesses;
  const policy = partnersPolicy(key.verifierKey, partners.witnesses, 2);
  const policyFile = join(dir, 'partners.policy');
  let plain: string;
  const packs = {} as Record<'twoOfThree' | 'oneOfThree', string>;

  beforeAll(async () => {
    const built = await buildPack(dir, key);
    built.log.close();
    await built.store.close();
    plain = built.file;
    writeFileSync(policyFile, policy);
    packs.twoOfThree = join(dir, 'two-of-three.zip');
    packs.oneOfThree = join(dir, 'one-of-three.zip');
    // Each witness is asked once (a witness cosigns a log's first checkpoint from old size 0 once).
    await cosignPack(plain, [trust, icb], packs.twoOfThree);
    await cosignPack(plain, [council], packs.oneOfThree);
  });
  afterAll(() => {
    partners.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const web = async (file: string, options: { key?: string; policy?: string } = {}) => {
    try {
      return {
        status: 0,
        verdict: await verifyPack(new Blob([readFileSync(file)]), options.key ?? key.verifierKey, { policy: options.policy ?? policy }),
        text: '',
      };
    } catch (error) {
      return { status: (error as Error).constructor.name === 'Invalid' ? 1 : 2, verdict: null, text: (error as Error).message };
    }
  };
  const said = (w: PackWitness, time: string | null) => `${w.label} (${w.name})${time ? ` cosigned at ${time}` : ': no cosignature'}`;

  it('2 of 3 cosigned: valid to both, each cosignature named with its time, the missing one said so', async () => {
    const result = await web(packs.twoOfThree);
    expect(result.text).toBe('');
    expect(result.verdict!.witnessed).toEqual({
      quorum: 'partners: 2 of trust, council, icb',
      cosignatures: [
        { label: 'trust', name: trust.name, status: 'valid', timestamp: Date.parse('2026-05-01T10:00:01Z') / 1000 },
        { label: 'council', name: council.name, status: 'missing' },
        { label: 'icb', name: icb.name, status: 'valid', timestamp: Date.parse('2026-05-01T10:00:03Z') / 1000 },
      ],
    });
    const mjs = runVerifier(['--policy', policyFile, packs.twoOfThree]);
    expect(mjs.status).toBe(0);
    expect(mjs.stdout).toContain(
      [
        '  witnessed as the policy requires (quorum partners: 2 of trust, council, icb):',
        `    ${said(trust, '2026-05-01T10:00:01Z')}`,
        `    ${said(council, null)}`,
        `    ${said(icb, '2026-05-01T10:00:03Z')}`,
      ].join('\n'),
    );
    expect(mjs.stdout).toContain(`${result.verdict!.events} events in ${result.verdict!.streams} streams`);
  });

  it('1 of 3 cosigned: invalid to both, the quorum and each witness named in the same words', async () => {
    const result = await web(packs.oneOfThree);
    const mjs = runVerifier(['--policy', policyFile, packs.oneOfThree]);
    expect(mjs.status).toBe(1);
    expect(result).toEqual({ status: 1, verdict: null, text: mjs.stdout.replace(/^INVALID: /, '').trim() });
    expect(result.text).toBe(
      `the checkpoint has 1 valid cosignature, short of the policy's quorum (partners: 2 of trust, council, icb): ${said(trust, null)}; ${said(council, '2026-05-01T10:00:02Z')}; ${said(icb, null)}`,
    );
  });

  it('the pack as the ledger wrote it, with no cosignature: valid by the key alone, invalid under the policy', async () => {
    expect((await web(plain, { policy: '' })).verdict).toMatchObject({ witnessed: null });
    expect(await web(plain)).toMatchObject({
      status: 1,
      text: expect.stringMatching(/^the checkpoint has 0 valid cosignatures, short of the policy's quorum/),
    });
  });

  it("takes the log's key from the policy when none is given, and refuses a policy for another log's key", async () => {
    expect((await web(packs.twoOfThree, { key: '' })).status).toBe(0);
    const other = generateLogKey('policy.example/ledger').verifierKey;
    expect(await web(packs.twoOfThree, { key: other })).toMatchObject({
      status: 2,
      text: expect.stringMatching(
        /^the policy's log key \(policy\.example\/ledger\+[0-9a-f]{8}\) is not the verifier key given \(policy\.example\/ledger\+[0-9a-f]{8}\)$/,
      ),
    });
  });

  it('refuses a malformed policy as unusable, naming the line as verify.mjs does', async () => {
    const broken = policy.replace('group partners 2', 'group partners 4');
    writeFileSync(join(dir, 'broken.policy'), broken);
    const mjs = runVerifier(['--policy', join(dir, 'broken.policy'), packs.twoOfThree]);
    expect(mjs.status).toBe(2);
    expect(await web(packs.twoOfThree, { policy: broken })).toEqual({ status: 2, verdict: null, text: mjs.stderr.replace(/^UNUSABLE: /, '').trim() });
  });

  it('says so, rather than pass, where WebCrypto has no Ed25519, or where the page has no WebCrypto at all', async () => {
    const importKey = jest.spyOn(crypto.subtle, 'importKey').mockRejectedValue(new DOMException('Unrecognized algorithm name', 'NotSupportedError'));
    try {
      expect(await web(packs.twoOfThree)).toMatchObject({
        status: 2,
        text: expect.stringMatching(/^this browser's WebCrypto has no Ed25519, so the signatures cannot be checked here/),
      });
    } finally {
      importKey.mockRestore();
    }
    // A page served over plain HTTP from another host than localhost: browsers leave crypto.subtle out.
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
    try {
      expect(await web(packs.twoOfThree)).toMatchObject({
        status: 2,
        text: expect.stringMatching(/^this page has no WebCrypto \(browsers give it only to pages served over HTTPS or from localhost\)/),
      });
    } finally {
      Object.defineProperty(globalThis, 'crypto', descriptor);
    }
    expect((await web(packs.twoOfThree)).status).toBe(0);
  });
});
