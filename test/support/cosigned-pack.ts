import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { formatAddCheckpoint, generateWitnessKey, parseFollowedLogs, Witness, WitnessStateStore } from '@compact-ledger/witness';
import { unzipTo } from './zip-files';

/**
 * Partners' witnesses (the witness library's own `Witness`, each with its Ed25519 key and
 * its state in a SQLite file of its own) that cosign an evidence pack's checkpoint, and
 * the pack again with those cosignatures on its checkpoint.
 *
 * A pack holds the signed note of the checkpoint it is anchored to, in `checkpoint` and
 * at the end of every `proofs/*.tlog-proof`; a cosigned checkpoint is the same note with
 * the witnesses' signature lines after the log's, and the manifest names the checkpoint
 * by size and root only. So a pack whose note was cosigned differs from the ledger's in
 * those lines alone, which is what `cosignPack` writes.
 */
export interface PackWitness {
  label: string;
  name: string;
  verifierKey: string;
  /** Asks the witness to cosign the note (its first checkpoint of the log: old size 0); answers the cosignature line. */
  cosign(note: string): Promise<string>;
}

export function packWitnesses(
  logVerifierKey: string,
  witnesses: Array<{ label: string; name: string; time: string }>,
): { witnesses: PackWitness[]; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pack-witnesses-'));
  const logs = parseFollowedLogs([{ text: logVerifierKey, where: 'the test' }]);
  const stores: WitnessStateStore[] = [];
  const made = witnesses.map(({ label, name, time }, i) => {
    const signer = generateWitnessKey(name, () => new Date(time));
    const store = new WitnessStateStore(join(dir, `witness-${i}.db`));
    stores.push(store);
    const witness = new Witness({ signer, logs, store });
    return {
      label,
      name,
      verifierKey: signer.verifierKey,
      async cosign(note: string) {
        const answer = await witness.addCheckpoint(formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint: note }));
        if (answer.status !== 200) throw new Error(`witness ${name} answered ${answer.status}: ${answer.body}`);
        return answer.body;
      },
    };
  });
  return {
    witnesses: made,
    close() {
      for (const store of stores) store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A policy in filippo.io/torchwood's text: the log's key, the witnesses, and "threshold of them". */
export function partnersPolicy(logVerifierKey: string, witnesses: PackWitness[], threshold: number): string {
  return [
    `log ${logVerifierKey}`,
    ...witnesses.map((w) => `witness ${w.label} ${w.verifierKey}`),
    `group partners ${threshold} ${witnesses.map((w) => w.label).join(' ')}`,
    'quorum partners',
    '',
  ].join('\n');
}

/** Writes `out`: the pack `pack` with `cosigners`' cosignatures on its checkpoint, wherever the pack holds that note. */
export async function cosignPack(pack: string, cosigners: PackWitness[], out: string): Promise<void> {
  const folder = await unzipTo(pack, mkdtempSync(join(tmpdir(), 'cosigned-pack-')));
  try {
    const note = readFileSync(join(folder, 'checkpoint'), 'utf8');
    let cosigned = note;
    for (const witness of cosigners) cosigned += await witness.cosign(note);
    const walk = (at: string): string[] =>
      readdirSync(at, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(at, e.name)) : [join(at, e.name)]));
    const names = walk(folder).map((file) => relative(folder, file));
    for (const name of names) {
      const file = join(folder, name);
      if (name === 'checkpoint') writeFileSync(file, cosigned);
      else if (name.startsWith('proofs/')) {
        const proof = readFileSync(file, 'utf8');
        if (!proof.endsWith(`\n\n${note}`)) throw new Error(`${name} is not anchored to the pack's checkpoint`);
        writeFileSync(file, proof.slice(0, proof.length - note.length) + cosigned);
      }
    }
    const zip = new ZipFile();
    for (const name of names) zip.addBuffer(readFileSync(join(folder, name)), name);
    zip.end();
    await pipeline(zip.outputStream as unknown as Readable, createWriteStream(out));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
