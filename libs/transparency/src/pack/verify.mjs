#!/usr/bin/env node
// verify.mjs: checks a compact-ledger evidence pack without trusting the ledger.
//
//   node verify.mjs --key <verifier key> [<pack.zip or its unpacked folder>]
//   node verify.mjs --key <verifier key> --policy <witness policy file> [<pack>]
//   node verify.mjs --key <verifier key> --witness <witness key> --witness <witness key> ... --quorum <n> [<pack>]
//
// With no pack named, it checks the folder it stands in. The verifier key is the
// ledger's log key in signed-note form (<name>+<key id>+<key>), obtained from the
// ledger's operator by a channel of your own: never from inside the pack.
//
// Exit status: 0 the pack is valid, 1 it is not (the first failure is named),
// 2 the input cannot be used (no such file, not a pack, a malformed key).
//
// One file, Node.js 20 or later, no dependencies: read it before you trust it.
// What it checks, in order:
//   1. the checkpoint (C2SP tlog-checkpoint) is this log's and signed by the key given, and,
//      with a witness policy, cosigned by enough of its witnesses (each cosignature's time shown);
//   2. the manifest is signed by the same key and names that checkpoint;
//   3. every event in events.jsonl: its SHA-256 over the RFC 8785 form of
//      {data, metadata without hash, revision, streamId, type} is its recorded hash;
//      each stream's revisions run 0, 1, 2, ... and each event names the one before
//      it (prevHash); positions only increase (and, for a pack of the whole log, run
//      1, 2, 3, ... and the events make the checkpoint's Merkle root);
//   4. each stream's head (or every event) is proven in the checkpoint's RFC 6962
//      tree by a C2SP tlog-proof under proofs/;
//   5. the streams, heads and counts are those the manifest lists;
//   6. every evidence file hashes to its name, and report.html to the manifest's digest.

import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import * as crypto from 'node:crypto';
import { closeSync, createReadStream, openSync, promises as fs, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';

const MANIFEST_HEADER = 'compact-ledger evidence pack v1';
const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';
const GENESIS = '0'.repeat(64);

/** The pack is not what it claims: exit 1. */
export class Invalid extends Error {}
/** The input cannot be checked at all: exit 2. */
export class Unusable extends Error {}

// ---------------------------------------------------------------- RFC 8785 (JCS)

/**
 * RFC 8785 canonical JSON of a value parsed by JSON.parse: object members sorted
 * by their names' UTF-16 code units, no whitespace, strings and numbers as
 * ECMAScript's JSON.stringify writes them (which is what RFC 8785 prescribes).
 */
export function canonicalize(value) {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('RFC 8785 has no form for NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  if (typeof value === 'object') {
    const names = Object.keys(value).sort();
    return `{${names.map((name) => `${JSON.stringify(name)}:${canonicalize(value[name])}`).join(',')}}`;
  }
  throw new TypeError(`RFC 8785 has no form for a ${typeof value}`);
}

// ---------------------------------------------------------------- hashing and RFC 6962

const oneShot = typeof crypto.hash === 'function' ? crypto.hash : null;
const sha256Hex = (text) => (oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text, 'utf8').digest('hex'));

// The tree's hashes are kept as strings of 32 latin1 characters (one a byte): Node makes
// and takes them with fewer allocations than Buffers, and a whole-log pack's tree is
// hashed two million times.
const sha256Latin1 = (bytes) => (oneShot ? oneShot('sha256', bytes, 'latin1') : createHash('sha256').update(bytes).digest('latin1'));
const leafInput = Buffer.alloc(33);
/** RFC 6962 leaf hash of an event: SHA-256(0x00 || the 32 bytes of its hash). */
function leafHash(hashHex) {
  leafInput[0] = 0;
  leafInput.write(hashHex, 1, 'hex');
  return sha256Latin1(leafInput);
}
const nodeInput = Buffer.alloc(65);
/** RFC 6962 interior node: SHA-256(0x01 || left || right). */
function nodeHash(left, right) {
  nodeInput[0] = 1;
  // A loop over 32 characters costs less than Buffer.write's way in.
  for (let i = 0; i < 32; i++) {
    nodeInput[1 + i] = left.charCodeAt(i);
    nodeInput[33 + i] = right.charCodeAt(i);
  }
  return sha256Latin1(nodeInput);
}

/** RFC 9162 section 2.1.3.2: the root an inclusion proof leads to. */
function rootFromInclusion(index, size, leaf, proof) {
  if (index >= size) throw new Invalid(`leaf ${index} is not in a tree of ${size}`);
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) throw new Invalid('the inclusion proof is longer than the tree needs');
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new Invalid('the inclusion proof is shorter than the tree needs');
  return r;
}

/** The root of a tree built leaf by leaf, keeping only its right edge (one hash per level). */
class TreeBuilder {
  constructor() {
    this.edge = [];
    this.size = 0;
  }
  add(leaf) {
    let node = leaf;
    for (let n = this.size; n % 2 === 1; n = Math.floor(n / 2)) node = nodeHash(this.edge.pop(), node);
    this.edge.push(node);
    this.size++;
  }
  root() {
    if (this.edge.length === 0) return sha256Latin1(Buffer.alloc(0));
    let hash = this.edge[this.edge.length - 1];
    for (let i = this.edge.length - 2; i >= 0; i--) hash = nodeHash(this.edge[i], hash);
    return hash;
  }
}

// ---------------------------------------------------------------- signed notes (C2SP signed-note)

export function parseVerifierKey(text) {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) throw new Unusable('the --key is not a verifier key (<name>+<key id>+<key>)');
  const name = text.slice(0, first);
  const idHex = text.slice(first + 1, second);
  const keyB64 = text.slice(second + 1);
  const key = Buffer.from(keyB64, 'base64');
  if (!name || /[\s+]/u.test(name) || !/^[0-9a-f]{8}$/.test(idHex) || key.toString('base64') !== keyB64 || key.length !== 33 || key[0] !== 1) {
    throw new Unusable('the --key is not an Ed25519 verifier key (<name>+<8 hex digits>+base64 of 0x01 and 32 bytes)');
  }
  const publicKey = key.subarray(1);
  const id = createHash('sha256').update(name).update(Buffer.of(0x0a, 0x01)).update(publicKey).digest().subarray(0, 4).toString('hex');
  if (id !== idHex) throw new Unusable(`the --key's id ${idHex} does not match its key (${id}): it was mistyped`);
  const keyObject = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]), format: 'der', type: 'spki' });
  return { name, id, text, verify: (message, signature) => signature.length === 64 && verifySignature(null, message, keyObject, signature) };
}

/** Opens a signed note with the one key trusted; `what` names the note in messages. Returns its text. */
function openNote(note, key, what) {
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note) || !note.endsWith('\n'))
    throw new Invalid(`the ${what} is not a signed note (control characters, or no final newline)`);
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new Invalid(`the ${what} is not a signed note (no blank line before its signatures)`);
  const text = note.slice(0, split + 1);
  const signatures = note.slice(split + 2, -1).split('\n');
  const seen = [];
  let verified = false;
  for (const line of signatures) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/]+=*)$/.exec(line);
    if (!m) throw new Invalid(`the ${what} has a malformed signature line`);
    const bytes = Buffer.from(m[2], 'base64');
    if (bytes.length < 5) throw new Invalid(`the ${what} has a malformed signature line`);
    const id = bytes.subarray(0, 4).toString('hex');
    seen.push(`${m[1]}+${id}`);
    if (m[1] !== key.name || id !== key.id) continue;
    if (!key.verify(Buffer.from(text, 'utf8'), bytes.subarray(4))) {
      throw new Invalid(`the ${what}'s signature by ${key.name}+${key.id} does not verify: the ${what} was altered after it was signed`);
    }
    verified = true;
  }
  if (!verified) throw new Invalid(`the ${what} is not signed by the key given (${key.name}+${key.id}); it is signed by ${seen.join(', ') || 'nobody'}`);
  return text;
}

