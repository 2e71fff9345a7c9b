/*
 * The checks of an evidence pack's verify.mjs, in the browser: the pack is read from
 * the file the person chose (File.slice, never uploaded), entries inflated with the
 * platform's DecompressionStream, SHA-256 and Ed25519 by WebCrypto. The same checks in
 * the same order, failing on the first with the same words: the checkpoint is the
 * key's log and signed by it; the manifest is signed and names that checkpoint; every
 * event's hash over its RFC 8785 form, each stream's revisions and prevHash chain,
 * positions increasing (and the Merkle root for a pack of the whole log); the proofs;
 * the streams, heads and counts against the manifest; evidence files and the report
 * against their digests. Runs in a Web Worker (verify.worker.ts).
 *
 * Given a witness policy (verify.mjs --policy), the checkpoint must also carry the
 * cosignatures it asks for, checked right after the checkpoint is opened, as verify.mjs
 * does. The policy's rules are the one thing taken from the ledger's code: the pure
 * library the command line uses too (libs/witness-policy), given WebCrypto's SHA-256 and
 * Ed25519 here. Everything else in this file stands alone.
 */
import {
  checkWitnessPolicy,
  type CosignatureFinding,
  parseWitnessPolicy,
  type PolicyCrypto,
  type WitnessPolicy,
  WitnessPolicyError,
} from '@compact-ledger/witness-policy';

const MANIFEST_HEADER = 'compact-ledger evidence pack v1';
const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';
const GENESIS = '0'.repeat(64);

/** The pack is not what it claims. */
export class Invalid extends Error {}
/** The input cannot be checked at all. */
export class Unusable extends Error {}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function canonicalize(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('RFC 8785 has no form for NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((name) => `${JSON.stringify(name)}:${canonicalize(record[name])}`)
      .join(',')}}`;
  }
  throw new TypeError(`RFC 8785 has no form for a ${typeof value}`);
}

const sha256 = async (bytes: Uint8Array): Promise<Uint8Array> => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

/** Browsers give WebCrypto to secure pages only; Ed25519 in it is recent. Where it is missing the pack is not passed: the verifier says why. */
function requireWebCrypto(): void {
  if (!globalThis.crypto?.subtle) {
    throw new Unusable("this page has no WebCrypto (browsers give it only to pages served over HTTPS or from localhost): the pack cannot be checked here; use the pack's verify.mjs");
  }
}

async function importEd25519(publicKey: Uint8Array) {
  try {
    return await crypto.subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    if ((error as Error | null)?.name === 'NotSupportedError') {
      throw new Unusable(
        "this browser's WebCrypto has no Ed25519, so the signatures cannot be checked here (Chrome and Edge 137, Firefox 129, Safari 17 and later have it): use the pack's verify.mjs",
      );
    }
    throw error;
  }
}

/** SHA-256 and Ed25519 for the witness policy's rules, from WebCrypto. */
const webPolicyCrypto: PolicyCrypto = {
  sha256,
  async verifyEd25519(publicKey, message, signature) {
    if (signature.length !== 64) return false;
    let key: Awaited<ReturnType<typeof importEd25519>>;
    try {
      key = await importEd25519(publicKey);
    } catch (error) {
      // No Ed25519 at all is said so; 32 bytes that are not a key verify nothing.
      if (error instanceof Unusable) throw error;
      return false;
    }
    return crypto.subtle.verify({ name: 'Ed25519' }, key, signature as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
  },
};
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
function fromB64(text: string): Uint8Array | null {
  try {
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    return b64(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const leafHash = async (hashHex: string) => sha256(concat(Uint8Array.of(0), fromHex(hashHex)));
const nodeHash = async (left: Uint8Array, right: Uint8Array) => sha256(concat(Uint8Array.of(1), left, right));

async function rootFromInclusion(index: number, size: number, leaf: Uint8Array, proof: Uint8Array[]): Promise<Uint8Array> {
  if (index >= size) throw new Invalid(`leaf ${index} is not in a tree of ${size}`);
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) throw new Invalid('the inclusion proof is longer than the tree needs');
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else r = await nodeHash(r, p);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new Invalid('the inclusion proof is shorter than the tree needs');
  return r;
}

class TreeBuilder {
  private edge: Uint8Array[] = [];
  size = 0;
  async add(leaf: Uint8Array) {
    let node = leaf;
    for (let n = this.size; n % 2 === 1; n = Math.floor(n / 2)) node = await nodeHash(this.edge.pop()!, node);
    this.edge.push(node);
    this.size++;
  }
  async root() {
    if (this.edge.length === 0) return sha256(new Uint8Array(0));
    let hash = this.edge[this.edge.length - 1];
    for (let i = this.edge.length - 2; i >= 0; i--) hash = await nodeHash(this.edge[i], hash);
    return hash;
  }
}

// ---------------------------------------------------------------- signed notes

export interface VerifierKey {
  name: string;
  id: string;
  key: Awaited<ReturnType<typeof crypto.subtle.importKey>>;
  /** The verifier key as given, trimmed. */
  text: string;
}

export async function parseVerifierKey(text: string): Promise<VerifierKey> {
  // The name and the id end at the first two +; the base64 key may hold more.
  const trimmed = text.trim();
  const first = trimmed.indexOf('+');
  const second = first < 0 ? -1 : trimmed.indexOf('+', first + 1);
  const [name, id, keyB64] = second < 0 ? ['', '', ''] : [trimmed.slice(0, first), trimmed.slice(first + 1, second), trimmed.slice(second + 1)];
  const key = fromB64(keyB64);
  if (!name || /\s/.test(name) || !/^[0-9a-f]{8}$/.test(id ?? '') || !key || key.length !== 33 || key[0] !== 1) {
    throw new Unusable('the key is not an Ed25519 verifier key (<name>+<8 hex digits>+base64 of 0x01 and 32 bytes)');
  }
  const publicKey = key.subarray(1);
  const expected = hex((await sha256(concat(encoder.encode(name), Uint8Array.of(0x0a, 0x01), publicKey))).subarray(0, 4));
  if (expected !== id) throw new Unusable(`the key's id ${id} does not match its key (${expected}): it was mistyped`);
  return { name, id, text: trimmed, key: await importEd25519(publicKey) };
}

