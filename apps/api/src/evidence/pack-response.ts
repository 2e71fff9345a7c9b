import type { FastifyReply } from 'fastify';
import type { PreparedPack } from './evidence-packs';

/** What the OpenAPI document says of a pack download. */
export const PACK_RESPONSE = {
  description:
    'A zip, streamed: VERIFY.txt, verify.mjs (the dependency-free checker), checkpoint (the signed checkpoint it is anchored to, issued for it), events.jsonl (every event of its streams up to the checkpoint, full envelopes, RFC 8785), proofs/<position>.tlog-proof (each stream head in the checkpoint), evidence/sha256/<hash> (the disputes’ evidence files), report.html (made from the pack’s events) and manifest (signed with the log key). Check it with `node verify.mjs --key <verifier key>`. The export is recorded (EvidencePackExported on evidence-exports-<compactId>) before the first byte is sent',
  content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  headers: {
    'Content-Disposition': { description: 'attachment; the file name names the compact or dispute and the checkpoint', schema: { type: 'string' } },
    'Ledger-Checkpoint-Size': { description: 'The size of the checkpoint the pack is anchored to', schema: { type: 'integer' } },
    'Ledger-Export-Id': { description: 'The export, as recorded (and named in the manifest’s subject)', schema: { type: 'string' } },
  },
};

/** What the OpenAPI document says of an export refused because as many packs are being written as the ledger writes at once. */
export const PACKS_BUSY_RESPONSE = {
  status: 503,
  description:
    'As many packs are being written as the ledger writes at once (LEDGER_EVIDENCE_PACKS_AT_ONCE): problem details of type urn:compact-ledger:problem:evidence-packs-busy, with Retry-After; nothing was recorded',
};

export function sendPack(reply: FastifyReply, pack: PreparedPack) {
  return reply
    .header('content-type', 'application/zip')
    .header('content-disposition', `attachment; filename="${pack.filename}"`)
    .header('cache-control', 'no-store')
    .header('ledger-checkpoint-size', String(pack.checkpoint.size))
    .header('ledger-export-id', pack.exportId)
    .send(pack.body);
}
