/**
 * Witness policies: which witnesses' cosignatures a checkpoint must carry before it is
 * believed, e.g. two of the three partners' witnesses. Pure: no Node built-ins and no
 * I/O; SHA-256 and Ed25519 come from the caller (node:crypto on a server, as
 * libs/witness's nodePolicyCrypto; WebCrypto in the web verifier,
 * apps/web/src/evidence/verify-pack.ts). Its own library so that the browser can use it
 * without the rest of the witnesses' code. verify.mjs, which must stand alone, carries
 * the same rules in plain JavaScript, and a test holds the two to the same cases
 * (libs/witness/src/policy/witness-policy.int.spec.ts).
 *
 * The text format is the one of filippo.io/torchwood's ParsePolicy (the Sigsum policy
 * format with signed-note verifier keys, as Tessera's witness policies are written),
 * one statement a line, # comments:
 *
 *     log <log verifier key>                       the log's key (type 0x01)
 *     witness <label> <witness verifier key> [url] a witness (type 0x04); the URL is ignored here
 *     group <label> <n|any|all> <label>...         satisfied when n of its members are
 *     quorum <label|none>                          what the checkpoint must satisfy
 */

export interface PolicyKey {
  /** The verifier key as written. */
  text: string;
  name: string;
  keyId: number;
  type: number;
  publicKey: Uint8Array;
}

export interface WitnessPolicy {
  log: PolicyKey | null;
  witnesses: Map<string, PolicyKey>;
  groups: Map<string, { threshold: number; members: string[] }>;
  /** The label the checkpoint must satisfy, or 'none'. */
  quorum: string;
}

export class WitnessPolicyError extends Error {
  override readonly name = 'WitnessPolicyError';
}

export interface PolicyCrypto {
  sha256(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** Ed25519 verification of `signature` over `message` with the 32-byte `publicKey`. */
  verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean | Promise<boolean>;
}

const LABEL = /^[A-Za-z0-9._/:@-]+$/;
const encoder = new TextEncoder();

function base64ToBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A verifier key's parts, not yet checked against its key ID (checkWitnessPolicy does that). */
export function parsePolicyKey(text: string, type: number, what: string): PolicyKey {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  const name = first < 0 ? '' : text.slice(0, first);
  const idHex = second < 0 ? '' : text.slice(first + 1, second);
  const key = second < 0 ? null : base64ToBytes(text.slice(second + 1));
  if (!name || /[\s+]/u.test(name) || !/^[0-9a-f]{8}$/.test(idHex) || !key || key.length !== 33) {
    throw new WitnessPolicyError(`${what} is not a verifier key (<name>+<8 hex digits>+base64 of a type byte and 32 bytes)`);
  }
  if (key[0] !== type) {
    throw new WitnessPolicyError(
      `${what} has key type 0x${key[0].toString(16).padStart(2, '0')}, not 0x0${type} (${type === 4 ? 'a witness cosignature key' : "a log's Ed25519 key"})`,
    );
  }
  return { text, name, keyId: parseInt(idHex, 16), type, publicKey: key.subarray(1) };
}

export function parseWitnessPolicy(text: string): WitnessPolicy {
  const policy: WitnessPolicy = { log: null, witnesses: new Map(), groups: new Map(), quorum: '' };
  const defined = (label: string) => policy.witnesses.has(label) || policy.groups.has(label);
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const at = `policy line ${index + 1}`;
    const fields = line.split(/[ \t]+/);
    switch (fields[0]) {
      case 'log':
        if (fields.length < 2) throw new WitnessPolicyError(`${at}: "log <verifier key>"`);
        if (policy.log) throw new WitnessPolicyError(`${at}: a second log key (one log per policy here)`);
        policy.log = parsePolicyKey(fields[1], 0x01, `${at}: the log key`);
        return;
      case 'witness': {
        if (fields.length < 3 || fields.length > 4) throw new WitnessPolicyError(`${at}: "witness <label> <verifier key> [url]"`);
        const label = fields[1];
        if (!LABEL.test(label)) throw new WitnessPolicyError(`${at}: ${JSON.stringify(label)} is not a label`);
        if (defined(label)) throw new WitnessPolicyError(`${at}: ${label} is defined twice`);
        policy.witnesses.set(label, parsePolicyKey(fields[2], 0x04, `${at}: the key of ${label}`));
        return;
      }
      case 'group': {
        if (fields.length < 4) throw new WitnessPolicyError(`${at}: "group <label> <n|any|all> <member>..."`);
        const [, label, count, ...members] = fields;
        if (!LABEL.test(label)) throw new WitnessPolicyError(`${at}: ${JSON.stringify(label)} is not a label`);
        if (defined(label)) throw new WitnessPolicyError(`${at}: ${label} is defined twice`);
        for (const member of members) if (!defined(member)) throw new WitnessPolicyError(`${at}: ${member} is not defined above`);
        if (new Set(members).size !== members.length) throw new WitnessPolicyError(`${at}: a member is named twice in ${label}`);
        const threshold = count === 'any' ? 1 : count === 'all' ? members.length : /^[1-9][0-9]*$/.test(count) ? Number(count) : NaN;
        if (!(threshold >= 1 && threshold <= members.length))
          throw new WitnessPolicyError(`${at}: the threshold ${count} is not any, all, or 1 to ${members.length}`);
        policy.groups.set(label, { threshold, members });
        return;
      }
      case 'quorum':
        if (fields.length !== 2) throw new WitnessPolicyError(`${at}: "quorum <label|none>"`);
        if (policy.quorum) throw new WitnessPolicyError(`${at}: a second quorum`);
        if (fields[1] !== 'none' && !defined(fields[1])) throw new WitnessPolicyError(`${at}: the quorum ${fields[1]} is not defined above`);
        policy.quorum = fields[1];
        return;
      default:
        throw new WitnessPolicyError(`${at}: unknown statement ${JSON.stringify(fields[0])} (log, witness, group or quorum)`);
    }
  });
  if (!policy.quorum) throw new WitnessPolicyError('the policy has no quorum line');
  return policy;
}