async function openNote(note: string, key: VerifierKey, what: string): Promise<string> {
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note) || !note.endsWith('\n')) throw new Invalid(`the ${what} is not a signed note (control characters, or no final newline)`);
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new Invalid(`the ${what} is not a signed note (no blank line before its signatures)`);
  const text = note.slice(0, split + 1);
  const seen: string[] = [];
  let verified = false;
  for (const line of note.slice(split + 2, -1).split('\n')) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/]+=*)$/.exec(line);
    const bytes = m ? fromB64(m[2]) : null;
    if (!m || !bytes || bytes.length < 5) throw new Invalid(`the ${what} has a malformed signature line`);
    const id = hex(bytes.subarray(0, 4));
    seen.push(`${m[1]}+${id}`);
    if (m[1] !== key.name || id !== key.id) continue;
    const signature = bytes.subarray(4);
    if (signature.length !== 64 || !(await crypto.subtle.verify({ name: 'Ed25519' }, key.key, signature as Uint8Array<ArrayBuffer>, encoder.encode(text)))) {
      throw new Invalid(`the ${what}'s signature by ${key.name}+${key.id} does not verify: the ${what} was altered after it was signed`);
    }
    verified = true;
  }
  if (!verified) throw new Invalid(`the ${what} is not signed by the key given (${key.name}+${key.id}); it is signed by ${seen.join(', ') || 'nobody'}`);
  return text;
}

function parseCheckpointText(text: string, what: string) {
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3 || !/^(0|[1-9][0-9]*)$/.test(lines[1])) throw new Invalid(`the ${what} is not a checkpoint (origin, size, root hash)`);
  const root = fromB64(lines[2]);
  if (!root || root.length !== 32) throw new Invalid(`the ${what}'s root hash is not base64 of 32 bytes`);
  return { origin: lines[0], size: Number(lines[1]), root, rootText: lines[2] };
}