/** A C2SP tlog-checkpoint: origin, size, root (base64), optional extension lines. */
function parseCheckpointText(text, what) {
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3 || !/^(0|[1-9][0-9]*)$/.test(lines[1])) throw new Invalid(`the ${what} is not a checkpoint (origin, size, root hash)`);
  const root = Buffer.from(lines[2], 'base64');
  if (root.length !== 32 || root.toString('base64') !== lines[2]) throw new Invalid(`the ${what}'s root hash is not base64 of 32 bytes`);
  return { origin: lines[0], size: Number(lines[1]), root, rootText: lines[2] };
}

function openCheckpoint(note, key) {
  const split = note.lastIndexOf('\n\n');
  const unverified = parseCheckpointText(split < 0 ? note : note.slice(0, split + 1), 'checkpoint');
  if (unverified.origin !== key.name) {
    throw new Invalid(`the checkpoint is from another log: its origin is ${unverified.origin}, the key given is for ${key.name}`);
  }
  return parseCheckpointText(openNote(note, key, 'checkpoint'), 'checkpoint');
}

/** Base64 of 32 bytes, as written (padded, its last character's unused bits zero): nothing else decodes to the same bytes. */
const HASH_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

function parseTlogProof(text, name) {
  const blank = text.indexOf('\n\n');
  if (blank < 0) throw new Invalid(`${name} is not a tlog-proof`);
  const lines = text.slice(0, blank).split('\n');
  if (lines[0] !== TLOG_PROOF_HEADER) throw new Invalid(`${name} is not a ${TLOG_PROOF_HEADER}`);
  let at = 1;
  if (lines[at]?.startsWith('extra ')) at++;
  const index = /^index (0|[1-9][0-9]*)$/.exec(lines[at] ?? '');
  if (!index) throw new Invalid(`${name} has no index line`);
  const proof = lines.slice(at + 1).map((line) => {
    if (!HASH_BASE64.test(line)) throw new Invalid(`${name} holds a proof hash that is not base64 of 32 bytes`);
    return Buffer.from(line, 'base64').toString('latin1');
  });
  return { index: Number(index[1]), proof, checkpoint: text.slice(blank + 2) };
}

// ---------------------------------------------------------------- witness policies (C2SP tlog-cosignature)
//
// Witnesses (the partners' own servers) cosign a checkpoint only if it extends the last
// one they cosigned, so a checkpoint cosigned by enough of them was shown to each of
// them: the ledger cannot have shown another history to anyone who trusts them. A policy
// says whose cosignatures count and how many are needed; given one (--policy, or
// --witness and --quorum), the pack's checkpoint must satisfy it. The policy text is
// filippo.io/torchwood's (the Sigsum policy format with verifier keys), one statement a line:
//   log <log verifier key>
//   witness <label> <witness verifier key> [url]
//   group <label> <n|any|all> <label>...
//   quorum <label|none>
// A cosignature (c2sp.org/tlog-cosignature, Ed25519, key type 0x04) is a signature line
// whose bytes are the key ID, a big-endian 8-byte timestamp, and the Ed25519 signature of
// "cosignature/v1\ntime <timestamp>\n" followed by the checkpoint's text.
// (The same rules, in TypeScript for the CLI and the web verifier: libs/witness-policy/src/witness-policy.ts.)

function parseTypedKey(text, type, what) {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  const name = first < 0 ? '' : text.slice(0, first);
  const idHex = second < 0 ? '' : text.slice(first + 1, second);
  const keyB64 = second < 0 ? '' : text.slice(second + 1);
  const key = Buffer.from(keyB64, 'base64');
  if (!name || /[\s+]/u.test(name) || !/^[0-9a-f]{8}$/.test(idHex) || key.toString('base64') !== keyB64 || key.length !== 33) {
    throw new Unusable(`${what} is not a verifier key (<name>+<8 hex digits>+base64 of a type byte and 32 bytes)`);
  }
  if (key[0] !== type) {
    throw new Unusable(`${what} has key type 0x${key[0].toString(16).padStart(2, '0')}, not 0x0${type} (${type === 4 ? 'a witness cosignature key' : "a log's Ed25519 key"})`);
  }
  const publicKey = key.subarray(1);
  const id = createHash('sha256').update(`${name}\n`).update(Buffer.of(type)).update(publicKey).digest().subarray(0, 4).toString('hex');
  if (id !== idHex) throw new Unusable(`${what}: its key id ${idHex} does not match its key (${id}): it was mistyped`);
  const keyObject = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]), format: 'der', type: 'spki' });
  return { name, id, text, verify: (message, signature) => signature.length === 64 && verifySignature(null, message, keyObject, signature) };
}

/** A witness policy from its text; throws Unusable naming the line and what is wrong. */
export function parseWitnessPolicy(text) {
  const policy = { log: null, witnesses: new Map(), groups: new Map(), quorum: '' };
  const defined = (label) => policy.witnesses.has(label) || policy.groups.has(label);
  const LABEL = /^[A-Za-z0-9._/:@-]+$/;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const at = `policy line ${index + 1}`;
    const fields = line.split(/[ \t]+/);
    if (fields[0] === 'log') {
      if (fields.length < 2) throw new Unusable(`${at}: "log <verifier key>"`);
      if (policy.log) throw new Unusable(`${at}: a second log key (one log per policy here)`);
      policy.log = parseTypedKey(fields[1], 0x01, `${at}: the log key`);
    } else if (fields[0] === 'witness') {
      if (fields.length < 3 || fields.length > 4) throw new Unusable(`${at}: "witness <label> <verifier key> [url]"`);
      if (!LABEL.test(fields[1])) throw new Unusable(`${at}: ${JSON.stringify(fields[1])} is not a label`);
      if (defined(fields[1])) throw new Unusable(`${at}: ${fields[1]} is defined twice`);
      policy.witnesses.set(fields[1], parseTypedKey(fields[2], 0x04, `${at}: the key of ${fields[1]}`));
    } else if (fields[0] === 'group') {
      if (fields.length < 4) throw new Unusable(`${at}: "group <label> <n|any|all> <member>..."`);
      const [, label, count, ...members] = fields;
      if (!LABEL.test(label)) throw new Unusable(`${at}: ${JSON.stringify(label)} is not a label`);
      if (defined(label)) throw new Unusable(`${at}: ${label} is defined twice`);
      for (const member of members) if (!defined(member)) throw new Unusable(`${at}: ${member} is not defined above`);
      if (new Set(members).size !== members.length) throw new Unusable(`${at}: a member is named twice in ${label}`);
      const threshold = count === 'any' ? 1 : count === 'all' ? members.length : /^[1-9][0-9]*$/.test(count) ? Number(count) : NaN;
      if (!(threshold >= 1 && threshold <= members.length)) throw new Unusable(`${at}: the threshold ${count} is not any, all, or 1 to ${members.length}`);
      policy.groups.set(label, { threshold, members });
    } else if (fields[0] === 'quorum') {
      if (fields.length !== 2) throw new Unusable(`${at}: "quorum <label|none>"`);
      if (policy.quorum) throw new Unusable(`${at}: a second quorum`);
      if (fields[1] !== 'none' && !defined(fields[1])) throw new Unusable(`${at}: the quorum ${fields[1]} is not defined above`);
      policy.quorum = fields[1];
    } else throw new Unusable(`${at}: unknown statement ${JSON.stringify(fields[0])} (log, witness, group or quorum)`);
  });
  if (!policy.quorum) throw new Unusable('the policy has no quorum line');
  return policy;
}

