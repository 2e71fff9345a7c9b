import { formatLogPrivateKey, generateLogKey, parseLogPrivateKey } from './log-key';
import { NoteError, openNote, parseVerifierKey, signNote } from './signed-note';

/**
 * Vectors from golang.org/x/mod sumdb/note/note_test.go (commit 02c991387e35, BSD-style
 * licence, The Go Authors) and from the example in C2SP's signed-note.md.
 */
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG = '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

describe('signed notes (C2SP signed-note, Ed25519)', () => {
  it("signs exactly as Go's sumdb/note does, and derives the same verifier key", () => {
    const key = parseLogPrivateKey(PETER_SKEY);
    expect(key.verifierKey).toBe(PETER_VKEY);
    expect(signNote(TEXT, key.signer)).toBe(`${TEXT}\n${PETER_SIG}`);
    expect(formatLogPrivateKey('PeterNeumann', Buffer.from('AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz', 'base64').subarray(1))).toBe(`${PETER_SKEY}\n`);
  });

  it('opens a note with the keys one trusts, ignoring signatures by others', () => {
    const opened = openNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`, [parseVerifierKey(PETER_VKEY)]);
    expect(opened.text).toBe(TEXT);
    expect(opened.verified.map((s) => s.name)).toEqual(['PeterNeumann']);
    expect(opened.unverified.map((s) => s.name)).toEqual(['EnochRoot']);
    expect(openNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`, [parseVerifierKey(PETER_VKEY), parseVerifierKey(ENOCH_VKEY)]).verified).toHaveLength(2);
  });

  it("verifies the example of C2SP's signed-note.md", () => {
    const note =
      'This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';
    expect(openNote(note, [parseVerifierKey('example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k')]).text).toBe(
      'This is an example message.\n',
    );
  });

  it('refuses a note signed only by others, an altered text, and an altered signature', () => {
    const peter = parseVerifierKey(PETER_VKEY);
    expect(() => openNote(`${TEXT}\n${ENOCH_SIG}`, [peter])).toThrow(/not signed by PeterNeumann\+c74f20a3; its signatures are by EnochRoot\+af0cfe78/);
    expect(() => openNote(`${TEXT.replace('answer', 'Answer')}\n${PETER_SIG}`, [peter])).toThrow(/does not verify/);
    expect(() => openNote(`${TEXT}\n${PETER_SIG.slice(0, 60)}ABCD${PETER_SIG.slice(60)}`, [peter])).toThrow(NoteError);
  });

  it.each([
    ['no blank line', `${TEXT}${PETER_SIG}`],
    ['no final newline', `${TEXT}\n${PETER_SIG.slice(0, -1)}`],
    ['a control character', `\u0001${TEXT}\n${PETER_SIG}`],
    ['a name with a space', `${TEXT}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`],
    ['a line that is no signature', `${TEXT}\n${PETER_SIG}Unexpected line.\n`],
  ])('refuses a malformed note: %s', (_what, note) => {
    expect(() => openNote(note, [parseVerifierKey(PETER_VKEY)])).toThrow(NoteError);
  });

  it('refuses verifier keys that are cut, altered, or of another algorithm', () => {
    expect(() => parseVerifierKey(PETER_VKEY.slice(0, -1))).toThrow(NoteError);
    expect(() => parseVerifierKey(PETER_VKEY.replace('c74f20a3', 'c74f20a4'))).toThrow(/does not match/);
    expect(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow(/not an Ed25519 key/);
    expect(() => parseVerifierKey('Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow(NoteError);
  });

  it('a generated key signs notes its verifier key opens', () => {
    const key = generateLogKey('ledger.example/compacts');
    const note = signNote('hello\n', key.signer);
    expect(openNote(note, [parseVerifierKey(key.verifierKey)]).text).toBe('hello\n');
    expect(() => openNote(note, [parseVerifierKey(generateLogKey('ledger.example/compacts').verifierKey)])).toThrow(NoteError);
  });
});
