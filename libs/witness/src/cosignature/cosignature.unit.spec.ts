import { NoteError, openNote, parseNote, parseVerifierKey } from '@compact-ledger/transparency';
import vectors from '../testdata/cosignature-vectors.json';
import {
  cosignaturesOn,
  cosignedMessage,
  formatCosignatureVerifierKey,
  parseCosignatureVerifierKey,
  signatureLine,
  splitTimestampedSignature,
} from './cosignature';
import { formatWitnessPrivateKey, generateWitnessKey, parseWitnessPrivateKey } from './witness-key';

const { realCheckpoint, formats, spec } = vectors;

describe('tlog-cosignature (Ed25519, type 0x04), against vectors made elsewhere', () => {
  it("verifies a public witness's real cosignature on a Certificate Transparency log's checkpoint, and reads its timestamp", () => {
    const witness = parseCosignatureVerifierKey(realCheckpoint.witnessKey);
    const [found] = cosignaturesOn(realCheckpoint.note, [witness]);
    expect(found).toMatchObject({ name: 'remora.n621.de', valid: true, timestamp: realCheckpoint.witnessTimestamp });
    // The same note opens with the log's own Ed25519 key and the witness's, side by side.
    expect(openNote(realCheckpoint.note, [parseVerifierKey(realCheckpoint.logKey), witness]).verified.map((s) => s.name)).toEqual([
      'arche2025h1.staging.ct.transparency.dev',
      'remora.n621.de',
    ]);
  });

  it('finds that cosignature invalid once the checkpoint it covers is altered', () => {
    const witness = parseCosignatureVerifierKey(realCheckpoint.witnessKey);
    const altered = realCheckpoint.note.replace('1432088532', '1432088533');
    expect(cosignaturesOn(altered, [witness])[0].valid).toBe(false);
    expect(() => openNote(altered, [witness])).toThrow(/does not verify/);
  });

  it('takes a native cosignature verifier key as transparency-dev/formats does, and refuses one whose key id is wrong', () => {
    const key = parseCosignatureVerifierKey(formats.nativeCosignatureKey);
    expect(key.name).toBe('remora.n621.de');
    expect(key.keyId.toString(16)).toBe('da77ade7');
    expect(formatCosignatureVerifierKey(key.name, key.publicKey)).toBe(formats.nativeCosignatureKey);
    expect(() => parseCosignatureVerifierKey(formats.nativeCosignatureKey.replace('da77ade7', 'da77ade8'))).toThrow(/does not match its key/);
  });

  it("refuses a log's Ed25519 key (type 0x01) as a witness key, naming the difference", () => {
    expect(() => parseCosignatureVerifierKey(realCheckpoint.logKey)).toThrow(
      /a log's signing key \(type 0x01\), not a witness's cosignature key \(type 0x04\)/,
    );
  });

  it('reads the timestamp of a timestamped signature, and none from a signature that is not one', () => {
    const stamped = Buffer.from(formats.timestampedSignature, 'base64').subarray(4);
    expect(Number(splitTimestampedSignature(stamped)!.timestamp)).toBe(formats.timestamp);
    expect(splitTimestampedSignature(Buffer.from(formats.notTimestamped, 'base64').subarray(4))).toBeNull();
  });

  it("builds the signed message exactly as the specification's example shows it", () => {
    const text = parseNote(spec.cosignedNote).text;
    expect(cosignedMessage(text, 1679315147).toString('utf8')).toBe(spec.signedMessage);
    // The example's cosignature line carries that same time.
    const line = parseNote(spec.cosignedNote).signatures.find((s) => s.name === 'witness.example.com/w1')!;
    expect(Number(splitTimestampedSignature(Buffer.from(line.base64, 'base64').subarray(4))!.timestamp)).toBe(1679315147);
  });
});

describe('cosigning', () => {
  const text = 'ledger.example/compacts\n3\nRcCI1Nk56ZcSmIEfIn0SleqtV7uvrlXNccFx595Iwl0=\n';

  it('signs with the time in whole seconds, and its line verifies with the verifier key it publishes', () => {
    const signer = generateWitnessKey('nhs-trust.example/witness', () => new Date('2026-05-01T10:00:00.900Z'));
    const line = signatureLine(text, signer);
    const [found] = cosignaturesOn(`${text}\n${line}`, [parseCosignatureVerifierKey(signer.verifierKey)]);
    expect(found).toMatchObject({ valid: true, timestamp: Date.parse('2026-05-01T10:00:00Z') / 1000, line });
  });

  it("keeps the witness key in transparency-dev/formats' private-key form, and reads it back as the same key", () => {
    const seed = Buffer.alloc(32, 7);
    const text = formatWitnessPrivateKey('council.example/witness', seed);
    expect(text).toMatch(/^PRIVATE\+KEY\+council\.example\/witness\+[0-9a-f]{8}\+BA[A-Za-z0-9+/]+=*\n$/);
    const signer = parseWitnessPrivateKey(text);
    expect(parseCosignatureVerifierKey(signer.verifierKey).publicKey.equals(signer.publicKey)).toBe(true);
    expect(() => parseWitnessPrivateKey(text.replace(/\+[0-9a-f]{8}\+/, '+00000000+'))).toThrow(/key id 00000000 is not that of its key/);
  });

  it('refuses a message with fewer than three lines or a timestamp past 2^63-1', () => {
    expect(() => cosignedMessage('one line\n', 1)).toThrow(NoteError);
    expect(() => cosignedMessage(text, 2n ** 63n)).toThrow(/2\^63-1/);
  });
});
