// verify-history.mjs: checks a compact's history or a dispute's replay as the API gave it,
// with nothing of the ledger's code. The verifier key comes from a channel you trust.
//   curl -s -D headers.txt -H "authorization: Bearer $TOKEN" localhost:3000/compacts/<id>/history > history.json
//   node verify-history.mjs --key '<verifier key>' history.json headers.txt
//   node verify-history.mjs --key '<verifier key>' replay.json      (a replay carries its checkpoint in its body)
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';

const [, , flag, keyText, bodyFile, headersFile] = process.argv;
if (flag !== '--key' || !keyText || !bodyFile) throw new Error('usage: node verify-history.mjs --key <verifier key> <body.json> [<headers.txt>]');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest();
let broken = 0;
const fail = (message) => (console.log(`BROKEN: ${message}`), (broken = 2));

// 1. Each event's hash (RFC 8785 text of {streamId, revision, type, data, metadata without hash}) and its link to the one before.
const shown = JSON.parse(readFileSync(bodyFile, 'utf8'));
// A compact's /history is a list of events; a dispute's /replay names its stream once.
const events = Array.isArray(shown) ? shown : shown.steps.map((step) => ({ streamId: shown.streamId, ...step }));
let previous = '0'.repeat(64);
events.forEach(({ streamId, revision, type, data, metadata }, index) => {
  const { hash, ...hashed } = metadata;
  const text = canonicalize({ streamId, revision, type, data, metadata: hashed });
  // The whole stream: revisions 0, 1, 2, ... each chained to the one before.
  const ok = revision === index && sha256(text).toString('hex') === hash && metadata.prevHash === previous;
  console.log(`${streamId} revision ${revision} ${type}: ${ok ? 'verified' : 'BROKEN'}`);
  if (!ok) broken = 2;
  previous = hash;
});

// 2. The checkpoint the read is consistent with: the stream's head, signed with the log key, and proven in the checkpoint.
const [name, keyId] = keyText.split('+', 2);
const keyB64 = keyText.slice(name.length + keyId.length + 2); // base64 may hold + itself
const publicKey = Buffer.from(keyB64, 'base64').subarray(1);
if (sha256(Buffer.concat([Buffer.from(`${name}\n\x01`), publicKey])).subarray(0, 4).toString('hex') !== keyId) throw new Error('the key is mistyped');
const ed25519 = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]), format: 'der', type: 'spki' });
/** A C2SP signed note's text, if signed by the key (a line "— <name> base64(key id || signature)"). */
function signedText(note, what) {
  const split = note.lastIndexOf('\n\n');
  const text = note.slice(0, split + 1);
  const signed = note.slice(split + 2).split('\n').some((line) => {
    const bytes = Buffer.from(line.slice(`\u2014 ${name} `.length), 'base64');
    return line.startsWith(`\u2014 ${name} `) && bytes.subarray(0, 4).toString('hex') === keyId && verify(null, Buffer.from(text), ed25519, bytes.subarray(4));
  });
  if (!signed) fail(`the ${what} is not signed by ${name}+${keyId}`);
  return text.split('\n').slice(0, -1);
}
const fromHeaders = headersFile && Object.fromEntries(readFileSync(headersFile, 'utf8').split(/\r?\n/).map((line) => line.split(/: (.*)/s)).filter((p) => p.length > 1).map(([k, v]) => [k.toLowerCase(), Buffer.from(v, 'base64').toString()]));
const evidence = Array.isArray(shown) ? fromHeaders && { streamHead: fromHeaders['ledger-stream-head'], headProof: fromHeaders['ledger-head-proof'] } : shown.checkpoint;
if (!evidence?.streamHead || !evidence?.headProof) {
  fail('no checkpoint came with the read: nothing says the stream does not go on past what was shown');
} else {
  const [, , checkpointLine, streamLine] = signedText(evidence.streamHead, 'stream head');
  const [, size, root] = checkpointLine.split(' ');
  const [, streamId, count, headRevision, headPosition, headHash] = streamLine.split(' ');
  // The tlog-proof: "c2sp.org/tlog-proof@v1", "index N", the proof's hashes, a blank line, the checkpoint.
  const blank = evidence.headProof.indexOf('\n\n');
  const [, indexLine, ...proof] = evidence.headProof.slice(0, blank).split('\n');
  const [origin, checkpointSize, checkpointRoot] = signedText(evidence.headProof.slice(blank + 2), 'checkpoint');
  if (origin !== name || checkpointSize !== size || checkpointRoot !== root) fail('the head proof is anchored to another checkpoint than the stream head names');
  // RFC 9162 2.1.3.2: the root the inclusion proof leads to from the head's leaf, SHA-256(0x00 || hash).
  let [fn, sn] = [Number(indexLine.slice(6)), Number(size) - 1];
  let r = sha256(Buffer.concat([Buffer.of(0), Buffer.from(headHash, 'hex')]));
  for (const p of proof.map((line) => Buffer.from(line, 'base64'))) {
    if (fn % 2 === 1 || fn === sn) {
      r = sha256(Buffer.concat([Buffer.of(1), p, r]));
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >> 1, sn >> 1];
    } else r = sha256(Buffer.concat([Buffer.of(1), r, p]));
    [fn, sn] = [fn >> 1, sn >> 1];
  }
  if (fn !== 0 || sn !== 0 || r.toString('base64') !== root || Number(indexLine.slice(6)) !== Number(headPosition) - 1) fail('the stream head is not in the checkpoint');
  const last = events[events.length - 1];
  if (streamId !== last.streamId) fail(`the stream head is of ${streamId}, not ${last.streamId}`);
  else if (last.metadata.hash !== headHash || events.length !== Number(count)) {
    fail(`the read holds ${events.length} events up to revision ${last.revision}; at checkpoint ${size} the stream has ${count} up to revision ${headRevision}: it was cut short (or read as of an earlier date)`);
  } else if (!broken) console.log(`complete: the stream's head (revision ${headRevision}) is proven in checkpoint ${size} of ${name}, signed by its key`);
}
process.exitCode = broken;