/** "n of these witness keys" as a policy: what --witness and --quorum build. */
export function thresholdPolicy(witnessKeys: readonly string[], threshold: number, logKey: string | null = null): WitnessPolicy {
  const lines = witnessKeys.map((key, i) => `witness w${i + 1} ${key}`);
  if (logKey) lines.unshift(`log ${logKey}`);
  lines.push(witnessKeys.length === 0 ? 'quorum none' : `group witnesses ${threshold} ${witnessKeys.map((_, i) => `w${i + 1}`).join(' ')}`);
  if (witnessKeys.length > 0) lines.push('quorum witnesses');
  return parseWitnessPolicy(lines.join('\n'));
}

export type CosignatureFinding =
  | { label: string; name: string; status: 'valid'; timestamp: number }
  | { label: string; name: string; status: 'missing' }
  | { label: string; name: string; status: 'invalid'; timestamp: number | null };

export interface PolicyReport {
  satisfied: boolean;
  /** Why not, naming the quorum and each witness's finding; null when satisfied. */
  reason: string | null;
  /** One finding per policy witness, in the policy's order. */
  cosignatures: CosignatureFinding[];
  /** The quorum in words, e.g. "partners: 2 of trust, council, icb". */
  quorum: string;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');
const isoSeconds = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** SHA-256(name || "\n" || type || public key)[:4], big-endian: a signed-note key ID. */
export async function keyIdOf(key: Pick<PolicyKey, 'name' | 'type' | 'publicKey'>, crypto: PolicyCrypto): Promise<number> {
  const digest = await crypto.sha256(concat(encoder.encode(`${key.name}\n`), Uint8Array.of(key.type), key.publicKey));
  return ((digest[0] << 24) | (digest[1] << 16) | (digest[2] << 8) | digest[3]) >>> 0;
}

/** The message an Ed25519 cosignature (tlog-cosignature v1) signs. */
export function cosignatureMessage(noteText: string, timestamp: bigint): Uint8Array {
  return encoder.encode(`cosignature/v1\ntime ${timestamp}\n${noteText}`);
}

/** A signed note's text (up to and with the blank line's first newline) and its signature lines. */
export function splitSignedNote(note: string): { text: string; lines: Array<{ name: string; bytes: Uint8Array }> } {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) throw new WitnessPolicyError('the checkpoint is not a signed note');
  const lines = note
    .slice(split + 2, -1)
    .split('\n')
    .map((line) => {
      const match = /^\u2014 (\S+) ([A-Za-z0-9+/]+=*)$/.exec(line);
      const bytes = match ? base64ToBytes(match[2]) : null;
      if (!match || !bytes || bytes.length < 5) throw new WitnessPolicyError('the checkpoint has a malformed signature line');
      return { name: match[1], bytes };
    });
  return { text: note.slice(0, split + 1), lines };
}

