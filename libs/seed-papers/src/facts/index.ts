import type { SeedPaperId } from '../papers';
import { shropshireFacts } from './000-shropshire';
import { southNottinghamshireFacts } from './001-south-nottinghamshire';
import { eastCentralCheshireFacts } from './002-east-central-cheshire';
import { southKentCoastFacts } from './003-south-kent-coast';
import { haringeyIslingtonFacts } from './004-haringey-islington';
import type { SeedCompactFacts } from './seed-facts';

const readers: Record<SeedPaperId, () => SeedCompactFacts> = {
  '000': shropshireFacts,
  '001': southNottinghamshireFacts,
  '002': eastCentralCheshireFacts,
  '003': southKentCoastFacts,
  '004': haringeyIslingtonFacts,
};

const read = new Map<SeedPaperId, SeedCompactFacts>();

/** What a seed paper says about its compact, read from the paper (once, then kept: treat it as read-only). */
export function seedFacts(id: SeedPaperId): SeedCompactFacts {
  let facts = read.get(id);
  if (!facts) {
    facts = readers[id]();
    read.set(id, facts);
  }
  return facts;
}
