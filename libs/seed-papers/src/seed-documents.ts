import { readSeedPaper, SEED_PAPER_IDS, type SeedPaperId } from './papers';
import type { SeedDocument } from './structure/document';
import { LAYOUTS } from './structure/layouts';
import { parseSeedPaper } from './structure/parse-paper';

const parsed = new Map<SeedPaperId, SeedDocument>();

/** A seed paper read from its file and parsed by its layout (parsed once, then kept). */
export function seedDocument(id: SeedPaperId): SeedDocument {
  let document = parsed.get(id);
  if (!document) {
    const { file, text } = readSeedPaper(id);
    document = parseSeedPaper(file, text, LAYOUTS[id]);
    parsed.set(id, document);
  }
  return document;
}

export const seedDocuments = (): SeedDocument[] => SEED_PAPER_IDS.map(seedDocument);