/**
 * Checks a signed checkpoint's cosignatures against a policy: each policy witness's
 * cosignature (same name and key ID) is verified; the quorum is then evaluated. A
 * cosignature by a policy witness that does not verify fails the policy (the note
 * was altered after it was cosigned, or the line was forged). Does not check the
 * log's own signature: the caller does that first.
 */
export async function checkWitnessPolicy(note: string, policy: WitnessPolicy, crypto: PolicyCrypto): Promise<PolicyReport> {
  const { text, lines } = splitSignedNote(note);
  const findings: CosignatureFinding[] = [];
  for (const [label, key] of policy.witnesses) {
    const expectedId = await keyIdOf(key, crypto);
    if (expectedId !== key.keyId)
      throw new WitnessPolicyError(
        `the key of ${label} (${key.name}) has the key id ${hex8(key.keyId)}, but its key's is ${hex8(expectedId)}: it was mistyped`,
      );
    const line = lines.find((l) => l.name === key.name && ((l.bytes[0] << 24) | (l.bytes[1] << 16) | (l.bytes[2] << 8) | l.bytes[3]) >>> 0 === key.keyId);
    if (!line) {
      findings.push({ label, name: key.name, status: 'missing' });
      continue;
    }
    const signature = line.bytes.subarray(4);
    if (signature.length !== 72) {
      findings.push({ label, name: key.name, status: 'invalid', timestamp: null });
      continue;
    }
    const view = new DataView(signature.buffer, signature.byteOffset, 8);
    const timestamp = view.getBigUint64(0);
    const valid = timestamp < 2n ** 63n && (await crypto.verifyEd25519(key.publicKey, cosignatureMessage(text, timestamp), signature.subarray(8)));
    const seconds = timestamp <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(timestamp) : null;
    findings.push(
      valid && seconds !== null
        ? { label, name: key.name, status: 'valid', timestamp: seconds }
        : { label, name: key.name, status: 'invalid', timestamp: seconds },
    );
  }

  const byLabel = new Map(findings.map((f) => [f.label, f]));
  const satisfies = (label: string): boolean => {
    const group = policy.groups.get(label);
    if (!group) return byLabel.get(label)?.status === 'valid';
    return group.members.filter(satisfies).length >= group.threshold;
  };
  const describe = (label: string): string => {
    const group = policy.groups.get(label);
    if (!group) return label;
    const count = group.threshold === group.members.length && group.members.length > 1 ? 'all' : String(group.threshold);
    return `${label}: ${count} of ${group.members.map((m) => (policy.groups.has(m) ? `(${describe(m)})` : m)).join(', ')}`;
  };
  const quorum = policy.quorum === 'none' ? 'none (no witness required)' : describe(policy.quorum);
  const said = (f: CosignatureFinding) =>
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
    };
  }
  if (policy.quorum === 'none' || satisfies(policy.quorum)) return { satisfied: true, reason: null, cosignatures: findings, quorum };
  const valid = findings.filter((f) => f.status === 'valid').length;
  return {
    satisfied: false,
    reason: `the checkpoint has ${valid} valid cosignature${valid === 1 ? '' : 's'}, short of the policy's quorum (${quorum}): ${findings.map(said).join('; ')}`,
    cosignatures: findings,
    quorum,
  };
}
