import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** An event as the API shows it: `/compacts/:id/history`, or a step of `/disputes/:id/replay` with its stream named. */
export interface ShownEvent {
  streamId: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: { hash: string; prevHash: string } & Record<string, unknown>;
}

/**
 * What a regulator would write to check a history they were given, with nothing of the
 * ledger's code: each hash is SHA-256 over the RFC 8785 text of {streamId, revision,
 * type, data, metadata without hash} (docs/architecture.md), and each prevHash is the hash before
 * it, zeros for the first. Returns each discrepancy found; none means verified.
 */
export function discrepancies(events: ShownEvent[]): string[] {
  const found: string[] = [];
  let previous = '0'.repeat(64);
  events.forEach(({ streamId, revision, type, data, metadata }, index) => {
    const { hash, ...hashed } = metadata;
    const text = canonicalize({ streamId, revision, type, data, metadata: hashed })!;
    const recomputed = createHash('sha256').update(text, 'utf8').digest('hex');
    if (revision !== index) found.push(`${streamId}@${index}: revision ${revision}`);
    if (recomputed !== hash) found.push(`${streamId}@${revision}: hash ${hash} is not ${recomputed}`);
    if (metadata.prevHash !== previous) found.push(`${streamId}@${revision}: prevHash ${metadata.prevHash} is not ${previous}`);
    previous = hash;
  });
  return found;
}
