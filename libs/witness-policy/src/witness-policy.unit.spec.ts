import type { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWitnessPolicy, parseWitnessPolicy, type PolicyCrypto, thresholdPolicy, WitnessPolicyError } from './index';

/*
 * The policy rules on WebCrypto, as the web verifier runs them: SHA-256 and Ed25519 from
 * crypto.subtle, witness keys made here, cosignatures signed here as c2sp.org/tlog-cosignature
 * says (independently of libs/witness's signer), and a public witness's real cosignature.
 * libs/witness/src/policy/witness-policy.int.spec.ts holds these rules and verify.mjs to
 * the same answers.
 */
const subtle = globalThis.crypto.subtle;
const encoder = new TextEncoder();
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

const webCrypto: PolicyCrypto = {
  sha256: async (data) => new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)),
  verifyEd25519: async (publicKey, message, signature) =>
    subtle.verify(
      'Ed25519',
      await subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, 'Ed25519', false, ['verify']),
      signature as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>,
    ),
};

interface TestWitness {
  name: string;
  verifierKey: string;
  cosign(text: string, timestamp: number): Promise<string>;
}

async function makeWitness(name: string): Promise<TestWitness> {
  const pair = (await subtle.generateKey('Ed25519', false, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const keyId = new Uint8Array(await subtle.digest('SHA-256', Buffer.concat([encoder.encode(`${name}\n`), Uint8Array.of(0x04), publicKey]))).subarray(0, 4);
  return {
    name,
    verifierKey: `${name}+${Buffer.from(keyId).toString('hex')}+${b64(Buffer.concat([Uint8Array.of(0x04), publicKey]))}`,
    async cosign(text, timestamp) {
      const stamp = Buffer.alloc(8);
      stamp.writeBigUInt64BE(BigInt(timestamp));
      const signature = new Uint8Array(await subtle.sign('Ed25519', pair.privateKey, encoder.encode(`cosignature/v1\ntime ${timestamp}\n${text}`)));
      return `\u2014 ${name} ${b64(Buffer.concat([keyId, stamp, signature]))}\n`;
    },
  };
}

/** A checkpoint of a log: its text, and a log signature line (the rules leave the log's own signature to the caller). */
const text = 'ledger.example/compacts\n9\nGN1GkKTBsLIs0TjnMMl0fTKhs7bODfCnYuq5ALPtgQI=\n';
const note = `${text}\n\u2014 ledger.example/compacts ${b64(new Uint8Array(68).fill(7))}\n`;
const at = (iso: string) => Date.parse(iso) / 1000;

describe('witness policies, on WebCrypto', () => {
  let trust: TestWitness;
  let council: TestWitness;
  let icb: TestWitness;
  let partners: string;
  beforeAll(async () => {
    [trust, council, icb] = await Promise.all(['nhs-trust.example/witness', 'council.example/witness', 'icb.example/witness'].map(makeWitness));
    partners = [
      `witness trust ${trust.verifierKey} https://trust.example/witness`,
      `witness council ${council.verifierKey}`,
      `witness icb ${icb.verifierKey}`,
      'group partners 2 trust council icb',
      'quorum partners',
    ].join('\n');
  });

  it('is satisfied by two of three, each cosignature with its time, and the one missing said so', async () => {
    const cosigned = note + (await trust.cosign(text, at('2026-05-01T10:00:01Z'))) + (await icb.cosign(text, at('2026-05-01T10:00:03Z')));
    const report = await checkWitnessPolicy(cosigned, parseWitnessPolicy(partners), webCrypto);
    expect(report).toEqual({
      satisfied: true,
      reason: null,
      quorum: 'partners: 2 of trust, council, icb',
      cosignatures: [
        { label: 'trust', name: 'nhs-trust.example/witness', status: 'valid', timestamp: at('2026-05-01T10:00:01Z') },
        { label: 'council', name: 'council.example/witness', status: 'missing' },
        { label: 'icb', name: 'icb.example/witness', status: 'valid', timestamp: at('2026-05-01T10:00:03Z') },
      ],
    });
  });

  it("is not satisfied by one of three, naming the quorum and each witness's finding", async () => {
    const cosigned = note + (await council.cosign(text, at('2026-05-01T10:00:02Z')));
    const report = await checkWitnessPolicy(cosigned, parseWitnessPolicy(partners), webCrypto);
    expect(report.satisfied).toBe(false);
    expect(report.reason).toBe(
      "the checkpoint has 1 valid cosignature, short of the policy's quorum (partners: 2 of trust, council, icb): " +
        'trust (nhs-trust.example/witness): no cosignature; council (council.example/witness) cosigned at 2026-05-01T10:00:02Z; icb (icb.example/witness): no cosignature',
    );
  });

  it('fails on a cosignature of another checkpoint, even with the quorum otherwise met', async () => {
    const other = text.replace('\n9\n', '\n8\n');
    const cosigned =
      note +
      (await trust.cosign(text, at('2026-05-01T10:00:01Z'))) +
      (await council.cosign(text, at('2026-05-01T10:00:02Z'))) +
      (await icb.cosign(other, at('2026-05-01T10:00:03Z')));
    const report = await checkWitnessPolicy(cosigned, parseWitnessPolicy(partners), webCrypto);
    expect(report.satisfied).toBe(false);
    expect(report.reason).toBe(
      'the checkpoint carries a cosignature that does not verify (altered after it was cosigned, or forged): ' +
        'icb (icb.example/witness): its cosignature stamped 2026-05-01T10:00:03Z does not verify',
    );
  });

  it('evaluates groups of groups, and "quorum none"', async () => {
    const policy = partners.replace('group partners 2 trust council icb\nquorum partners', 'group nhs any trust icb\ngroup both all nhs council\nquorum both');
    const cosigned = note + (await icb.cosign(text, 1)) + (await council.cosign(text, 2));
    expect(await checkWitnessPolicy(cosigned, parseWitnessPolicy(policy), webCrypto)).toMatchObject({
      satisfied: true,
      quorum: 'both: all of (nhs: 1 of trust, icb), council',
    });
    expect((await checkWitnessPolicy(note + (await icb.cosign(text, 1)), parseWitnessPolicy(policy), webCrypto)).satisfied).toBe(false);
    expect(await checkWitnessPolicy(note, parseWitnessPolicy('quorum none'), webCrypto)).toMatchObject({
      satisfied: true,
      quorum: 'none (no witness required)',
    });
  });

  it('builds "n of these keys" as verify.mjs --witness ... --quorum n does', async () => {
    const policy = thresholdPolicy([trust.verifierKey, council.verifierKey, icb.verifierKey], 2);
    expect((await checkWitnessPolicy(note + (await icb.cosign(text, 5)), policy, webCrypto)).reason).toMatch(
      /^the checkpoint has 1 valid cosignature, short of the policy's quorum \(witnesses: 2 of w1, w2, w3\)/,
    );
  });

  it('refuses a malformed policy naming the line, and a witness key whose key id was mistyped when it checks a note', async () => {
    expect(() => parseWitnessPolicy(`witness trust ${trust.verifierKey}\ngroup g 2 trust\nquorum g`)).toThrow(
      new WitnessPolicyError('policy line 2: the threshold 2 is not any, all, or 1 to 1'),
    );
    expect(() => parseWitnessPolicy(`witness trust ${trust.verifierKey}`)).toThrow('the policy has no quorum line');
    const mistyped = parseWitnessPolicy(`witness trust ${trust.verifierKey.replace(/\+[0-9a-f]{8}\+/, '+00000000+')}\nquorum trust`);
    await expect(checkWitnessPolicy(note, mistyped, webCrypto)).rejects.toThrow(
      /^the key of trust \(nhs-trust\.example\/witness\) has the key id 00000000, but its key's is [0-9a-f]{8}: it was mistyped$/,
    );
  });

  it("takes a public witness's real cosignature on a Certificate Transparency log's checkpoint (a vector made elsewhere)", async () => {
    // libs/witness/src/testdata/SOURCE.md says where this checkpoint and key come from.
    const { realCheckpoint } = JSON.parse(readFileSync(join(__dirname, '../../witness/src/testdata/cosignature-vectors.json'), 'utf8'));
    const policy = parseWitnessPolicy(
      `log ${realCheckpoint.logKey}\nwitness remora ${realCheckpoint.witnessKey}\nwitness ours ${trust.verifierKey}\ngroup any-one any remora ours\nquorum any-one`,
    );
    const report = await checkWitnessPolicy(realCheckpoint.note, policy, webCrypto);
    expect(report.satisfied).toBe(true);
    expect(report.cosignatures[0]).toEqual({ label: 'remora', name: 'remora.n621.de', status: 'valid', timestamp: realCheckpoint.witnessTimestamp });
    const altered = realCheckpoint.note.replace('1432088532', '1432088533');
    expect((await checkWitnessPolicy(altered, policy, webCrypto)).reason).toMatch(/remora \(remora\.n621\.de\): its cosignature stamped \S+Z does not verify$/);
  });
});