/** "n of these witness keys" (--witness, --quorum) as a policy. */
export function thresholdWitnessPolicy(witnessKeys, threshold) {
  const lines = witnessKeys.map((key, i) => `witness w${i + 1} ${key}`);
  if (witnessKeys.length === 0) return parseWitnessPolicy('quorum none');
  lines.push(`group witnesses ${threshold} ${witnessKeys.map((_, i) => `w${i + 1}`).join(' ')}`, 'quorum witnesses');
  return parseWitnessPolicy(lines.join('\n'));
}

const isoSeconds = (seconds) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Checks a signed checkpoint's cosignatures against a policy: each policy witness's
 * cosignature (same name and key ID) is verified, then the quorum evaluated. A
 * cosignature by a policy witness that does not verify fails the policy. Returns
 * { satisfied, reason, quorum, cosignatures: [{ label, name, status, timestamp }] }.
 */
export function checkWitnessPolicy(note, policy) {
  const split = note.lastIndexOf('\n\n');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  const findings = [];
  for (const [label, key] of policy.witnesses) {
    let line = null;
    for (const candidate of lines) {
      const m = /^\u2014 (\S+) ([A-Za-z0-9+/]+=*)$/.exec(candidate);
      if (m && m[1] === key.name && Buffer.from(m[2], 'base64').subarray(0, 4).toString('hex') === key.id) line = Buffer.from(m[2], 'base64');
    }
    if (!line) {
      findings.push({ label, name: key.name, status: 'missing', timestamp: null });
      continue;
    }
    const signature = line.subarray(4);
    const stamp = signature.length === 72 ? signature.readBigUInt64BE(0) : null;
    const valid = stamp !== null && stamp < 2n ** 63n && key.verify(Buffer.from(`cosignature/v1\ntime ${stamp}\n${text}`, 'utf8'), signature.subarray(8));
    const timestamp = stamp !== null && stamp <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(stamp) : null;
    findings.push({ label, name: key.name, status: valid && timestamp !== null ? 'valid' : 'invalid', timestamp });
  }
  const byLabel = new Map(findings.map((f) => [f.label, f]));
  const satisfies = (label) => {
    const group = policy.groups.get(label);
    if (!group) return byLabel.get(label)?.status === 'valid';
    return group.members.filter(satisfies).length >= group.threshold;
  };
  const describe = (label) => {
    const group = policy.groups.get(label);
    if (!group) return label;
    const count = group.threshold === group.members.length && group.members.length > 1 ? 'all' : String(group.threshold);
    return `${label}: ${count} of ${group.members.map((m) => (policy.groups.has(m) ? `(${describe(m)})` : m)).join(', ')}`;
  };
  const quorum = policy.quorum === 'none' ? 'none (no witness required)' : describe(policy.quorum);
  const said = (f) =>
    f.status === 'valid'
      ? `${f.label} (${f.name}) cosigned at ${isoSeconds(f.timestamp)}`
      : f.status === 'missing'
        ? `${f.label} (${f.name}): no cosignature`
        : `${f.label} (${f.name}): its cosignature${f.timestamp === null ? '' : ` stamped ${isoSeconds(f.timestamp)}`} does not verify`;
  const invalid = findings.filter((f) => f.status === 'invalid');
  if (invalid.length > 0) {
    return {
      satisfied: false,
      reason: `the checkpoint carries a cosignature that does not verify (altered after it was cosigned, or forged): ${invalid.map(said).join('; ')}`,
      cosignatures: findings,
      quorum,
      said,
    };
  }
  if (policy.quorum === 'none' || satisfies(policy.quorum)) return { satisfied: true, reason: null, cosignatures: findings, quorum, said };
  const valid = findings.filter((f) => f.status === 'valid').length;
  return {
    satisfied: false,
    reason: `the checkpoint has ${valid} valid cosignature${valid === 1 ? '' : 's'}, short of the policy's quorum (${quorum}): ${findings.map(said).join('; ')}`,
    cosignatures: findings,
    quorum,
    said,
  };
}

// ---------------------------------------------------------------- reading the pack (folder or zip)

async function openPack(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new Unusable(`there is no file or folder ${path}`);
  }
  return stats.isDirectory() ? openFolder(path) : openZip(path, stats.size);
}

function openFolder(root) {
  const full = (name) => join(root, ...name.split('/'));
  return {
    where: root,
    async names() {
      const names = [];
      const walk = async (dir, prefix) => {
        for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
          if (entry.isDirectory()) await walk(join(dir, entry.name), `${prefix}${entry.name}/`);
          else names.push(prefix + entry.name);
        }
      };
      await walk(root, '');
      return names;
    },
    // Synchronous, as in a zip: thousands of small proofs are read one after another.
    async has(name) {
      return statSync(full(name), { throwIfNoEntry: false })?.isFile() ?? false;
    },
    async readWhole(name, limit) {
      if (statSync(full(name)).size > limit) throw new Invalid(`${name} is larger than any pack file of its kind`);
      return readFileSync(full(name));
    },
    stream: (name) => createReadStream(full(name), { highWaterMark: 1 << 20 }),
  };
}

