import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The five seed papers, as text files in `libs/seed-papers/papers/`, kept byte for byte as
 * they were converted from the original documents (markdown-ish markup, tab-separated
 * tables, HTML table cells and all). Each is named by its number and a digest-like suffix.
 */
export const SEED_PAPERS = {
  '000': { file: '000_7551be2c5bba3e31.txt', sha256: 'cb3ca249e5cc11d837006ad8c1ed409b4420c2a31a8b846cfedf786ac7864eaf' },
  '001': { file: '001_ac0264a2b4768e35.txt', sha256: '60042e2e9288068c59a3c3e850fac8d5f8a88582df8eb30afebddead23b7496c' },
  '002': { file: '002_8f5c116d1fff3906.txt', sha256: 'e71bd8a50ff2eb3d926796103e7fac2b09297d923ce53e21d9f4523c80e6af5f' },
  '003': { file: '003_c9cc38f8263727dd.txt', sha256: '4ea707c42336fba64d3f75e667170a21a5c966b0e91e545c70a76f9236cf4ce8' },
  '004': { file: '004_c2e3430ec1d0807e.txt', sha256: '1f9535530b2ea22484d705af25df7828ab47d34cc81cf6a17dec1ae2b1d308de' },
} as const;

export type SeedPaperId = keyof typeof SEED_PAPERS;
export const SEED_PAPER_IDS = Object.keys(SEED_PAPERS) as SeedPaperId[];

export const SEED_PAPERS_DIRECTORY = join(__dirname, '..', 'papers');

export interface SeedPaperText {
  id: SeedPaperId;
  file: string;
  text: string;
}

/** Reads a seed paper from disk and refuses it if it is not the file it was copied as. */
export function readSeedPaper(id: SeedPaperId): SeedPaperText {
  const { file, sha256 } = SEED_PAPERS[id];
  const bytes = readFileSync(join(SEED_PAPERS_DIRECTORY, file));
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== sha256) throw new Error(`${file}: SHA-256 ${digest}, expected ${sha256}; the seed papers must stay byte for byte as copied`);
  return { id, file, text: bytes.toString('utf8') };
}