async function openCheckpoint(note: string, key: VerifierKey) {
  const split = note.lastIndexOf('\n\n');
  const unverified = parseCheckpointText(split < 0 ? note : note.slice(0, split + 1), 'checkpoint');
  if (unverified.origin !== key.name) throw new Invalid(`the checkpoint is from another log: its origin is ${unverified.origin}, the key given is for ${key.name}`);
  return parseCheckpointText(await openNote(note, key, 'checkpoint'), 'checkpoint');
}

function parseTlogProof(text: string, name: string) {
  const blank = text.indexOf('\n\n');
  if (blank < 0) throw new Invalid(`${name} is not a tlog-proof`);
  const lines = text.slice(0, blank).split('\n');
  if (lines[0] !== TLOG_PROOF_HEADER) throw new Invalid(`${name} is not a ${TLOG_PROOF_HEADER}`);
  let at = 1;
  if (lines[at]?.startsWith('extra ')) at++;
  const index = /^index (0|[1-9][0-9]*)$/.exec(lines[at] ?? '');
  if (!index) throw new Invalid(`${name} has no index line`);
  const proof = lines.slice(at + 1).map((line) => {
    const hash = fromB64(line);
    if (!hash || hash.length !== 32) throw new Invalid(`${name} holds a proof hash that is not base64 of 32 bytes`);
    return hash;
  });
  return { index: Number(index[1]), proof, checkpoint: text.slice(blank + 2) };
}

// ---------------------------------------------------------------- the zip, from a File

interface Entry {
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

async function openZip(file: Blob) {
  const read = async (position: number, length: number) => new Uint8Array(await file.slice(position, position + length).arrayBuffer());
  const tailLength = Math.min(file.size, 22 + 65535);
  const tail = await read(file.size - tailLength, tailLength);
  const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tv = view(tail);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Unusable('the file is not a zip file');
  let count = tv.getUint16(eocd + 10, true);
  let cdSize = tv.getUint32(eocd + 12, true);
  let cdOffset = tv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = view(await read(file.size - tailLength + eocd - 20, 20));
    if (locator.getUint32(0, true) !== 0x07064b50) throw new Unusable('a ZIP64 archive without its locator');
    const z64 = view(await read(Number(locator.getBigUint64(8, true)), 56));
    if (z64.getUint32(0, true) !== 0x06064b50) throw new Unusable('a damaged ZIP64 end record');
    count = Number(z64.getBigUint64(32, true));
    cdSize = Number(z64.getBigUint64(40, true));
    cdOffset = Number(z64.getBigUint64(48, true));
  }
  const cdBytes = await read(cdOffset, cdSize);
  const cd = view(cdBytes);
  const entries = new Map<string, Entry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (cd.getUint32(at, true) !== 0x02014b50) throw new Unusable('a damaged central directory');
    const method = cd.getUint16(at + 10, true);
    let compressed = cd.getUint32(at + 20, true);
    let size = cd.getUint32(at + 24, true);
    const nameLength = cd.getUint16(at + 28, true);
    const extraLength = cd.getUint16(at + 30, true);
    const commentLength = cd.getUint16(at + 32, true);
    let offset = cd.getUint32(at + 42, true);
    const name = decoder.decode(cdBytes.subarray(at + 46, at + 46 + nameLength));
    let extraAt = at + 46 + nameLength;
    const extraEnd = extraAt + extraLength;
    while (extraAt + 4 <= extraEnd) {
      const id = cd.getUint16(extraAt, true);
      const length = cd.getUint16(extraAt + 2, true);
      if (id === 0x0001) {
        let p = extraAt + 4;
        if (size === 0xffffffff) {
          size = Number(cd.getBigUint64(p, true));
          p += 8;
        }
        if (compressed === 0xffffffff) {
          compressed = Number(cd.getBigUint64(p, true));
          p += 8;
        }
        if (offset === 0xffffffff) offset = Number(cd.getBigUint64(p, true));
      }
      extraAt += 4 + length;
    }
    if (method !== 0 && method !== 8) throw new Unusable(`${name} is compressed by a method this verifier does not read (${method})`);
    if (!name.endsWith('/')) entries.set(name, { method, compressed, size, offset });
    at = extraEnd + commentLength;
  }
  /** An entry's bytes as a stream, inflated as they are read. */
  const stream = async (name: string): Promise<ReadableStream<Uint8Array>> => {
    const entry = entries.get(name)!;
    const local = view(await read(entry.offset, 30));
    if (local.getUint32(0, true) !== 0x04034b50) throw new Unusable(`${name}'s local header is damaged`);
    const start = entry.offset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
    const raw = file.slice(start, start + entry.compressed).stream() as ReadableStream<Uint8Array>;
    return entry.method === 8 ? (raw.pipeThrough(new DecompressionStream('deflate-raw') as unknown as Parameters<ReadableStream<Uint8Array>['pipeThrough']>[0]) as ReadableStream<Uint8Array>) : raw;
  };
  const readWhole = async (name: string, limit: number): Promise<Uint8Array> => {
    const entry = entries.get(name)!;
    if (entry.size > limit) throw new Invalid(`${name} is larger than any pack file of its kind`);
    const chunks: Uint8Array[] = [];
    try {
      for await (const chunk of iterate(await stream(name))) chunks.push(chunk);
    } catch (error) {
      throw new Unusable(`${name} cannot be inflated: ${(error as Error).message}`);
    }
    return concat(...chunks);
  };
  return { names: [...entries.keys()], has: (name: string) => entries.has(name), stream, readWhole, text: async (name: string, limit = 16 << 20) => decoder.decode(await readWhole(name, limit)) };
}

