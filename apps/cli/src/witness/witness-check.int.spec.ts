import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLogKey, hashLeaf, MemoryNodeReader, signCheckpoint, treeRoot } from '@compact-ledger/transparency';
import { generateWitnessKey, signatureLine } from '@compact-ledger/witness';

const bin = join(__dirname, '..', '..', '..', '..', 'bin', 'compact-ledger.js');

describe('npx compact-ledger witness check', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'witness-check-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const key = generateLogKey('ledger.example/compacts');
  const leaves = Array.from({ length: 4 }, (_, i) => hashLeaf(Buffer.from([i])));
  const checkpoint = signCheckpoint({ origin: key.name, size: 4, root: treeRoot(4, new MemoryNodeReader(leaves)) }, key.signer);
  const text = checkpoint.slice(0, checkpoint.lastIndexOf('\n\n') + 1);
  const at = (iso: string) => () => new Date(iso);
  const [trust, council, icb] = ['nhs-trust', 'council', 'icb'].map((n, i) => generateWitnessKey(`${n}.example/witness`, at(`2026-05-01T10:00:0${i}Z`)));
  const policy = () => {
    const file = join(dir, 'partners.policy');
    writeFileSync(
      file,
      [
        `log ${key.verifierKey}`,
        `witness trust ${trust.verifierKey}`,
        `witness council ${council.verifierKey}`,
        `witness icb ${icb.verifierKey}`,
        'group partners 2 trust council icb',
        'quorum partners',
        '',
      ].join('\n'),
    );
    return file;
  };
  const check = (args: string[], input?: string) => spawnSync(process.execPath, [bin, 'witness', 'check', ...args], { encoding: 'utf8', input });

  it('says a checkpoint cosigned by two of three satisfies a 2-of-3 policy, each cosignature with its time, read from standard input', () => {
    const result = check(['--policy', policy()], checkpoint + signatureLine(text, trust) + signatureLine(text, icb));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'SATISFIED: ledger.example/compacts, the checkpoint of 4 events (root ' +
        `${treeRoot(4, new MemoryNodeReader(leaves)).toString('base64')}), signed by the log, cosigned as the policy requires (quorum partners: 2 of trust, council, icb):\n` +
        '  trust (nhs-trust.example/witness) cosigned at 2026-05-01T10:00:00Z\n' +
        '  council (council.example/witness): no cosignature\n' +
        '  icb (icb.example/witness) cosigned at 2026-05-01T10:00:02Z\n',
    );
  });

  it('says one cosignature is short of it, naming each witness, and exits 1', () => {
    const file = join(dir, 'checkpoint');
    writeFileSync(file, checkpoint + signatureLine(text, council));
    const result = check([file, '--policy', policy()]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^NOT SATISFIED: .*; the checkpoint has 1 valid cosignature, short of the policy's quorum \(partners: 2 of trust, council, icb\): trust .*: no cosignature; council .* cosigned at 2026-05-01T10:00:01Z; icb .*: no cosignature\n$/,
    );
  });

  it("refuses a checkpoint not signed by the policy's log, and a policy it cannot read (exit 2)", () => {
    const other = generateLogKey('ledger.example/compacts');
    const forged = signCheckpoint({ origin: key.name, size: 4, root: Buffer.alloc(32) }, other.signer);
    const refused = check(['--policy', policy()], forged + signatureLine(forged.slice(0, forged.lastIndexOf('\n\n') + 1), trust));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/^NOT SATISFIED: the checkpoint's signature: the note is not signed by ledger\.example\/compacts/);
    const missing = check(['--policy', join(dir, 'none')], checkpoint);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^UNUSABLE: ENOENT/);
  });
});
