import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERIFY_MJS_PATH } from '@compact-ledger/transparency';
import { signatureLine } from '../cosignature/cosignature';
import { generateWitnessKey } from '../cosignature/witness-key';
import { MemoryLog } from '../testing/memory-log';
import { nodePolicyCrypto } from './node-policy-crypto';
import { checkWitnessPolicy, parseWitnessPolicy, thresholdPolicy, WitnessPolicyError } from '@compact-ledger/witness-policy';

/**
 * Witness policies, in TypeScript (for the web verifier) and inside verify.mjs (which
 * must stand alone): the same cases through both, which must agree to the word.
 */
const nodeCrypto = nodePolicyCrypto;

const at = (iso: string) => () => new Date(iso);
const log = new MemoryLog().grow(9);
const text = log.checkpoint().slice(0, log.checkpoint().lastIndexOf('\n\n') + 1);
const trust = generateWitnessKey('nhs-trust.example/witness', at('2026-05-01T10:00:01Z'));
const council = generateWitnessKey('council.example/witness', at('2026-05-01T10:00:02Z'));
const icb = generateWitnessKey('icb.example/witness', at('2026-05-01T10:00:03Z'));
const stranger = generateWitnessKey('stranger.example/witness');
const cosign = (...signers: Array<typeof trust>) => log.checkpoint() + signers.map((s) => signatureLine(text, s)).join('');
/** One character of the signature changed, well inside it (the last before padding may carry only ignored bits). */
const tamper = (line: string) => {
  const at = line.lastIndexOf(' ') + 30;
  return `${line.slice(0, at)}${line[at] === 'A' ? 'B' : 'A'}${line.slice(at + 1)}`;
};

const partners = [
  `log ${log.key.verifierKey}`,
  `witness trust ${trust.verifierKey} http://trust.example:7380`,
  `witness council ${council.verifierKey}`,
  `witness icb ${icb.verifierKey}`,
  'group partners 2 trust council icb',
  'quorum partners',
].join('\n');

const cases: Array<{ what: string; policy: string; note: string }> = [
  { what: '2 of 3, all three cosigned', policy: partners, note: cosign(trust, council, icb) },
  { what: '2 of 3, two cosigned (and a stranger)', policy: partners, note: cosign(council, stranger, icb) },
  { what: '2 of 3, one cosigned', policy: partners, note: cosign(council) },
  { what: '2 of 3, none', policy: partners, note: log.checkpoint() },
  { what: '2 of 3, a tampered cosignature', policy: partners, note: log.checkpoint() + signatureLine(text, trust) + tamper(signatureLine(text, council)) },
  {
    what: '2 of 3, a cosignature of another checkpoint',
    policy: partners,
    note: log.checkpoint() + signatureLine(text, trust) + signatureLine(text.replace('\n9\n', '\n8\n'), icb),
  },
  { what: 'all of a group, one missing', policy: partners.replace('group partners 2', 'group partners all'), note: cosign(trust, icb) },
  {
    what: 'a group of groups',
    policy: partners.replace('group partners 2 trust council icb\nquorum partners', 'group nhs any trust icb\ngroup both all nhs council\nquorum both'),
    note: cosign(icb, council),
  },
  { what: 'quorum none', policy: `log ${log.key.verifierKey}\nquorum none`, note: log.checkpoint() },
];

const malformed: Array<[string, string]> = [
  ['no quorum', `witness trust ${trust.verifierKey}`],
  ['a label twice', `witness trust ${trust.verifierKey}\nwitness trust ${council.verifierKey}\nquorum trust`],
  ['an undefined member', `witness trust ${trust.verifierKey}\ngroup g 1 trust icb\nquorum g`],
  ['a threshold past its members', `witness trust ${trust.verifierKey}\ngroup g 2 trust\nquorum g`],
  ["a log's key as a witness's", `witness trust ${log.key.verifierKey}\nquorum trust`],
  ['an unknown statement', `witnesses trust ${trust.verifierKey}\nquorum none`],
];