async function* iterate(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function digestOf(stream: ReadableStream<Uint8Array>): Promise<{ sha256: string; size: number }> {
  // WebCrypto digests whole buffers only: the entry is gathered first (evidence files are at most the upload limit).
  const chunks: Uint8Array[] = [];
  for await (const chunk of iterate(stream)) chunks.push(chunk);
  const bytes = concat(...chunks);
  return { sha256: hex(await sha256(bytes)), size: bytes.length };
}

// ---------------------------------------------------------------- the checks

interface Manifest {
  log: string | null;
  checkpoint: { size: number; rootText: string } | null;
  scope: string | null;
  proofs: string | null;
  subject: string | null;
  events: number | null;
  streams: Map<string, { count: number; headRevision: number; headPosition: number; headHash: string }>;
  evidence: Map<string, number>;
  report: { sha256: string; size: number } | null;
}

function parseManifest(text: string): Manifest {
  const lines = text.slice(0, -1).split('\n');
  if (lines[0] !== MANIFEST_HEADER) throw new Invalid(`the manifest does not start with "${MANIFEST_HEADER}"`);
  const m: Manifest = { log: null, checkpoint: null, scope: null, proofs: null, subject: null, events: null, streams: new Map(), evidence: new Map(), report: null };
  for (const line of lines.slice(1)) {
    const [word, ...rest] = line.split(' ');
    if (word === 'log' && rest.length === 1) m.log = rest[0];
    else if (word === 'checkpoint' && rest.length === 2) m.checkpoint = { size: Number(rest[0]), rootText: rest[1] };
    else if (word === 'scope' && rest.length === 1 && ['log', 'streams'].includes(rest[0])) m.scope = rest[0];
    else if (word === 'proofs' && rest.length === 1 && ['heads', 'events'].includes(rest[0])) m.proofs = rest[0];
    else if (word === 'subject') m.subject = rest.join(' ');
    else if (word === 'events' && rest.length === 1 && /^\d+$/.test(rest[0])) m.events = Number(rest[0]);
    else if (word === 'stream' && rest.length === 5 && /^\d+$/.test(rest[1] + rest[2] + rest[3]) && /^[0-9a-f]{64}$/.test(rest[4])) {
      m.streams.set(rest[0], { count: Number(rest[1]), headRevision: Number(rest[2]), headPosition: Number(rest[3]), headHash: rest[4] });
    } else if (word === 'evidence' && rest.length === 2 && /^[0-9a-f]{64}$/.test(rest[0]) && /^\d+$/.test(rest[1])) m.evidence.set(rest[0], Number(rest[1]));
    else if (word === 'report' && rest.length === 2 && /^[0-9a-f]{64}$/.test(rest[0]) && /^\d+$/.test(rest[1])) m.report = { sha256: rest[0], size: Number(rest[1]) };
    else throw new Invalid(`the manifest has a line this verifier does not understand: ${JSON.stringify(line.slice(0, 100))}`);
  }
  if (!m.log || !m.checkpoint || !m.scope || !m.proofs || m.events === null) throw new Invalid('the manifest lacks its log, checkpoint, scope, proofs or events line');
  return m;
}

interface EventRecord {
  streamId: string;
  revision: number;
  position: number;
  hash: string;
  prevHash: string;
}
const at = (e: EventRecord) => `stream ${e.streamId}, revision ${e.revision} (position ${e.position})`;

async function readEvent(line: string, lineNumber: number): Promise<EventRecord> {
  let record: { streamId?: unknown; revision?: unknown; position?: unknown; type?: unknown; data?: unknown; metadata?: Record<string, unknown> };
  try {
    record = JSON.parse(line);
  } catch {
    throw new Invalid(`events.jsonl line ${lineNumber} is not JSON`);
  }
  if (
    !record ||
    typeof record.streamId !== 'string' ||
    !Number.isSafeInteger(record.revision) ||
    !Number.isSafeInteger(record.position) ||
    !record.metadata ||
    typeof record.metadata.hash !== 'string'
  ) {
    throw new Invalid(`events.jsonl line ${lineNumber} is not an event record (streamId, revision, position, type, data, metadata with hash)`);
  }
  const { hash, ...envelope } = record.metadata as { hash: string; prevHash: string };
  const event = { streamId: record.streamId, revision: record.revision as number, position: record.position as number, hash, prevHash: envelope.prevHash };
  let computed: string;
  try {
    computed = hex(await sha256(encoder.encode(canonicalize({ data: record.data, metadata: envelope, revision: record.revision, streamId: record.streamId, type: record.type }))));
  } catch (error) {
    throw new Invalid(`${at(event)}: the event has no RFC 8785 form (${(error as Error).message})`);
  }
  if (computed !== hash) throw new Invalid(`${at(event)}: the event's content does not hash to its recorded hash (recorded ${hash}, computed ${computed}): it was changed`);
  return event;
}

/** The policy's witnesses as the checkpoint's cosignatures showed them, with the quorum met. */
export interface Witnessed {
  /** The quorum in words, e.g. "partners: 2 of trust, council, icb". */
  quorum: string;
  /** One per policy witness, in the policy's order: valid ones with their timestamp (seconds since 1970), and those that did not cosign. */
  cosignatures: CosignatureFinding[];
}

export interface PackVerdict {
  events: number;
  streams: number;
  checkpoint: { origin: string; size: number; rootText: string };
  proofs: string;
  scope: string;
  evidence: number;
  report: boolean;
  subject: string | null;
  /** With a policy: how the checkpoint met it. */
  witnessed: Witnessed | null;
}

export interface VerifyOptions {
  /**
   * A witness policy (filippo.io/torchwood's text: log, witness, group and quorum lines),
   * as verify.mjs --policy takes it: the checkpoint must carry the cosignatures it asks
   * for. Its log line, if any, must be the key given, and stands for it when none is.
   */
  policy?: string | null;
  /** Called every 1,000 events, total being the manifest's count. */
  progress?: (checked: number, total: number) => void;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

function readPolicy(text: string): WitnessPolicy {
  try {
    return parseWitnessPolicy(text);
  } catch (error) {
    if (error instanceof WitnessPolicyError) throw new Unusable(error.message);
    throw error;
  }
}

export async function verifyPack(file: Blob, keyText: string, options: VerifyOptions = {}): Promise<PackVerdict> {
  const progress = options.progress ?? (() => undefined);
  requireWebCrypto();
  const policy = options.policy?.trim() ? readPolicy(options.policy) : null;
  if (!keyText.trim() && policy?.log) keyText = policy.log.text;
  if (!keyText.trim()) throw new Unusable("the ledger's verifier key is needed: get it from the ledger's operator, not from the pack (or give a policy with a log line)");
  const key = await parseVerifierKey(keyText);
  if (policy?.log && policy.log.text !== key.text) {
    throw new Unusable(`the policy's log key (${policy.log.name}+${hex8(policy.log.keyId)}) is not the verifier key given (${key.name}+${key.id})`);
  }
  const pack = await openZip(file);
  for (const required of ['checkpoint', 'manifest', 'events.jsonl']) if (!pack.has(required)) throw new Unusable(`the file is not an evidence pack: it has no ${required}`);
  const checkpointNote = await pack.text('checkpoint');
  const checkpoint = await openCheckpoint(checkpointNote, key);
  let witnessed: Witnessed | null = null;
  if (policy) {
    let report: Awaited<ReturnType<typeof checkWitnessPolicy>>;
    try {
      report = await checkWitnessPolicy(checkpointNote, policy, webPolicyCrypto);
    } catch (error) {
      // A witness key whose key id is not its key's: the policy was mistyped.
      if (error instanceof WitnessPolicyError) throw new Unusable(error.message);
      throw error;
    }
    if (!report.satisfied) throw new Invalid(report.reason!);
    witnessed = { quorum: report.quorum, cosignatures: report.cosignatures };
  }
  const manifest = parseManifest(await openNote(await pack.text('manifest'), key, 'manifest'));
  if (manifest.log !== checkpoint.origin) throw new Invalid(`the manifest is for the log ${manifest.log}, the checkpoint for ${checkpoint.origin}`);
  if (manifest.checkpoint!.size !== checkpoint.size || manifest.checkpoint!.rootText !== checkpoint.rootText) {
    throw new Invalid(
      `the manifest names the checkpoint of ${manifest.checkpoint!.size} events (root ${manifest.checkpoint!.rootText}), the pack holds the one of ${checkpoint.size} (root ${checkpoint.rootText})`,
    );
  }
  const proofOf = async (position: number, hash: string, what: () => string) => {
    const name = `proofs/${position}.tlog-proof`;
    if (!pack.has(name)) throw new Invalid(`${what()}: its proof ${name} is missing`);
    const proof = parseTlogProof(await pack.text(name, 1 << 20), name);
    if (proof.checkpoint !== checkpointNote) throw new Invalid(`${name} is anchored to another checkpoint than the pack's`);
    if (proof.index !== position - 1) throw new Invalid(`${name} proves leaf ${proof.index}, not position ${position}`);
    if (!equal(await rootFromInclusion(proof.index, checkpoint.size, await leafHash(hash), proof.proof), checkpoint.root)) {
      throw new Invalid(`${what()}: the event is not in the checkpoint's tree at position ${position} (its proof leads to another root)`);
    }
  };

  const streams = new Map<string, { revision: number; hash: string; position: number; count: number }>();
  const tree = manifest.scope === 'log' ? new TreeBuilder() : null;
  let count = 0;
  let lastPosition = 0;
  let lineNumber = 0;
  const check = async (event: EventRecord) => {
    if (event.position <= lastPosition) throw new Invalid(`${at(event)}: position ${event.position} comes after position ${lastPosition}: events out of order`);
    if (tree && event.position !== lastPosition + 1) throw new Invalid(`position ${lastPosition + 1} is missing from this pack of the whole log (next found: ${at(event)})`);
    if (event.position > checkpoint.size) throw new Invalid(`${at(event)}: position ${event.position} is beyond the checkpoint's ${checkpoint.size} events`);
    lastPosition = event.position;
    const tip = streams.get(event.streamId);
    const expected = tip ? tip.revision + 1 : 0;
    if (event.revision !== expected) {
      throw new Invalid(
        event.revision < expected
          ? `${at(event)}: revision ${event.revision} comes again after revision ${tip!.revision}: events out of order or repeated`
          : `${at(event)}: revision ${expected} of the stream is missing (found revision ${event.revision} where it should be)`,
      );
    }
    const expectedPrev = tip ? tip.hash : GENESIS;
    if (event.prevHash !== expectedPrev) {
      throw new Invalid(
        `${at(event)}: it names ${event.prevHash} as the event before it, but revision ${expected - 1 < 0 ? '(none: the stream starts here)' : `${expected - 1} has hash ${expectedPrev}`}`,
      );
    }
    if (tip) Object.assign(tip, { revision: event.revision, hash: event.hash, position: event.position, count: tip.count + 1 });
    else streams.set(event.streamId, { revision: event.revision, hash: event.hash, position: event.position, count: 1 });
    if (tree) await tree.add(await leafHash(event.hash));
    if (manifest.proofs === 'events') await proofOf(event.position, event.hash, () => at(event));
    count++;
    if (count % 1000 === 0) progress(count, manifest.events!);
  };

  // Lines in batches: their hashes computed together (WebCrypto works in parallel), checked in order.
  let rest = '';
  let batch: Array<Promise<EventRecord>> = [];
  const flush = async () => {
    const events = await Promise.allSettled(batch);
    batch = [];
    for (const result of events) {
      if (result.status === 'rejected') throw result.reason;
      await check(result.value);
    }
  };
  const utf8 = new TextDecoder();
  try {
    for await (const bytes of iterate(await pack.stream('events.jsonl'))) {
      const parts = (rest + utf8.decode(bytes, { stream: true })).split('\n');
      rest = parts.pop()!;
      for (const line of parts) {
        lineNumber++;
        if (line.length === 0) throw new Invalid(`events.jsonl line ${lineNumber} is empty`);
        const promise = readEvent(line, lineNumber);
        promise.catch(() => undefined);
        batch.push(promise);
      }
      if (batch.length >= 512) await flush();
    }
    rest += utf8.decode();
  } catch (error) {
    if (error instanceof Invalid || error instanceof Unusable) throw error;
    throw new Unusable(`events.jsonl cannot be read: ${(error as Error).message}`);
  }
  if (rest.length > 0) {
    lineNumber++;
    batch.push(readEvent(rest, lineNumber));
  }
  await flush();
  progress(count, manifest.events!);

  if (tree) {
    if (count !== checkpoint.size) throw new Invalid(`the pack of the whole log holds ${count} events, the checkpoint ${checkpoint.size}: events were removed from its end`);
    const root = await tree.root();
    if (!equal(root, checkpoint.root)) {
      throw new Invalid(`the ${count} events, in position order, make the root ${b64(root)}, not the checkpoint's ${checkpoint.rootText}: the log in the pack is not the one the checkpoint signs`);
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
  for (const streamId of streams.keys()) if (!manifest.streams.has(streamId)) throw new Invalid(`stream ${streamId} is in events.jsonl but not in the manifest: its events were added`);
  if (count !== manifest.events) throw new Invalid(`the manifest lists ${manifest.events} events, the pack has ${count}`);
  if (manifest.proofs === 'heads') {
    for (const [streamId, listed] of manifest.streams) {
      await proofOf(listed.headPosition, listed.headHash, () => `stream ${streamId}, revision ${listed.headRevision} (its head)`);
    }
  }
  for (const name of pack.names.filter((n) => n.startsWith('evidence/'))) {
    const hash = /^evidence\/sha256\/([0-9a-f]{64})$/.exec(name)?.[1];
    if (!hash || !manifest.evidence.has(hash)) throw new Invalid(`${name} is not an evidence file the manifest lists`);
  }
  for (const [sha, size] of manifest.evidence) {
    const name = `evidence/sha256/${sha}`;
    if (!pack.has(name)) throw new Invalid(`${name}: the manifest lists it, the pack does not hold it`);
    const digest = await digestOf(await pack.stream(name));
    if (digest.sha256 !== sha || digest.size !== size) throw new Invalid(`${name}: its content hashes to ${digest.sha256} (${digest.size} bytes), not to its name: it was changed`);
  }
  if (manifest.report) {
    if (!pack.has('report.html')) throw new Invalid('report.html: the manifest lists it, the pack does not hold it');
    const digest = await digestOf(await pack.stream('report.html'));
    if (digest.sha256 !== manifest.report.sha256) throw new Invalid(`report.html hashes to ${digest.sha256}, not to the manifest's ${manifest.report.sha256}: it was changed`);
  }
  return {
    events: count,
    streams: streams.size,
    checkpoint: { origin: checkpoint.origin, size: checkpoint.size, rootText: checkpoint.rootText },
    proofs: manifest.proofs!,
    scope: manifest.scope!,
    evidence: manifest.evidence.size,
    report: manifest.report !== null,
    subject: manifest.subject,
    witnessed,
  };
}