async function openZip(file, fileSize) {
  // Read synchronously: a pack of many streams holds thousands of small proofs, and a
  // read of a few KB from the page cache costs far less than a round trip to libuv's pool.
  const fd = openSync(file, 'r');
  const read = async (position, length) => {
    const buffer = Buffer.allocUnsafe(length);
    const bytesRead = length === 0 ? 0 : readSync(fd, buffer, 0, length, position);
    if (bytesRead !== length) throw new Unusable(`${file} is cut short: not a whole zip file`);
    return buffer;
  };
  try {
    const tailLength = Math.min(fileSize, 22 + 65535);
    const tail = await read(fileSize - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Unusable(`${file} is neither a folder nor a zip file`);
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locatorAt = fileSize - tailLength + eocd - 20;
      const locator = await read(locatorAt, 20);
      if (locator.readUInt32LE(0) !== 0x07064b50) throw new Unusable(`${file}: a ZIP64 archive without its locator`);
      const z64 = await read(Number(locator.readBigUInt64LE(8)), 56);
      if (z64.readUInt32LE(0) !== 0x06064b50) throw new Unusable(`${file}: a damaged ZIP64 end record`);
      count = Number(z64.readBigUInt64LE(32));
      cdSize = Number(z64.readBigUInt64LE(40));
      cdOffset = Number(z64.readBigUInt64LE(48));
    }
    const cd = await read(cdOffset, cdSize);
    const entries = new Map();
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (cd.readUInt32LE(at) !== 0x02014b50) throw new Unusable(`${file}: a damaged central directory`);
      const method = cd.readUInt16LE(at + 10);
      const crc = cd.readUInt32LE(at + 16);
      let compressed = cd.readUInt32LE(at + 20);
      let size = cd.readUInt32LE(at + 24);
      const nameLength = cd.readUInt16LE(at + 28);
      const extraLength = cd.readUInt16LE(at + 30);
      const commentLength = cd.readUInt16LE(at + 32);
      let offset = cd.readUInt32LE(at + 42);
      const name = cd.toString('utf8', at + 46, at + 46 + nameLength);
      let extraAt = at + 46 + nameLength;
      const extraEnd = extraAt + extraLength;
      while (extraAt + 4 <= extraEnd) {
        const id = cd.readUInt16LE(extraAt);
        const length = cd.readUInt16LE(extraAt + 2);
        if (id === 0x0001) {
          let p = extraAt + 4;
          if (size === 0xffffffff) ((size = Number(cd.readBigUInt64LE(p))), (p += 8));
          if (compressed === 0xffffffff) ((compressed = Number(cd.readBigUInt64LE(p))), (p += 8));
          if (offset === 0xffffffff) offset = Number(cd.readBigUInt64LE(p));
        }
        extraAt += 4 + length;
      }
      if (method !== 0 && method !== 8) throw new Unusable(`${file}: ${name} is compressed by a method this verifier does not read (${method})`);
      if (!name.endsWith('/')) entries.set(name, { method, crc, compressed, size, offset });
      at = extraEnd + commentLength;
    }
    return {
      where: file,
      names: async () => [...entries.keys()],
      has: async (name) => entries.has(name),
      close: async () => closeSync(fd),
      async readWhole(name, limit) {
        const entry = entries.get(name);
        if (entry.size > limit || entry.compressed > limit) throw new Invalid(`${name} is larger than any pack file of its kind`);
        // The local header and the data in one read (a name and its extra fields take well under 1 KB).
        const head = await read(entry.offset, Math.min(fileSize - entry.offset, 30 + 1024 + entry.compressed));
        if (head.readUInt32LE(0) !== 0x04034b50) throw new Unusable(`${file}: ${name}'s local header is damaged`);
        const dataAt = 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
        const raw =
          dataAt + entry.compressed <= head.length ? head.subarray(dataAt, dataAt + entry.compressed) : await read(entry.offset + dataAt, entry.compressed);
        let bytes;
        try {
          bytes = entry.method === 8 ? zlib.inflateRawSync(raw) : raw;
        } catch (error) {
          throw new Unusable(`${file}: ${name} cannot be inflated: ${error.message}`);
        }
        if (bytes.length !== entry.size || (typeof zlib.crc32 === 'function' && zlib.crc32(bytes) >>> 0 !== entry.crc)) {
          throw new Unusable(`${file}: ${name} is damaged (its size or CRC-32 is not the one recorded)`);
        }
        return bytes;
      },
      stream(name) {
        return entryStream(file, entries.get(name), name, read);
      },
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** One entry's bytes, inflated as they are read, the CRC-32 checked at the end where Node has zlib.crc32. */
function entryStream(file, entry, name, read) {
  const out = new PassThrough({ highWaterMark: 4 << 20 });
  (async () => {
    const local = await read(entry.offset, 30);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new Unusable(`${file}: ${name}'s local header is damaged`);
    const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const raw = entry.compressed === 0 ? null : createReadStream(file, { start, end: start + entry.compressed - 1, highWaterMark: 1 << 20 });
    const source = raw === null ? [] : entry.method === 8 ? raw.pipe(zlib.createInflateRaw({ chunkSize: 1 << 18 })) : raw;
    let crc = 0;
    let size = 0;
    const crc32 = typeof zlib.crc32 === 'function' ? zlib.crc32 : null;
    if (raw) raw.on('error', (error) => out.destroy(error));
    for await (const chunk of source) {
      if (crc32) crc = crc32(chunk, crc);
      size += chunk.length;
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
    }
    if (size !== entry.size || (crc32 && crc >>> 0 !== entry.crc))
      throw new Unusable(`${file}: ${name} is damaged (its size or CRC-32 is not the one recorded)`);
    out.end();
  })().catch((error) => out.destroy(error instanceof Unusable ? error : new Unusable(`${file}: ${name} cannot be read: ${error.message}`)));
  return out;
}

async function readText(pack, name, limit = 16 << 20) {
  return (await pack.readWhole(name, limit)).toString('utf8');
}

async function digestOf(stream) {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

// ---------------------------------------------------------------- the manifest

function parseManifest(text) {
  const lines = text.slice(0, -1).split('\n');
  if (lines[0] !== MANIFEST_HEADER) throw new Invalid(`the manifest does not start with "${MANIFEST_HEADER}"`);
  const manifest = {
    log: null,
    checkpoint: null,
    scope: null,
    proofs: null,
    subject: null,
    events: null,
    streams: new Map(),
    evidence: new Map(),
    report: null,
  };
  const bad = (line) => new Invalid(`the manifest has a line this verifier does not understand: ${JSON.stringify(line.slice(0, 100))}`);
  for (const line of lines.slice(1)) {
    const [word, ...rest] = line.split(' ');
    if (word === 'log' && rest.length === 1) manifest.log = rest[0];
    else if (word === 'checkpoint' && rest.length === 2) manifest.checkpoint = { size: Number(rest[0]), rootText: rest[1] };
    else if (word === 'scope' && rest.length === 1 && ['log', 'streams'].includes(rest[0])) manifest.scope = rest[0];
    else if (word === 'proofs' && rest.length === 1 && ['heads', 'events'].includes(rest[0])) manifest.proofs = rest[0];
    else if (word === 'subject') manifest.subject = rest.join(' ');
    else if (word === 'events' && rest.length === 1 && /^\d+$/.test(rest[0])) manifest.events = Number(rest[0]);
    else if (word === 'stream' && rest.length === 5 && /^\d+$/.test(rest[1] + rest[2] + rest[3]) && /^[0-9a-f]{64}$/.test(rest[4])) {
      manifest.streams.set(rest[0], { count: Number(rest[1]), headRevision: Number(rest[2]), headPosition: Number(rest[3]), headHash: rest[4] });
    } else if (word === 'evidence' && rest.length === 2 && /^[0-9a-f]{64}$/.test(rest[0]) && /^\d+$/.test(rest[1])) {
      manifest.evidence.set(rest[0], Number(rest[1]));
    } else if (word === 'report' && rest.length === 2 && /^[0-9a-f]{64}$/.test(rest[0]) && /^\d+$/.test(rest[1])) {
      manifest.report = { sha256: rest[0], size: Number(rest[1]) };
    } else throw bad(line);
  }
  if (!manifest.log || !manifest.checkpoint || !manifest.scope || !manifest.proofs || manifest.events === null)
    throw new Invalid('the manifest lacks its log, checkpoint, scope, proofs or events line');
  return manifest;
}

// ---------------------------------------------------------------- one event

const at = (e) => `stream ${e.streamId}, revision ${e.revision}${e.position !== undefined ? ` (position ${e.position})` : ''}`;

/**
 * Reads one line of events.jsonl. The ledger writes each line as the RFC 8785 form of
 * the whole record, which is the hashed text with two members added: metadata.hash
 * (just before the envelope's prevHash) and position (just before revision). Cutting
 * them out gives the hashed text without parsing: if it hashes to the hash cut out,
 * its bytes are the ones the ledger hashed. Any other line (reformatted, or altered)
 * is parsed and canonicalised in full, which also says exactly what is wrong.
 */
function readEvent(line, lineNumber) {
  const revisionAt = line.lastIndexOf(',"revision":');
  const positionAt = revisionAt < 0 ? -1 : line.lastIndexOf(',"position":', revisionAt);
  const prevAt = positionAt < 0 ? -1 : line.lastIndexOf('"prevHash":"', positionAt);
  const hashAt = prevAt - 74;
  if (
    hashAt > 0 &&
    line.startsWith('"hash":"', hashAt) &&
    line.charCodeAt(prevAt - 1) === 44 &&
    line.charCodeAt(prevAt - 2) === 34 &&
    /^[0-9]+$/.test(line.slice(positionAt + 12, revisionAt))
  ) {
    const hash = line.slice(hashAt + 8, hashAt + 72);
    const hashed = line.slice(0, hashAt) + line.slice(prevAt, positionAt) + line.slice(revisionAt);
    if (sha256Hex(hashed) === hash) {
      const tail = readTail(line, revisionAt);
      return {
        streamId: tail.streamId,
        revision: tail.revision,
        position: Number(line.slice(positionAt + 12, revisionAt)),
        hash,
        prevHash: line.slice(prevAt + 12, prevAt + 76),
      };
    }
  }
  return readEventSlowly(line, lineNumber);
}

/**
 * The members after metadata: ,"revision":N,"streamId":"...","type":"..."}. Read by
 * position when the names hold no escapes (the ledger's stream ids and types are
 * plain names), else by JSON.parse.
 */
function readTail(line, revisionAt) {
  const streamAt = line.indexOf(',"streamId":"', revisionAt);
  const typeAt = streamAt < 0 ? -1 : line.indexOf('","type":"', streamAt);
  if (typeAt > 0 && line.endsWith('"}')) {
    const revision = line.slice(revisionAt + 12, streamAt);
    const streamId = line.slice(streamAt + 13, typeAt);
    if (
      /^(0|[1-9][0-9]*)$/.test(revision) &&
      !streamId.includes('\\') &&
      !streamId.includes('"') &&
      !line.includes('\\', typeAt) &&
      !line.slice(typeAt + 10, -2).includes('"')
    ) {
      return { revision: Number(revision), streamId };
    }
  }
  return JSON.parse(`{${line.slice(revisionAt + 1)}`);
}

function readEventSlowly(line, lineNumber) {
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    throw new Invalid(`events.jsonl line ${lineNumber} is not JSON`);
  }
  const fields = record && typeof record === 'object' && record.metadata && typeof record.metadata === 'object' ? record : null;
  if (
    !fields ||
    typeof fields.streamId !== 'string' ||
    !Number.isSafeInteger(fields.revision) ||
    !Number.isSafeInteger(fields.position) ||
    typeof fields.metadata.hash !== 'string'
  ) {
    throw new Invalid(`events.jsonl line ${lineNumber} is not an event record (streamId, revision, position, type, data, metadata with hash)`);
  }
  const { hash, ...envelope } = fields.metadata;
  const event = { streamId: fields.streamId, revision: fields.revision, position: fields.position, hash, prevHash: envelope.prevHash };
  let computed;
  try {
    computed = sha256Hex(canonicalize({ data: fields.data, metadata: envelope, revision: fields.revision, streamId: fields.streamId, type: fields.type }));
  } catch (error) {
    throw new Invalid(`${at(event)}: the event has no RFC 8785 form (${error.message})`);
  }
  if (computed !== hash)
    throw new Invalid(`${at(event)}: the event's content does not hash to its recorded hash (recorded ${hash}, computed ${computed}): it was changed`);
  return event;
}

// ---------------------------------------------------------------- events in batches, on worker threads

/** Whether buf holds key's bytes at `at` (a loop: cheaper than Buffer.compare for a dozen bytes). */
function bytesAt(buf, at, key) {
  if (at < 0 || at + key.length > buf.length) return false;
  for (let i = 0; i < key.length; i++) if (buf[at + i] !== key[i]) return false;
  return true;
}

/** Where key last starts in buf at or before `from`, not before `stop`; -1 if nowhere (a loop: the keys sought are a few dozen bytes back). */
function lastIndexOfBytes(buf, key, from, stop) {
  const first = key[0];
  for (let i = from; i >= stop; i--) if (buf[i] === first && bytesAt(buf, i, key)) return i;
  return -1;
}

/** The decimal number in buf[from, to): digits only, no leading zero; -1 if it is not one. */
function decimalAt(buf, from, to) {
  if (from >= to || to - from > 15 || (buf[from] === 48 && to - from > 1)) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = buf[i] - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Where a JSON string's opening quote is, its closing quote at `close`: -1 if it holds a quote or backslash (an escape: left to JSON.parse). */
function openingQuote(buf, close, stop) {
  for (let i = close - 1; i >= stop; i--) {
    const byte = buf[i];
    if (byte === 34) return i;
    if (byte === 92) return -1;
  }
  return -1;
}

const REVISION_KEY = Buffer.from(',"revision":');
const POSITION_KEY = Buffer.from(',"position":');
const PREV_HASH_KEY = Buffer.from('"prevHash":"');
const HASH_KEY = Buffer.from('"hash":"');
const STREAM_KEY = Buffer.from(',"streamId":"');
const TYPE_KEY = Buffer.from('","type":"');
/** The metadata's hash member as the ledger writes it: "hash":"<64 hex digits>", */
const HASH_MEMBER_LENGTH = HASH_KEY.length + 64 + 2;
/** The end of the ledger's envelope: "prevHash":"<64 hex digits>","recordedAt":"<a time as Date.toISOString writes it>"} */
const ENVELOPE_TAIL_LENGTH = PREV_HASH_KEY.length + 64 + '","recordedAt":"'.length + '2000-01-01T00:00:00.000Z'.length + '"}'.length;

/**
 * readEvent's fast path on the line's bytes, as they came from the pack, for a line in
 * the ledger's layout:
 *
 *   {"data":…,"metadata":{…,"hash":"<hex>","prevHash":"<hex>",…},"position":N,"revision":N,"streamId":"…","type":"…"}
 *   [start      hashAt)[ hash member ][prevAt   positionAt)[position][revisionAt       end)
 *
 * The three ranges around the two members the ledger adds are the hashed text. They are
 * moved together where the line lies (two small moves of the metadata's tail and the
 * record's tail over the hash member, no copy of the rest) and hashed as they are, with
 * no decoding. The line's bytes are the caller's to overwrite: nothing reads them after.
 *
 * Pushes the event onto the batch and returns true; returns false, with the line as it
 * was, when the line is not in this layout or does not hash to its hash: readEvent then
 * looks at it in full and says what is wrong.
 */
function readEventBytes(buf, start, end, batch) {
  // The tail, read backwards: ,"revision":N,"streamId":"…","type":"…"} with no escapes in the names.
  if (buf[end - 1] !== 125 || buf[end - 2] !== 34) return false;
  const typeOpen = openingQuote(buf, end - 2, start);
  const streamClose = typeOpen - TYPE_KEY.length + 1;
  if (typeOpen < 0 || !bytesAt(buf, streamClose, TYPE_KEY)) return false;
  const streamOpen = openingQuote(buf, streamClose, start);
  const revisionEnd = streamOpen - STREAM_KEY.length + 1;
  if (streamOpen < 0 || !bytesAt(buf, revisionEnd, STREAM_KEY)) return false;
  let revisionAt = revisionEnd - 1;
  while (revisionAt > start && buf[revisionAt] !== 44) revisionAt--;
  const revision = decimalAt(buf, revisionAt + REVISION_KEY.length, revisionEnd);
  if (revision < 0 || !bytesAt(buf, revisionAt, REVISION_KEY)) return false;
  let positionAt = revisionAt - 1;
  while (positionAt > start && buf[positionAt] !== 44) positionAt--;
  const position = decimalAt(buf, positionAt + POSITION_KEY.length, revisionAt);
  if (position < 0 || !bytesAt(buf, positionAt, POSITION_KEY)) return false;
  // The metadata's prevHash is its last member but recordedAt, whose time has a fixed length: looked for there first.
  let prevAt = positionAt - ENVELOPE_TAIL_LENGTH;
  if (!bytesAt(buf, prevAt, PREV_HASH_KEY)) prevAt = lastIndexOfBytes(buf, PREV_HASH_KEY, positionAt - PREV_HASH_KEY.length, start);
  const hashAt = prevAt - HASH_MEMBER_LENGTH;
  if (prevAt < 0 || hashAt <= start || !bytesAt(buf, hashAt, HASH_KEY) || buf[prevAt - 2] !== 34 || buf[prevAt - 1] !== 44) return false;
  if (buf[prevAt + PREV_HASH_KEY.length + 64] !== 34) return false;

  const hash = buf.toString('latin1', hashAt + HASH_KEY.length, hashAt + HASH_KEY.length + 64);
  const prevHash = buf.toString('latin1', prevAt + PREV_HASH_KEY.length, prevAt + PREV_HASH_KEY.length + 64);
  const streamId = buf.toString('utf8', streamOpen + 1, streamClose);
  const middle = positionAt - prevAt;
  buf.copyWithin(hashAt, prevAt, positionAt);
  buf.copyWithin(hashAt + middle, revisionAt, end);
  const hashedEnd = hashAt + middle + (end - revisionAt);
  if (sha256Hex(buf.subarray(start, hashedEnd)) !== hash) {
    // Put the line back as it was (the moves kept its parts; the members cut out are known), for readEvent.
    const tail = buf.toString('latin1', hashAt + middle, hashedEnd);
    buf.write(`"hash":"${hash}",${buf.toString('latin1', hashAt, hashAt + middle)},"position":${position}${tail}`, hashAt, 'latin1');
    return false;
  }
  batch.streamIds.push(streamId);
  batch.revisions.push(revision);
  batch.positions.push(position);
  batch.hashes.push(hash);
  batch.prevHashes.push(prevHash);
  return true;
}

/**
 * Checks the lines in buf[from, to) (each event's hash) and returns what the chain
 * checks need, in order. A line that fails ends the batch, with the failure after the
 * lines before it.
 */
function checkBatch(buf, from, to, withLeaves) {
  const batch = { lines: 0, count: 0, streamIds: [], revisions: [], positions: [], hashes: [], prevHashes: [], leaves: withLeaves ? [] : null, failure: null };
  let start = from;
  while (start <= to) {
    let end = buf.indexOf(10, start);
    if (end < 0 || end > to) end = to;
    const lineNumber = ++batch.lines;
    try {
      if (end === start) throw new Invalid(`events.jsonl line ${lineNumber} is empty`);
      if (!readEventBytes(buf, start, end, batch)) {
        const event = readEvent(buf.toString('utf8', start, end), lineNumber);
        batch.streamIds.push(event.streamId);
        batch.revisions.push(event.revision);
        batch.positions.push(event.position);
        batch.hashes.push(event.hash);
        batch.prevHashes.push(event.prevHash);
      }
      if (withLeaves) batch.leaves.push(leafHash(batch.hashes[batch.count]));
      batch.count++;
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      batch.failure = { message: error.message, index: batch.count };
      break;
    }
    start = end + 1;
  }
  return batch;
}

/**
 * Reads events.jsonl and checks its lines in batches (the inflated chunks as they come,
 * cut at their last newline), in order: the hashing (most of the work) on worker threads
 * running this same file when there are cores to spare, else here on the chunks where
 * they lie; the chains and the tree here.
 */
async function checkEventLines(stream, { leaves, threads = availableParallelism() >= 4 ? 2 : 0 }, onBatch) {
  const workers = [];
  try {
    for (let i = 0; i < threads; i++)
      workers.push(
        new Worker(new URL(import.meta.url), {
          workerData: { role: 'check-event-lines' },
          resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 },
        }),
      );
  } catch {
    for (const worker of workers) worker.terminate();
    workers.length = 0;
  }
  const waiting = new Map();
  let nextId = 0;
  for (const worker of workers) {
    worker.on('message', ({ id, batch, error }) => {
      const settle = waiting.get(id);
      waiting.delete(id);
      if (error) settle.reject(new Error(error));
      else settle.resolve(batch);
    });
    worker.on('error', (error) => {
      for (const settle of waiting.values()) settle.reject(error);
      waiting.clear();
    });
  }
  /** The lines in buf[from, to): checked here, or copied into memory of their own and handed to a worker. */
  const check = (buf, from, to) => {
    if (workers.length === 0) return Promise.resolve(checkBatch(buf, from, to, leaves));
    const bytes = new Uint8Array(to - from);
    bytes.set(buf.subarray(from, to));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      workers[id % workers.length].postMessage({ id, bytes, leaves }, [bytes.buffer]);
    });
  };
  const pending = [];
  let linesBefore = 0;
  const handle = async (batch) => {
    if (batch.failure) {
      // Line numbers in a batch count from 1; here they become the file's.
      batch.failure = batch.failure.message.replace(/^events\.jsonl line (\d+)/, (_m, n) => `events.jsonl line ${linesBefore + Number(n)}`);
    }
    linesBefore += batch.lines;
    await onBatch(batch);
  };
  const enqueue = async (buf, from, to) => {
    const batch = check(buf, from, to);
    batch.catch(() => undefined);
    pending.push(batch);
    while (pending.length > 2 * Math.max(1, workers.length) || (workers.length === 0 && pending.length > 0)) await handle(await pending.shift());
  };
  // The start of a line whose end is in a later chunk.
  let rest = null;
  try {
    for await (const chunk of stream) {
      const last = chunk.lastIndexOf(10);
      if (last < 0) {
        rest = rest ? Buffer.concat([rest, chunk]) : chunk;
        continue;
      }
      let from = 0;
      if (rest) {
        const first = chunk.indexOf(10);
        const joined = Buffer.concat([rest, chunk.subarray(0, first)]);
        await enqueue(joined, 0, joined.length);
        from = first + 1;
      }
      // Whole lines (an empty range is an empty line), unless the only newline ended the line begun before.
      if (from <= last) await enqueue(chunk, from, last);
      rest = last + 1 < chunk.length ? chunk.subarray(last + 1) : null;
    }
    if (rest) await enqueue(rest, 0, rest.length);
    while (pending.length > 0) await handle(await pending.shift());
  } finally {
    stream.destroy();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

if (!isMainThread && workerData?.role === 'check-event-lines') {
  parentPort.on('message', ({ id, bytes, leaves }) => {
    try {
      const batch = checkBatch(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.byteLength, leaves);
      parentPort.postMessage({ id, batch });
    } catch (error) {
      parentPort.postMessage({ id, error: error && error.message ? error.message : String(error) });
    }
  });
}

// ---------------------------------------------------------------- the checks

/** `progress(checked, total)` is called every 10,000 events, total being the manifest's count; `policy` a witness policy the checkpoint must meet. */
export async function verifyPack(path, key, { progress = () => {}, threads, policy = null } = {}) {
  const pack = await openPack(path);
  try {
    for (const required of ['checkpoint', 'manifest', 'events.jsonl']) {
      if (!(await pack.has(required))) throw new Unusable(`${pack.where} is not an evidence pack: it has no ${required}`);
    }
    const checkpointNote = await readText(pack, 'checkpoint');
    const checkpoint = openCheckpoint(checkpointNote, key);
    const witnessed = policy ? checkWitnessPolicy(checkpointNote, policy) : null;
    if (witnessed && !witnessed.satisfied) throw new Invalid(witnessed.reason);
    const manifest = parseManifest(openNote(await readText(pack, 'manifest'), key, 'manifest'));
    if (manifest.log !== checkpoint.origin) throw new Invalid(`the manifest is for the log ${manifest.log}, the checkpoint for ${checkpoint.origin}`);
    if (manifest.checkpoint.size !== checkpoint.size || manifest.checkpoint.rootText !== checkpoint.rootText) {
      throw new Invalid(
        `the manifest names the checkpoint of ${manifest.checkpoint.size} events (root ${manifest.checkpoint.rootText}), the pack holds the one of ${checkpoint.size} (root ${checkpoint.rootText})`,
      );
    }
    const checkpointRoot = checkpoint.root.toString('latin1');
    const proofOf = async (position, hash, what) => {
      const name = `proofs/${position}.tlog-proof`;
      if (!(await pack.has(name))) throw new Invalid(`${what()}: its proof ${name} is missing`);
      const proof = parseTlogProof(await readText(pack, name, 1 << 20), name);
      if (proof.checkpoint !== checkpointNote) throw new Invalid(`${name} is anchored to another checkpoint than the pack's`);
      if (proof.index !== position - 1) throw new Invalid(`${name} proves leaf ${proof.index}, not position ${position}`);
      if (rootFromInclusion(proof.index, checkpoint.size, leafHash(hash), proof.proof) !== checkpointRoot) {
        throw new Invalid(`${what()}: the event is not in the checkpoint's tree at position ${position} (its proof leads to another root)`);
      }
    };
    /** Checks proofs a few dozen at a time (each is a small read), and reports the first that fails in the order given. */
    const checkProofs = async (list) => {
      for (let from = 0; from < list.length; from += 64) {
        const window = list.slice(from, from + 64);
        const results = await Promise.allSettled(window.map(({ position, hash, what }) => proofOf(position, hash, what)));
        const failed = results.find((result) => result.status === 'rejected');
        if (failed) throw failed.reason;
      }
    };

    const streams = new Map();
    const tree = manifest.scope === 'log' ? new TreeBuilder() : null;
    let count = 0;
    let lastPosition = 0;
    const onBatch = async (batch) => {
      // Per-event proofs are read together after the batch's chains are checked; a failure
      // in the chains is reported after any proof failure of the events before it.
      const proofs = [];
      try {
        checkChains(batch, proofs);
      } catch (error) {
        await checkProofs(proofs);
        throw error;
      }
      await checkProofs(proofs);
      if (batch.failure) throw new Invalid(batch.failure);
    };
    const checkChains = (batch, proofs) => {
      const { streamIds, revisions, positions, hashes, prevHashes } = batch;
      // The event as messages name it; made only when one is needed.
      const eventAt = (i) => ({ streamId: streamIds[i], revision: revisions[i], position: positions[i] });
      for (let i = 0; i < batch.count; i++) {
        const position = positions[i];
        if (position <= lastPosition) {
          throw new Invalid(`${at(eventAt(i))}: position ${position} comes after position ${lastPosition}: events out of order`);
        }
        if (tree && position !== lastPosition + 1) {
          throw new Invalid(`position ${lastPosition + 1} is missing from this pack of the whole log (next found: ${at(eventAt(i))})`);
        }
        if (position > checkpoint.size) throw new Invalid(`${at(eventAt(i))}: position ${position} is beyond the checkpoint's ${checkpoint.size} events`);
        lastPosition = position;
        const revision = revisions[i];
        const tip = streams.get(streamIds[i]);
        const expected = tip ? tip.revision + 1 : 0;
        if (revision !== expected) {
          throw new Invalid(
            revision < expected
              ? `${at(eventAt(i))}: revision ${revision} comes again after revision ${tip.revision}: events out of order or repeated`
              : `${at(eventAt(i))}: revision ${expected} of the stream is missing (found revision ${revision} where it should be)`,
          );
        }
        const expectedPrev = tip ? tip.hash : GENESIS;
        if (prevHashes[i] !== expectedPrev) {
          throw new Invalid(
            `${at(eventAt(i))}: it names ${prevHashes[i]} as the event before it, but revision ${expected - 1 < 0 ? '(none: the stream starts here)' : `${expected - 1} has hash ${expectedPrev}`}`,
          );
        }
        if (tip) {
          tip.revision = revision;
          tip.hash = hashes[i];
          tip.position = position;
          tip.count++;
        } else streams.set(streamIds[i], { revision, hash: hashes[i], position, count: 1 });
        if (tree) tree.add(batch.leaves[i]);
        if (manifest.proofs === 'events') {
          const event = eventAt(i);
          proofs.push({ position, hash: hashes[i], what: () => at(event) });
        }
        count++;
        if (count % 10_000 === 0) progress(count, manifest.events);
      }
    };
    await checkEventLines(pack.stream('events.jsonl'), { leaves: tree !== null, threads }, onBatch);

    if (tree) {
      if (count !== checkpoint.size)
        throw new Invalid(`the pack of the whole log holds ${count} events, the checkpoint ${checkpoint.size}: events were removed from its end`);
      const root = tree.root();
      if (root !== checkpointRoot) {
        throw new Invalid(
          `the ${count} events, in position order, make the root ${Buffer.from(root, 'latin1').toString('base64')}, not the checkpoint's ${checkpoint.rootText}: the log in the pack is not the one the checkpoint signs`,
        );
      }
    }
    for (const [streamId, listed] of manifest.streams) {
      const found = streams.get(streamId);
      if (!found) throw new Invalid(`stream ${streamId}: the manifest lists ${listed.count} events, the pack has none`);
      if (found.revision !== listed.headRevision || found.hash !== listed.headHash || found.count !== listed.count || found.position !== listed.headPosition) {
        throw new Invalid(
          `stream ${streamId}: the manifest lists ${listed.count} events up to revision ${listed.headRevision} (position ${listed.headPosition}, hash ${listed.headHash}), ` +
            `the pack has ${found.count} up to revision ${found.revision} (position ${found.position}, hash ${found.hash})` +
            (found.revision < listed.headRevision ? ': the stream was cut short' : found.revision > listed.headRevision ? ': events were added' : ''),
        );
      }
    }
    for (const streamId of streams.keys()) {
      if (!manifest.streams.has(streamId)) throw new Invalid(`stream ${streamId} is in events.jsonl but not in the manifest: its events were added`);
    }
    if (count !== manifest.events) throw new Invalid(`the manifest lists ${manifest.events} events, the pack has ${count}`);
    if (manifest.proofs === 'heads') {
      await checkProofs(
        [...manifest.streams].map(([streamId, listed]) => ({
          position: listed.headPosition,
          hash: listed.headHash,
          what: () => `stream ${streamId}, revision ${listed.headRevision} (its head)`,
        })),
      );
    }

    const names = await pack.names();
    for (const name of names.filter((n) => n.startsWith('evidence/'))) {
      const hash = /^evidence\/sha256\/([0-9a-f]{64})$/.exec(name)?.[1];
      if (!hash || !manifest.evidence.has(hash)) throw new Invalid(`${name} is not an evidence file the manifest lists`);
    }
    for (const [sha256, size] of manifest.evidence) {
      const name = `evidence/sha256/${sha256}`;
      if (!(await pack.has(name))) throw new Invalid(`${name}: the manifest lists it, the pack does not hold it`);
      const digest = await digestOf(pack.stream(name));
      if (digest.sha256 !== sha256 || digest.size !== size)
        throw new Invalid(`${name}: its content hashes to ${digest.sha256} (${digest.size} bytes), not to its name: it was changed`);
    }
    if (manifest.report) {
      if (!(await pack.has('report.html'))) throw new Invalid('report.html: the manifest lists it, the pack does not hold it');
      const digest = await digestOf(pack.stream('report.html'));
      if (digest.sha256 !== manifest.report.sha256)
        throw new Invalid(`report.html hashes to ${digest.sha256}, not to the manifest's ${manifest.report.sha256}: it was changed`);
    }
    return {
      events: count,
      streams: streams.size,
      checkpoint,
      proofs: manifest.proofs,
      scope: manifest.scope,
      evidence: manifest.evidence.size,
      report: manifest.report !== null,
      subject: manifest.subject,
      witnessed,
    };
  } finally {
    await pack.close?.();
  }
}

// ---------------------------------------------------------------- the command

const USAGE =
  'usage: node verify.mjs --key <verifier key> [--policy <witness policy file> | --witness <witness key>... [--quorum <n>]] [--threads <n>] [--stats] [<pack.zip or its unpacked folder>]';

export async function main(argv) {
  const started = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  let keyText = null;
  let path = null;
  let stats = false;
  let threads;
  let policyFile = null;
  const witnessKeys = [];
  let quorum = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--key') keyText = argv[++i] ?? null;
    else if (argv[i].startsWith('--key=')) keyText = argv[i].slice(6);
    else if (argv[i] === '--policy' && argv[i + 1]) policyFile = argv[++i];
    else if (argv[i] === '--witness' && argv[i + 1]) witnessKeys.push(argv[++i]);
    else if (argv[i] === '--quorum' && /^[1-9][0-9]*$/.test(argv[i + 1] ?? '')) quorum = Number(argv[++i]);
    else if (argv[i] === '--stats') stats = true;
    else if (argv[i] === '--threads' && /^\d+$/.test(argv[i + 1] ?? '')) threads = Number(argv[++i]);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (!argv[i].startsWith('--') && path === null) path = argv[i];
    else {
      process.stderr.write(`UNUSABLE: unknown argument ${argv[i]}\n${USAGE}\n`);
      return 2;
    }
  }
  try {
    if (policyFile && witnessKeys.length > 0) throw new Unusable('give the witnesses in the --policy file or with --witness, not both');
    if (quorum !== null && witnessKeys.length === 0) throw new Unusable('--quorum counts the --witness keys given: give them');
    if (quorum !== null && quorum > witnessKeys.length) throw new Unusable(`--quorum ${quorum} is more than the ${witnessKeys.length} witnesses given`);
    let policy = null;
    if (policyFile) {
      let policyText;
      try {
        policyText = await fs.readFile(policyFile, 'utf8');
      } catch {
        throw new Unusable(`there is no policy file ${policyFile}`);
      }
      policy = parseWitnessPolicy(policyText);
    } else if (witnessKeys.length > 0) policy = thresholdWitnessPolicy(witnessKeys, quorum ?? witnessKeys.length);
    if (!keyText && policy?.log) keyText = policy.log.text;
    if (!keyText) throw new Unusable(`the ledger's verifier key is needed (--key): get it from the ledger's operator, not from the pack\n${USAGE}`);
    const key = parseVerifierKey(keyText);
    if (policy?.log && policy.log.text !== key.text) throw new Unusable(`the policy's log key (${policy.log.name}+${policy.log.id}) is not the --key given (${key.name}+${key.id})`);
    const target = resolve(path ?? dirname(fileURLToPath(import.meta.url)));
    const tty = process.stderr.isTTY;
    const result = await verifyPack(target, key, { threads, policy, progress: (n) => tty && process.stderr.write(`\r${n.toLocaleString('en-GB')} events checked`) });
    if (tty) process.stderr.write('\r');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const lines = [
      `VALID: ${target}`,
      `  ${result.events.toLocaleString('en-GB')} events in ${result.streams.toLocaleString('en-GB')} streams${result.subject ? ` (${result.subject})` : ''}, every hash and chain intact`,
      `  anchored to checkpoint ${result.checkpoint.origin} #${result.checkpoint.size} root ${result.checkpoint.rootText}, signed by ${key.name}+${key.id}`,
      ...(result.witnessed
        ? [
            `  witnessed as the policy requires (quorum ${result.witnessed.quorum}):`,
            ...result.witnessed.cosignatures.map((f) => `    ${result.witnessed.said(f)}`),
          ]
        : []),
      result.scope === 'log'
        ? '  the events are the whole log up to the checkpoint, and make its Merkle root'
        : result.proofs === 'events'
          ? '  every event is proven in the checkpoint (tlog-proofs)'
          : "  each stream's head is proven in the checkpoint (tlog-proofs); the positions of earlier events are not proven",
      `  manifest signed by ${key.name}+${key.id}; ${result.evidence} evidence file${result.evidence === 1 ? '' : 's'} match${result.evidence === 1 ? 'es' : ''} ${result.evidence === 1 ? 'its' : 'their'} recorded hash${result.evidence === 1 ? '' : 'es'}${result.report ? '; report.html matches the manifest' : ''}`,
    ];
    if (stats) {
      const cpu = process.cpuUsage(cpuAtStart);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      lines.push(
        `  checked in ${seconds.toFixed(2)} s (${Math.round(result.events / seconds).toLocaleString('en-GB')} events/s), ${cpuSeconds.toFixed(2)} s of processor time on all threads, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB RSS`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Invalid) {
      process.stdout.write(`INVALID: ${error.message}\n`);
      return 1;
    }
    if (error instanceof Unusable) {
      process.stderr.write(`UNUSABLE: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`UNUSABLE: ${error && error.message ? error.message : String(error)}\n`);
    return 2;
  }
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