function inVerifyMjs(input: { cases: typeof cases; malformed: typeof malformed }) {
  const script = `
    import { parseWitnessPolicy, checkWitnessPolicy } from ${JSON.stringify(pathToFileURL(VERIFY_MJS_PATH).href)};
    let input = '';
    process.stdin.on('data', (c) => (input += c)).on('end', () => {
      const { cases, malformed } = JSON.parse(input);
      const checked = cases.map(({ policy, note }) => {
        const { satisfied, reason, cosignatures, quorum } = checkWitnessPolicy(note, parseWitnessPolicy(policy));
        return { satisfied, reason, quorum, cosignatures: cosignatures.map(({ label, status, timestamp }) => ({ label, status, timestamp })) };
      });
      const refused = malformed.map(([, policy]) => { try { parseWitnessPolicy(policy); return 'accepted'; } catch (e) { return e.message; } });
      process.stdout.write(JSON.stringify({ checked, refused }));
    });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(input), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { checked: unknown[]; refused: string[] };
}

describe('witness policies', () => {
  let checked: Array<{
    satisfied: boolean;
    reason: string | null;
    quorum: string;
    cosignatures: Array<{ label: string; status: string; timestamp: number | null }>;
  }>;

  beforeAll(async () => {
    checked = await Promise.all(
      cases.map(async ({ policy, note }) => {
        const report = await checkWitnessPolicy(note, parseWitnessPolicy(policy), nodeCrypto);
        return {
          satisfied: report.satisfied,
          reason: report.reason,
          quorum: report.quorum,
          cosignatures: report.cosignatures.map((c) => ({ label: c.label, status: c.status, timestamp: 'timestamp' in c ? c.timestamp : null })),
        };
      }),
    );
  });

  it("decide each case as the rules say, naming the quorum and each witness, with each cosignature's time", () => {
    expect(checked.map((c) => c.satisfied)).toEqual([true, true, false, false, false, false, false, true, true]);
    expect(checked[1].cosignatures).toEqual([
      { label: 'trust', status: 'missing', timestamp: null },
      { label: 'council', status: 'valid', timestamp: Date.parse('2026-05-01T10:00:02Z') / 1000 },
      { label: 'icb', status: 'valid', timestamp: Date.parse('2026-05-01T10:00:03Z') / 1000 },
    ]);
    expect(checked[2].reason).toBe(
      "the checkpoint has 1 valid cosignature, short of the policy's quorum (partners: 2 of trust, council, icb): " +
        'trust (nhs-trust.example/witness): no cosignature; council (council.example/witness) cosigned at 2026-05-01T10:00:02Z; icb (icb.example/witness): no cosignature',
    );
    expect(checked[4].reason).toMatch(
      /^the checkpoint carries a cosignature that does not verify .*: council \(council\.example\/witness\): its cosignature stamped 2026-05-01T10:00:02Z does not verify$/,
    );
    expect(checked[5].reason).toContain('icb (icb.example/witness): its cosignature stamped 2026-05-01T10:00:03Z does not verify');
    expect(checked[6].quorum).toBe('partners: all of trust, council, icb');
    expect(checked[7].quorum).toBe('both: all of (nhs: 1 of trust, icb), council');
  });

  it('verify.mjs decides every case the same, in the same words', () => {
    const mjs = inVerifyMjs({ cases, malformed });
    expect(mjs.checked).toEqual(checked);
    const ts = malformed.map(([, policy]) => {
      try {
        parseWitnessPolicy(policy);
        return 'accepted';
      } catch (error) {
        expect(error).toBeInstanceOf(WitnessPolicyError);
        return (error as Error).message;
      }
    });
    // verify.mjs also checks each key's id against its key when it reads the policy; the TypeScript when it checks a note.
    expect(mjs.refused).toEqual(ts);
    expect(ts.every((message) => message !== 'accepted')).toBe(true);
  });

  it('thresholdPolicy is "n of these witnesses", as verify.mjs --witness ... --quorum n builds it', async () => {
    const policy = thresholdPolicy([trust.verifierKey, council.verifierKey, icb.verifierKey], 2);
    expect((await checkWitnessPolicy(cosign(trust, icb), policy, nodeCrypto)).satisfied).toBe(true);
    expect((await checkWitnessPolicy(cosign(icb), policy, nodeCrypto)).reason).toMatch(
      /^the checkpoint has 1 valid cosignature, short of the policy's quorum \(witnesses: 2 of w1, w2, w3\)/,
    );
  });

  it('refuses a witness key whose key id was mistyped, when it checks a note', async () => {
    const mistyped = parseWitnessPolicy(`witness trust ${trust.verifierKey.replace(/\+([0-9a-f]{8})\+/, '+00000000+')}\nquorum trust`);
    await expect(checkWitnessPolicy(cosign(trust), mistyped, nodeCrypto)).rejects.toThrow(/has the key id 00000000, but its key's is/);
  });
});

describe('verify.mjs, given a policy it cannot use', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [VERIFY_MJS_PATH, ...args, '/nonexistent-pack'], { encoding: 'utf8' });
  const other = new MemoryLog();

  it.each([
    [
      'more in --quorum than --witness keys',
      ['--key', log.key.verifierKey, '--witness', trust.verifierKey, '--quorum', '2'],
      /--quorum 2 is more than the 1 witnesses given/,
    ],
    ['--quorum with no --witness', ['--key', log.key.verifierKey, '--quorum', '1'], /--quorum counts the --witness keys given/],
    ['a policy and --witness both', ['--policy', '/x', '--witness', trust.verifierKey], /not both/],
    ['a policy file that is not there', ['--key', log.key.verifierKey, '--policy', '/nonexistent-policy'], /there is no policy file \/nonexistent-policy/],
    ["a log's key as a --witness", ['--key', log.key.verifierKey, '--witness', log.key.verifierKey], /has key type 0x01, not 0x04/],
  ])('says it is unusable (exit 2): %s', (_what, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("takes the log's key from the policy, and refuses a policy whose log key is not --key", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-')), 'p');
    writeFileSync(file, `log ${log.key.verifierKey}\nquorum none\n`);
    expect(run('--policy', file).stderr).toMatch(/there is no file or folder \/nonexistent-pack/);
    const mismatch = run('--key', other.key.verifierKey, '--policy', file);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toMatch(/the policy's log key \(ledger\.example\/compacts\+[0-9a-f]{8}\) is not the --key given/);
  });
});
